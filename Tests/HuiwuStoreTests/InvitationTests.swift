import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// Invitations a calendar app keeps right (X2), pinned on both databases: the invitation each
/// recipient is sent follows RFC 5546 for the object they hold, and a series reports its own end
/// and exceptions.
@Suite("Invitations per recipient (RFC 5546)")
struct InvitationTests {
    /// `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12` from 2026-12-22 09:30, 90 minutes, with the
    /// two-year horizon a form gives a rule that ends by itself.
    func draft(_ f: StoreFixture, policy: HolidayPolicy = .keep) throws -> SeriesDraft {
        SeriesDraft(
            typeId: nil, title: "班务会", roomId: f.room.id, headcount: 6,
            schedule: SeriesSchedule(
                rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12"),
                start: LocalDateTime("2026-12-22T09:30:00")!, durationMinutes: 90,
                through: CivilDate("2028-12-23")!, holidayPolicy: policy),
            participants: [])
    }

    /// Claims every due e-mail notice and works out its invitation, as the dispatcher does,
    /// recording each delivery; keyed by address.
    func deliver(_ store: Store) async throws -> [String: [ITIPMessage?]] {
        let outbox = NoticeOutbox(store: store)
        let copies = CalendarCopies(store: store, time: shanghai)
        var out: [String: [ITIPMessage?]] = [:]
        for notice in try await outbox.claim(limit: 100, now: storeNow).sorted(by: { $0.id.uuidString < $1.id.uuidString })
        where notice.channel == .email {
            out[notice.address ?? "", default: []].append(try await copies.message(for: notice, now: storeNow))
            try await outbox.delivered(notice, now: storeNow)
        }
        return out
    }

    func meeting(on day: String, _ meetings: [MeetingRecord]) throws -> MeetingRecord {
        try #require(meetings.first { shanghai.date(of: $0.startsAt).description == day })
    }

