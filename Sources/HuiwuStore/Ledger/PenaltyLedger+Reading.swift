import Foundation
import HuiwuCore
import SQLKit

extension PenaltyLedger {
    /// Whose entries a reading covers.
    public enum Scope: Sendable, Equatable {
        case person(UUID)
        case department(UUID)
        case everyone
    }

    /// Assessed fines in `span` (by when they were assessed), newest first, with what became of each.
    public func lines(_ scope: Scope, in span: Interval, limit: Int = 5_000) async throws -> [PenaltyLine] {
        let filter: SQLQueryString =
            switch scope {
            case .person(let p): "AND e.person_id = \(bind: p)"
            case .department(let d): "AND e.department_id = \(bind: d)"
            case .everyone: ""
            }
        return try await lines(
            where: "e.created_at >= \(bind: span.start) AND e.created_at < \(bind: span.end) \(filter)", limit: limit)
    }

    /// One assessed fine, found by its key. Never by the time it was written: a time read back from
    /// SQLite is rounded to whole microseconds and may no longer match the row it came from.
    public func line(_ id: UUID) async throws -> PenaltyLine? {
        try await lines(where: "e.id = \(bind: id)", limit: 1).first
    }

    /// Assessed entries matching `condition` (on `e`), newest first, each with its follow-ups.
    private func lines(where condition: SQLQueryString, limit: Int) async throws -> [PenaltyLine] {
        let db = store.reader
        let rows = try await db.raw(
            """
            SELECT e.*, p.display_name AS person_name, d.name AS department_name, m.title AS meeting_title,
              COALESCE(pp.display_name, mp.guest_name) AS participant_name, mp.person_id AS participant_person_id
            FROM penalty_entries e JOIN people p ON p.id = e.person_id LEFT JOIN departments d ON d.id = e.department_id
            LEFT JOIN meetings m ON m.id = e.meeting_id LEFT JOIN meeting_participants mp ON mp.id = e.participant_id
            LEFT JOIN people pp ON pp.id = mp.person_id
            WHERE e.kind = 'assessed' AND \(condition)
            ORDER BY e.created_at DESC, e.id DESC LIMIT \(literal: limit)
            """
        ).all()
        var lines = try rows.map { row in
            PenaltyLine(
                entry: try PenaltyEntry(row: row), followUps: [],
                personName: try row.decode(column: "person_name", as: String.self),
                departmentName: try row.decode(column: "department_name", as: String?.self),
                meetingTitle: try row.decode(column: "meeting_title", as: String?.self),
                participantName: try row.decode(column: "participant_name", as: String?.self),
                participantPersonId: try row.decode(column: "participant_person_id", as: UUID?.self))
        }
        let ids = lines.map(\.entry.id)
        var follow: [UUID: [PenaltyEntry]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let part = ids[chunk..<min(chunk + 500, ids.count)].map { SQLBind($0) }
            for row in try await db.raw(
                "SELECT * FROM penalty_entries WHERE refers_to IN (\(SQLList(part))) ORDER BY created_at, id"
            ).all() {
                let e = try PenaltyEntry(row: row)
                if let to = e.refersTo { follow[to, default: []].append(e) }
            }
        }
        for i in lines.indices { lines[i].followUps = follow[lines[i].entry.id] ?? [] }
        return lines
    }

    /// Totals of what is owed in `span`, by person or by department.
    public struct Total: Sendable, Equatable {
        public var key: UUID?
        public var name: String
        public var owed: Fen
        public var fines: Int
    }

    public func totals(_ scope: Scope, in span: Interval, byDepartment: Bool) async throws -> [Total] {
        var sums: [UUID?: Total] = [:]
        for line in try await lines(scope, in: span, limit: 1_000_000) where line.status != .recorded {
            let key = byDepartment ? line.entry.departmentId : line.entry.personId
            var t =
                sums[key]
                ?? Total(key: key, name: (byDepartment ? line.departmentName : line.personName) ?? "", owed: .zero, fines: 0)
            t.owed = t.owed + line.owed
            if line.status != .reversed { t.fines += 1 }
            sums[key] = t
        }
        return sums.values.sorted { $0.owed != $1.owed ? $0.owed > $1.owed : $0.name < $1.name }
    }
}
