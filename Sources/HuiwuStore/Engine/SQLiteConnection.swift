import Foundation
import HuiwuCore
import Logging
import NIOCore
import SQLKit
import SQLiteKit
import SQLiteNIO
// SQLiteNIO's own copy of SQLite: one library in the process, so file locks stay coherent.
// `VaporCSQLite` is sqlite-nio's internal C target, not a product, so Package.swift cannot
// declare it; it is imported in this file only, and everything else reads rows through the
// Swift types here (`DirectSQLiteConnection`, `DirectSQLiteCursor`).
import VaporCSQLite

/// The SQLite writer connection, driven synchronously from one dedicated thread.
///
/// Why: through SQLiteNIO every statement costs three thread hand-offs (task → thread pool →
/// event loop → task). A booking is eight statements inside a serialized write transaction,
/// so those hand-offs, not SQLite, set the booking rate. Here the whole transaction runs on
/// the writer's own thread (see `SerialThreadExecutor`): statements execute inline, prepared
/// statements are cached, and a transaction costs one hand-off in and one out.
final class DirectSQLiteConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]
    private let owner: SerialThreadExecutor

    init(path: String, owner: SerialThreadExecutor) throws {
        self.owner = owner
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var db: OpaquePointer?
        let rc = sqlite_nio_sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            if let db { sqlite_nio_sqlite3_close(db) }
            throw DirectSQLiteError(code: rc, message: "cannot open \(path)")
        }
        handle = db
        // Readers on other connections never block us in WAL mode; a checkpoint or a pool
        // writer (migrations) may, briefly.
        sqlite_nio_sqlite3_busy_timeout(db, 10_000)
    }

    /// Runs one statement, handing each result row to `onRow` as a positional cursor (no
    /// per-row allocation: the day grid reads thousands of rows). Must be called on the owner
    /// thread (checked): the handle is opened without SQLite's own mutex.
    func query(_ sql: String, _ binds: [SQLiteData], _ onRow: (DirectSQLiteCursor) throws -> Void) throws {
        guard owner.isCurrent else { throw DirectSQLiteError(code: SQLITE_MISUSE, message: "used off the owner thread") }
        guard let handle else { throw DirectSQLiteError(code: SQLITE_MISUSE, message: "connection closed") }
        let statement = try prepared(sql, handle)
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (offset, value) in binds.enumerated() {
            let i = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .integer(let v): rc = sqlite_nio_sqlite3_bind_int64(statement, i, Int64(v))
            case .float(let v): rc = sqlite_nio_sqlite3_bind_double(statement, i, v)
            case .text(let v):
                rc = sqlite_nio_sqlite3_bind_text64(
                    statement, i, v, UInt64(v.utf8.count), transientDestructor, UInt8(SQLITE_UTF8))
            case .blob(let v):
                rc = v.withUnsafeReadableBytes {
                    sqlite_nio_sqlite3_bind_blob64(statement, i, $0.baseAddress, UInt64($0.count), transientDestructor)
                }
            case .null: rc = sqlite_nio_sqlite3_bind_null(statement, i)
            }
            guard rc == SQLITE_OK else { throw error(rc, handle) }
        }
        while true {
            let rc = sqlite_nio_sqlite3_step(statement)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else { throw error(rc, handle) }
            try onRow(DirectSQLiteCursor(statement: statement))
        }
    }

    /// Runs one statement, handing each result row to `onRow` as a self-contained `SQLRow`
    /// (what SQLKit code expects).
    func execute(_ sql: String, _ binds: [SQLiteData], _ onRow: (DirectSQLiteRow) -> Void) throws {
        var columns: DirectSQLiteRow.Columns?
        try query(sql, binds) { cursor in
            let statement = cursor.statement
            let count = Int(sqlite_nio_sqlite3_column_count(statement))
            if columns == nil {
                columns = DirectSQLiteRow.Columns(
                    names: (0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, Int32($0))) })
            }
            var values: [SQLiteData] = []
            values.reserveCapacity(count)
            for c in 0..<Int32(count) {
                switch sqlite_nio_sqlite3_column_type(statement, c) {
                case SQLITE_INTEGER: values.append(.integer(Int(sqlite_nio_sqlite3_column_int64(statement, c))))
                case SQLITE_FLOAT: values.append(.float(sqlite_nio_sqlite3_column_double(statement, c)))
                case SQLITE_TEXT:
                    values.append(.text(sqlite_nio_sqlite3_column_text(statement, c).map { String(cString: $0) } ?? ""))
                case SQLITE_BLOB:
                    let length = Int(sqlite_nio_sqlite3_column_bytes(statement, c))
                    var buffer = ByteBufferAllocator().buffer(capacity: length)
                    if let bytes = sqlite_nio_sqlite3_column_blob(statement, c) {
                        buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: length))
                    }
                    values.append(.blob(buffer))
                default: values.append(.null)
                }
            }
            onRow(DirectSQLiteRow(columns: columns!, values: values))
        }
    }

    private func prepared(_ sql: String, _ handle: OpaquePointer) throws -> OpaquePointer {
        if let cached = statements[sql] { return cached }
        var statement: OpaquePointer?
        let rc = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, handle) }
        // Statements built from query builders vary; keep the cache bounded.
        if statements.count > 256 { clearCache() }
        statements[sql] = statement
        return statement
    }

    private func clearCache() {
        if ProcessInfo.processInfo.environment["HUIWU_SQLITE_STMT_STATS"] != nil {
            for (sql, statement) in statements {
                let n = sqlite_nio_sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_REPREPARE, 0)
                if n > 0 { print("REPREPARE \(n): \(sql.prefix(160))") }
            }
        }
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements.removeAll()
    }

    private func error(_ rc: Int32, _ handle: OpaquePointer) -> DirectSQLiteError {
        DirectSQLiteError(code: rc, message: String(cString: sqlite_nio_sqlite3_errmsg(handle)))
    }

    /// Closes the handle (on the owner thread).
    func close() {
        clearCache()
        if let handle { sqlite_nio_sqlite3_close(handle) }
        handle = nil
    }
}