    @Test(
        "cancelling the only meeting a recipient has cancels exactly that meeting, not a 49-hour event",
        arguments: TestDatabase.allCases)
    func cancellingTheOnlyMeeting(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            try await People(store: store).setEmail(f.staff.id, "staff@example.org")
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let created = try await scheduler.createSeries(try draft(f), resolutions: [:], by: f.office, now: storeNow)
            let thursday = try meeting(on: "2026-12-24", created.meetings)
            _ = try await Meetings(store: store).addParticipants(
                [
                    ParticipantSelector(kind: .person, value: f.staff.id.uuidString),
                    ParticipantSelector(kind: .guest, value: "王老师", email: "wang@example.org"),
                ], to: thursday.id, by: f.office,
                now: storeNow)
            _ = try await Notices(store: store).send(thursday.id, kind: .invitation, by: f.office, now: storeNow)
            let invited = try await deliver(store)
            for address in ["staff@example.org", "wang@example.org"] {
                let request = try #require(invited[address]?.first ?? nil)
                #expect(request.method == "REQUEST")
                #expect(request.events.map(\.start) == [LocalDateTime("2026-12-24T09:30:00")!])
            }
            _ = try await scheduler.cancel(
                thursday.id, scope: .this, reason: nil, by: f.office, expectedVersion: nil, now: storeNow)
            let cancelled = try await deliver(store)
            for address in ["staff@example.org", "wang@example.org"] {
                let cancel = try #require(cancelled[address]?.first ?? nil)
                let request = try #require(invited[address]?.first ?? nil)
                #expect(cancel.method == "CANCEL")
                #expect(cancel.sequence > request.sequence)
                #expect(cancel.events.count == 1)
                #expect(cancel.events[0].uid == request.events[0].uid)
                #expect(cancel.events[0].start == LocalDateTime("2026-12-24T09:30:00"))
                #expect(cancel.events[0].end == LocalDateTime("2026-12-24T11:00:00"))
            }
        }
    }

    @Test(
        "inviting someone to a second occurrence re-sends the series under a higher SEQUENCE",
        arguments: TestDatabase.allCases)
    func secondOccurrenceRaisesSequence(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let created = try await MeetingScheduler(store: store, time: shanghai)
                .createSeries(try draft(f), resolutions: [:], by: f.office, now: storeNow)
            let book = Meetings(store: store)
            let guest = ParticipantSelector(kind: .guest, value: "王老师", email: "wang@example.org")
            let first = try meeting(on: "2026-12-24", created.meetings)
            _ = try await book.addParticipants([guest], to: first.id, by: f.office, now: storeNow)
            _ = try await Notices(store: store).send(first.id, kind: .invitation, by: f.office, now: storeNow)
            let one = try #require(try await deliver(store)["wang@example.org"]?.first ?? nil)
            // The series was announced: a newcomer to another of its meetings is invited at once.
            _ = try await book.addParticipants(
                [guest], to: try meeting(on: "2027-01-05", created.meetings).id, by: f.office,
                now: storeNow)
            let two = try #require(try await deliver(store)["wang@example.org"]?.first ?? nil)
            #expect(two.method == "REQUEST")
            #expect(two.events.map(\.uid) == one.events.map(\.uid))
            #expect(two.sequence > one.sequence)
            #expect(two.events[0].start == LocalDateTime("2026-12-24T09:30:00"))
            // The two meetings are consecutive occurrences: the rule, ending at the second.
            #expect(two.events[0].rule == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270105T013000Z;BYDAY=TU,TH")
            #expect(two.events[0].exdates.isEmpty && two.events[0].rdates.isEmpty)
        }
    }

    @Test(
        "a COUNT series reports its last occurrence as its end; holidays it skips are in its EXDATEs",
        arguments: TestDatabase.allCases)
    func seriesEndAndExceptions(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            try await OrganisationCalendar(store: store).save(
                [
                    WorkCalendar.Entry(
                        date: CivilDate("2027-01-05")!, kind: .holiday,
                        name: "测试假日")
                ], now: storeNow)
            let created = try await MeetingScheduler(store: store, time: shanghai)
                .createSeries(try draft(f, policy: .skip), resolutions: [:], by: f.office, now: storeNow)
            #expect(created.meetings.count == 11)
            let stored = try #require(try await Meetings(store: store).series(created.series.id))
            #expect(stored.schedule.through == CivilDate("2027-03-04"))
            #expect(stored.schedule.exdates == [LocalDateTime("2027-01-05T09:30:00")!])
        }
    }

    /// The meetings (local starts) a message's object describes, read as a client would.
    func starts(_ message: ITIPMessage) throws -> [LocalDateTime] {
        guard let master = message.events.first(where: { $0.recurrenceId == nil }) else { return [] }
        var keys = Set(master.rdates + [master.start])
        if let rule = master.rule {
            keys.formUnion(
                RecurrenceExpansion.occurrences(of: try RecurrenceRule(parsing: rule), start: master.start, zone: shanghai))
        }
        keys.subtract(master.exdates)
        let moved = Dictionary(
            message.events.compactMap { e in e.recurrenceId.map { ($0, e.start) } }, uniquingKeysWith: { a, _ in a })
        return keys.map { moved[$0] ?? $0 }.sorted()
    }

    @Test(
        "a split while an invitation waits: each recipient ends with both series exactly, the old one ending earlier",
        arguments: TestDatabase.allCases)
    func splitWhileAnInvitationWaits(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            var weekly = try draft(f)
            weekly.schedule.rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;COUNT=6")
            weekly.schedule.start = LocalDateTime("2026-12-08T10:00:00")!
            weekly.participants = [ParticipantSelector(kind: .guest, value: "王老师", email: "wang@example.org")]
            let created = try await scheduler.createSeries(weekly, resolutions: [:], by: f.office, now: storeNow)
            // The invitation goes from the fifth meeting, and waits in the outbox.
            _ = try await Notices(store: store).send(created.meetings[4].id, kind: .invitation, by: f.office, now: storeNow)
            _ = try await scheduler.edit(
                created.meetings[3].id, scope: .following, MeetingChange(startMinute: 14 * 60), by: f.office,
                expectedVersion: nil, now: storeNow)
            let mail = try await deliver(store)["wang@example.org"] ?? []
            // Per object, the message with the highest SEQUENCE is what the client keeps.
            var latest: [String: ITIPMessage] = [:]
            for case let m? in mail {
                let uid = m.events[0].uid
                if (latest[uid]?.sequence ?? -1) <= m.sequence { latest[uid] = m }
            }
            let held = try latest.values.map { try starts($0) }.sorted { $0.first! < $1.first! }
            #expect(
                held == [
                    ["2026-12-08T10:00:00", "2026-12-15T10:00:00", "2026-12-22T10:00:00"].map { LocalDateTime($0)! },
                    ["2026-12-29T14:00:00", "2027-01-05T14:00:00", "2027-01-12T14:00:00"].map { LocalDateTime($0)! },
                ])
            #expect(latest.values.allSatisfy { $0.method == "REQUEST" })
        }
    }
}
