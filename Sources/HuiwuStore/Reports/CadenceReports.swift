import Foundation
import HuiwuCore
import SQLKit

/// One cadence clause's compliance over a stretch of days (R2.4).
public struct CadenceLine: Sendable, Equatable {
    public var clause: Cited<CadenceRule>
    /// The meeting type the clause names, if the organisation has it.
    public var type: MeetingType?
    public var periods: [CadenceCompliance.Period]
}

public struct CadenceReport: Sendable, Equatable {
    /// The rulebook version whose cadence clauses were read (in force today); nil: none adopted.
    public var rulebookVersion: Int?
    public var from: CivilDate
    public var through: CivilDate
    public var lines: [CadenceLine]
    /// Semester clauses need the organisation calendar's semesters; false when it has none.
    public var hasSemesters: Bool
}

/// The cadence compliance report (R2.4): for each cadence clause of the rulebook in
/// force, per period, the meetings of its type required and held. A held meeting took place:
/// not cancelled, over, with attendance recorded — someone checked in, or its room's use was
/// registered (R1.3). A meeting nobody came to was not held.
public struct CadenceReports: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    public func report(from: CivilDate, through: CivilDate, now: Date) async throws -> CadenceReport {
        let db = store.reader
        let today = time.date(of: now)
        let version = try await Rulebooks.inForce(on: today, db)
        let book = try version.map { try RulebookCache.shared.rulebook($0) }
        let semesters = try await OrganisationCalendar.periods(db).map(\.period).filter { $0.kind == .semester }
        var lines: [CadenceLine] = []
        for cadence in book?.cadences ?? [] {
            let rule = cadence.rule
            let type = try await db.raw(
                "SELECT * FROM meeting_types WHERE code = \(bind: rule.meetingType) ORDER BY active DESC, version DESC"
            ).first().map(MeetingType.init(row:))
            let spans = CadenceCompliance.periods(rule.per, from: from, through: through, semesters: semesters)
            guard let first = spans.first, let last = spans.last else {
                lines.append(CadenceLine(clause: cadence, type: type, periods: []))
                continue
            }
            let meetings = try await db.raw(
                """
                SELECT m.starts_at, m.ends_at,
                  (EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.checked_in_at IS NOT NULL)
                   OR EXISTS (SELECT 1 FROM bookings b WHERE b.id = m.booking_id AND b.checked_in_at IS NOT NULL)) AS attended
                FROM meetings m JOIN meeting_types t ON t.id = m.type_id
                WHERE t.code = \(bind: rule.meetingType) AND m.status = 'scheduled'
                  AND m.starts_at >= \(bind: time.instant(first.starts, minutes: 0))
                  AND m.starts_at < \(bind: time.instant(last.ends.adding(days: 1), minutes: 0))
                """
            ).all()
            var held: [CivilDate] = []
            var planned: [CivilDate] = []
            for row in meetings {
                let day = time.date(of: try row.decode(column: "starts_at", as: Date.self))
                let over = try row.decode(column: "ends_at", as: Date.self) <= now
                let attended = try row.decode(column: "attended", as: Bool.self)
                if over && attended { held.append(day) } else if !over { planned.append(day) }
            }
            let periods = spans.map { span in
                let inSpan = { (d: CivilDate) in span.starts <= d && d <= span.ends }
                return CadenceCompliance.judge(
                    rule, starts: span.starts, ends: span.ends, held: held.filter(inSpan), planned: planned.filter(inSpan).count,
                    expected: Self.expectedDays(type, span.starts, span.ends, zone: time), today: today)
            }
            lines.append(CadenceLine(clause: cadence, type: type, periods: periods))
        }
        return CadenceReport(
            rulebookVersion: version?.version, from: from, through: through, lines: lines, hasSemesters: !semesters.isEmpty)
    }

    /// The days a meeting type's own rule names in a period (A3: the Friday before the 25th).
    /// A type also held when needed (临时召开), or whose rule names no day, names none.
    static func expectedDays(_ type: MeetingType?, _ starts: CivilDate, _ ends: CivilDate, zone: OrgTime) -> [CivilDate] {
        guard let t = type?.template, !t.adHoc, let text = t.rule, let rule = try? RecurrenceRule(parsing: text),
            !rule.byDay.isEmpty || !rule.byMonthDay.isEmpty, rule.interval == 1
        else { return [] }
        var open = rule
        open.count = nil
        open.until = nil
        return RecurrenceExpansion.occurrences(
            of: open, start: LocalDateTime(date: starts, secondOfDay: 0), zone: zone, limit: 400,
            through: LocalDateTime(date: ends, secondOfDay: 86_399)
        ).map(\.date)
    }
}