private let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

struct DirectSQLiteError: Error, CustomStringConvertible {
    var code: Int32
    var message: String
    var description: String { "SQLite error \(code): \(message)" }
}

/// The current row of a `DirectSQLiteConnection.query`: valid only inside its callback.
struct DirectSQLiteCursor: ColumnReader {
    let statement: OpaquePointer

    private func isNull(_ i: Int32) -> Bool { sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_NULL }

    func uuid(_ i: Int32) throws -> UUID {
        // Huiwu stores UUIDs as their 36-character text (see `DirectSQLiteDatabase`).
        guard sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_TEXT,
            let text = sqlite_nio_sqlite3_column_text(statement, i),
            let id = UUIDText.parse(UnsafeBufferPointer(start: text, count: Int(sqlite_nio_sqlite3_column_bytes(statement, i))))
        else { throw ColumnTypeMismatch(column: i, expected: "a UUID") }
        return id
    }

    func optionalUUID(_ i: Int32) throws -> UUID? { isNull(i) ? nil : try uuid(i) }

    func text(_ i: Int32) throws -> String {
        guard let text = sqlite_nio_sqlite3_column_text(statement, i) else {
            throw ColumnTypeMismatch(column: i, expected: "text")
        }
        return String(
            decoding: UnsafeBufferPointer(start: text, count: Int(sqlite_nio_sqlite3_column_bytes(statement, i))),
            as: UTF8.self)
    }

    func optionalText(_ i: Int32) throws -> String? { isNull(i) ? nil : try text(i) }

    func int(_ i: Int32) throws -> Int {
        guard sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_INTEGER else {
            throw ColumnTypeMismatch(column: i, expected: "an integer")
        }
        return Int(sqlite_nio_sqlite3_column_int64(statement, i))
    }

    func bool(_ i: Int32) throws -> Bool { try int(i) != 0 }

    func date(_ i: Int32) throws -> Date {
        // Instants are stored as seconds since 1970 (SQLiteNIO's encoding of `Date`).
        switch sqlite_nio_sqlite3_column_type(statement, i) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return Date(timeIntervalSince1970: sqlite_nio_sqlite3_column_double(statement, i))
        default: throw ColumnTypeMismatch(column: i, expected: "an instant")
        }
    }

    func optionalDate(_ i: Int32) throws -> Date? { isNull(i) ? nil : try date(i) }
}
