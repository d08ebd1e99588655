import Foundation
import HuiwuCore
import PostgresNIO
import SQLKit
import SQLiteNIO

/// Typed, positional access to one result row. The hot reads (the day grid's rooms and
/// bookings) map rows through this instead of `Decodable`: generic decoding of a few thousand
/// rows was most of the grid's server time.
protocol ColumnReader {
    func uuid(_ i: Int32) throws -> UUID
    func optionalUUID(_ i: Int32) throws -> UUID?
    func text(_ i: Int32) throws -> String
    func optionalText(_ i: Int32) throws -> String?
    func int(_ i: Int32) throws -> Int
    func bool(_ i: Int32) throws -> Bool
    func date(_ i: Int32) throws -> Date
    func optionalDate(_ i: Int32) throws -> Date?
}

struct ColumnTypeMismatch: Error, CustomStringConvertible {
    var column: Int32
    var expected: String
    var description: String { "column \(column) is not \(expected)" }
}

/// A `ColumnReader` over a PostgreSQL row. PostgresKit's `SQLRow` goes through a generic
/// `Decodable` translation per cell, which was two thirds of the grid's time on PostgreSQL; here
/// the common binary cells (uuid, timestamptz, text, int8) are read straight from their bytes,
/// and anything else goes to PostgresNIO's typed decoders.
struct PostgresCells: ColumnReader {
    let row: PostgresRandomAccessRow

    /// 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds.
    private static let postgresEpoch: Double = 946_684_800

    func uuid(_ i: Int32) throws -> UUID {
        let cell = row[Int(i)]
        if cell.format == .binary, cell.dataType == .uuid, let bytes = cell.bytes, bytes.readableBytes == 16 {
            return bytes.withUnsafeReadableBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
        }
        return try cell.decode(UUID.self)
    }

    func optionalUUID(_ i: Int32) throws -> UUID? { row[Int(i)].bytes == nil ? nil : try uuid(i) }

    func text(_ i: Int32) throws -> String {
        let cell = row[Int(i)]
        if cell.dataType == .text || cell.dataType == .varchar, let bytes = cell.bytes {
            return String(buffer: bytes)
        }
        return try cell.decode(String.self)
    }

    func optionalText(_ i: Int32) throws -> String? { row[Int(i)].bytes == nil ? nil : try text(i) }

    func int(_ i: Int32) throws -> Int {
        let cell = row[Int(i)]
        if cell.format == .binary, cell.dataType == .int8, var bytes = cell.bytes, bytes.readableBytes == 8,
            let value = bytes.readInteger(as: Int64.self)
        {
            return Int(value)
        }
        return try cell.decode(Int.self)
    }

    func bool(_ i: Int32) throws -> Bool { try row[Int(i)].decode(Bool.self) }

    func date(_ i: Int32) throws -> Date {
        let cell = row[Int(i)]
        // Microseconds since 2000-01-01 UTC; ±infinity are the extreme values, left to PostgresNIO.
        if cell.format == .binary, cell.dataType == .timestamptz, var bytes = cell.bytes, bytes.readableBytes == 8,
            let micros = bytes.readInteger(as: Int64.self), micros != .max, micros != .min
        {
            return Date(timeIntervalSince1970: Self.postgresEpoch + Double(micros) / 1_000_000)
        }
        return try cell.decode(Date.self)
    }

    func optionalDate(_ i: Int32) throws -> Date? { row[Int(i)].bytes == nil ? nil : try date(i) }
}

/// A select list whose columns are read by position (see `Store.rows`).
struct SelectList: Sendable {
    let expressions: [String]

    init(_ expressions: [String]) { self.expressions = expressions }

    var sql: String { expressions.joined(separator: ", ") }
}
