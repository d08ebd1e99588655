import ArgumentParser
import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import HuiwuServer
import HuiwuStore
import SQLKit
import Vapor

/// `huiwu bench-attendance`: the attendance and ledger figures (R5.6, R3.2, X3) for `make bench`,
/// on a fresh database: loading and validating a rulebook of 200 clauses; closing the attendance of
/// a meeting of 1,000 participants and assessing its fines; one person's month in a ledger of
/// 100,000 entries. With `--prepare DIR`, it instead sets up the check-in burst that `make bench`
/// drives over HTTP (a meeting of 2,000 people about to start, their API tokens in DIR).
struct BenchAttendance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-attendance", abstract: "Time attendance and ledger operations for `make bench`.", shouldDisplay: false
    )
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    @ArgumentParser.Option(help: "Label for the database column.") var label: String = "sqlite"
    @ArgumentParser.Option(help: "Prepare the HTTP check-in burst into this directory instead.") var prepare: String?

    /// A valid rulebook of `count` clauses (notes, cadences, offences and chains, as a large
    /// organisation's would be), made from the A3 template's header.
    static func largeRulebook(_ count: Int) -> String {
        var out = """
            rulebook: bench-large
            title: {zh-Hans: 大型规章, zh-Hant: 大型規章, en: Large rulebook}
            version: 1
            effective: 2026-01-01
            currency: CNY
            clauses:

            """
        for i in 0..<count {
            let rule: String
            switch i % 4 {
            case 0: rule = "note: true"
            case 1: rule = "cadence: {meeting_type: bench.type\(i), per: month, at_least: 1, at_most: 2}"
            case 2: rule = "offence: {recorded_by: [chair, organiser], liable: person, amount: \(10 + i % 40) yuan}"
            default:
                rule = """
                    approval_chain:
                          for: leave
                          longer_than: \(i)h
                          steps:
                            - any_of: [department_head]
                            - all_of: [{position: 经理\(i)}, {role: room_office}]
                    """
            }
            out += """
                  - id: B-\(i)
                    cite: B §\(i)
                    quote: 第\(i)条的原文，逐字引用规章。
                    text: {zh-Hans: 第\(i)条, zh-Hant: 第\(i)條, en: Clause \(i)}
                    \(rule)

                """
        }
        return out
    }

    func run() async throws {
        let label = self.label
        let prepare = self.prepare
        try await withApplication(storage) { app in
            if let prepare {
                try await Self.prepareBurst(app, into: prepare)
                return
            }
            func f(_ x: Double) -> String { String(format: "%.1f", x) }
            // 1. A 200-clause rulebook, read and checked (51 runs, the first a warm-up).
            let large = Self.largeRulebook(200)
            var loads: [Double] = []
            var clauses = 0
            for i in 0..<51 {
                let ms = try await BenchMeetings.timed { clauses = (try RulebookDocument.load(large)).clauses.count }
                if i > 0 { loads.append(ms) }
            }
            print(
                "| load and validate a rulebook of \(clauses) clauses | — | \(f(BenchMeetings.median(loads))) ms | \(f(BenchMeetings.p90(loads))) ms | ≤ 20 ms |"
            )
            // 2. Closing attendance of 1,000 participants under A3, with their fines (11 meetings).
            let s = app.huiwu
            let now = s.clock.now()
            _ = try await DemoRulebook.adopt(app, name: "A3")
            let dept = try await s.people.createDepartment(name: "千人部门", parentId: nil, now: now)
            let office = try await s.people.createPerson(
                PersonRecord(
                    id: UUID(), username: "bench-office", displayName: "组织者", passwordHash: "x", role: Role.roomOffice.rawValue,
                    position: nil, email: nil, active: true, createdAt: now, departmentId: dept.id))
            let actor = Actor(id: office.id, role: .roomOffice, departmentId: dept.id, displayName: office.displayName)
            var people: [UUID] = []
            for i in 0..<1_000 {
                people.append(
                    try await s.people.createPerson(
                        PersonRecord(
                            id: UUID(), username: "p\(i)", displayName: "成员\(i)", passwordHash: "x", role: Role.staff.rawValue,
                            position: nil, email: "p\(i)@bench.example", active: true, createdAt: now, departmentId: dept.id)
                    ).id)
            }
            try await s.store.write { db in try await db.raw("UPDATE people SET daily_wage_fen = 30000").run() }
            var closes: [Double] = []
            var fines = 0
            for round in 0..<11 {
                // Each meeting started two hours ago, an hour long: its attendance is due to close.
                let starts = now.addingTimeInterval(Double(-2 * 3600 - round * 7200))
                let meeting = try await s.scheduler.createMeeting(
                    MeetingDraft(
                        typeId: nil, title: "全员大会 \(round)", roomId: nil,
                        interval: Interval(start: starts, end: starts.addingTimeInterval(3_600)), headcount: 1_000,
                        participants: [ParticipantSelector(kind: .department, value: dept.id.uuidString)]),
                    by: actor, now: starts.addingTimeInterval(-86_400))
                // 600 on time, 250 late, 150 never came.
                for (i, person) in people.enumerated() where i < 850 {
                    let at = starts.addingTimeInterval(i < 600 ? -300 : 420)
                    _ = try await s.attendance.checkIn(meeting: meeting.id, person: person, method: .qr, at: at)
                }
                var closing: AttendanceClosing?
                let ms = try await BenchMeetings.timed { closing = try await s.attendance.close(meeting.id, now: now) }
                fines = closing?.assessments.count ?? 0
                if round > 0 { closes.append(ms) }
            }
            print(
                "| close attendance of 1,001 participants, assess \(fines) fines | \(label) | \(f(BenchMeetings.median(closes))) ms | \(f(BenchMeetings.p90(closes))) ms | ≤ 100 ms |"
            )
            // 3. A ledger of 100,000 entries: one person's month.
            let target = people[0]
            let everyone = people, assessed = fines
            try await s.store.write { db in
                let columns = [
                    "id", "kind", "person_id", "department_id", "amount_fen", "trigger", "rulebook_version", "clause_id",
                    "evidence",
                    "created_at",
                ]
                let month = 30.0 * 86_400
                var insert = db.insert(into: "penalty_entries").columns(columns)
                var pending = 0
                for i in 0..<(100_000 - assessed * 11) {
                    let at = now.addingTimeInterval(-month * Double(i % 24) - Double(i % 1000) * 60)
                    insert = insert.values([
                        SQLBind(UUID()), SQLBind("assessed"), SQLBind(everyone[i % everyone.count]), SQLBind(dept.id),
                        SQLBind(2000),
                        SQLBind("late"), SQLBind(1), SQLBind("A3-1.3-late"), SQLBind("{}"), SQLBind(at),
                    ])
                    pending += 1
                    if pending == 1_000 {
                        try await insert.run()
                        insert = db.insert(into: "penalty_entries").columns(columns)
                        pending = 0
                    }
                }
                if pending > 0 { try await insert.run() }
            }
            let total = try await s.store.reader.raw("SELECT COUNT(*) AS n FROM penalty_entries").first()!.decode(
                column: "n", as: Int.self)
            let first = s.time.date(of: now)
            let monthStart = CivilDate(year: first.year, month: first.month, day: 1)!
            let span = Interval(start: s.time.instant(monthStart, minutes: 0), end: now.addingTimeInterval(1))
            var reads: [Double] = []
            var lines = 0
            for i in 0..<101 {
                let ms = try await BenchMeetings.timed { lines = try await s.penalties.lines(.person(target), in: span).count }
                if i > 0 { reads.append(ms) }
            }
            print(
                "| one person's month (\(lines) fines) in a ledger of \(total) entries | \(label) | \(f(BenchMeetings.median(reads))) ms | \(f(BenchMeetings.p90(reads))) ms | ≤ 10 ms |"
            )
        }
    }

    /// A meeting of 2,000 people starting in five minutes under A3 (check-in open), their API
    /// tokens one per line in DIR/tokens, the meeting in DIR/meeting, the organiser's token in DIR/organiser.
    static func prepareBurst(_ app: Application, into dir: String) async throws {
        let s = app.huiwu
        let now = s.clock.now()
        _ = try await DemoRulebook.adopt(app, name: "A3")
        let dept = try await s.people.createDepartment(name: "签到部门", parentId: nil, now: now)
        let office = try await s.people.createPerson(
            PersonRecord(
                id: UUID(), username: "burst-office", displayName: "组织者", passwordHash: "x", role: Role.roomOffice.rawValue,
                position: nil, email: nil, active: true, createdAt: now, departmentId: dept.id))
        var tokens: [String] = []
        for i in 0..<2_000 {
            let p = try await s.people.createPerson(
                PersonRecord(
                    id: UUID(), username: "b\(i)", displayName: "到会\(i)", passwordHash: "x", role: Role.staff.rawValue,
                    position: nil,
                    email: nil, active: true, createdAt: now, departmentId: dept.id))
            tokens.append(try await s.sessions.start(for: p.id, kind: .api, lifetime: 3_600, now: now).token)
        }
        let actor = Actor(id: office.id, role: .roomOffice, departmentId: dept.id, displayName: office.displayName)
        let starts = now.addingTimeInterval(300)
        let meeting = try await s.scheduler.createMeeting(
            MeetingDraft(
                typeId: nil, title: "签到高峰", roomId: nil, interval: Interval(start: starts, end: starts.addingTimeInterval(3_600)),
                headcount: 2_000, participants: [ParticipantSelector(kind: .department, value: dept.id.uuidString)]),
            by: actor, now: now)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try tokens.joined(separator: "\n").write(toFile: dir + "/tokens", atomically: true, encoding: .utf8)
        try meeting.id.uuidString.write(toFile: dir + "/meeting", atomically: true, encoding: .utf8)
        try (try await s.sessions.start(for: office.id, kind: .api, lifetime: 3_600, now: now).token)
            .write(toFile: dir + "/organiser", atomically: true, encoding: .utf8)
    }
}
