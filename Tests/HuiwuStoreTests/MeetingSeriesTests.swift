import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// Recurring meetings booking their rooms (R2.2, R2.3, R2.5) on both databases.
@Suite("Meeting series")
struct MeetingSeriesTests {
    /// A3's representatives' meeting: monthly on the Friday before the 25th, 14:00–15:30.
    func representatives(_ f: StoreFixture, through: String = "2027-06-30", room: UUID? = nil) -> SeriesDraft {
        SeriesDraft(
            typeId: nil, title: "业务代表会议", roomId: room ?? f.room.id, headcount: 8,
            schedule: SeriesSchedule(
                rule: try! RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24"),
                start: LocalDateTime("2026-12-01T14:00:00")!, durationMinutes: 90,
                through: CivilDate(through)!, holidayPolicy: .nextWorkday),
            participants: [ParticipantSelector(kind: .role, value: "staff")])
    }

    func count(_ store: Store, _ sql: String) async throws -> Int {
        try await store.reader.raw(SQLQueryString("SELECT COUNT(*) AS n FROM " + sql)).first()!.decode(column: "n", as: Int.self)
    }

    @Test(
        "a series books a room for every occurrence, on the Friday before the 25th, a holiday moved to the next workday",
        arguments: TestDatabase.allCases)
    func createsAndBooks(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            try await OrganisationCalendar(store: store).save(
                [
                    WorkCalendar.Entry(
                        date: CivilDate("2027-01-22")!, kind: .holiday,
                        name: "测试假日")
                ], now: storeNow)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let created = try await scheduler.createSeries(representatives(f), resolutions: [:], by: f.office, now: storeNow)
            let days = created.meetings.map { shanghai.date(of: $0.startsAt).description }
            #expect(days == ["2026-12-18", "2027-01-25", "2027-02-19", "2027-03-19", "2027-04-23", "2027-05-21", "2027-06-18"])
            #expect(created.meetings[1].recurrenceKey == LocalDateTime("2027-01-22T14:00:00"))
            #expect(try await count(store, "bookings WHERE status IN ('pending','approved') AND purpose = 'meeting'") == 7)
            #expect(try await count(store, "meetings WHERE booking_id IS NOT NULL") == 7)
            // Every occurrence's participant list: the organiser and the one staff member.
            #expect(try await count(store, "meeting_participants") == 14)
            // The booking path now refuses the taken slot.
            let ledger = BookingLedger(store: store, time: shanghai)
            await #expect(throws: BookingError.self) {
                _ = try await ledger.place(f.draft("14:30", "15:00", day: "2026-12-18"), by: f.staff, now: storeNow)
            }
        }
    }

    @Test(
        "a conflicting occurrence is reported with alternatives and nothing is written; skip and re-room resolve it",
        arguments: TestDatabase.allCases)
    func conflictReport(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let holder = try await ledger.place(f.draft("13:30", "14:30", day: "2027-02-19"), by: f.staff, now: storeNow).booking
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let draft = representatives(f)
            do {
                _ = try await scheduler.createSeries(draft, resolutions: [:], by: f.office, now: storeNow)
                Issue.record("expected a conflict report")
            } catch MeetingError.unresolved(let plan) {
                let blocked = plan.filter { !$0.isClear }
                #expect(blocked.map(\.key) == [LocalDateTime("2027-02-19T14:00:00")!])
                #expect(blocked.first?.conflicts.map(\.id) == [holder.id])
                #expect(blocked.first?.alternatives.otherRooms.map(\.roomId) == [f.other.id])
            }
            #expect(try await count(store, "meetings") == 0)
            #expect(try await count(store, "meeting_series") == 0)
            #expect(try await count(store, "bookings") == 1)

            let key = LocalDateTime("2027-02-19T14:00:00")!
            let reroomed = try await scheduler.createSeries(
                draft, resolutions: [key: .room(f.other.id)], by: f.office, now: storeNow)
            let moved = try #require(reroomed.meetings.first { $0.recurrenceKey == key })
            #expect(moved.roomId == f.other.id)
            #expect(moved.overridden)
            let skipped = try await scheduler.createSeries(
                representatives(f, room: f.other.id).with(title: "其他"),
                resolutions: [key: .skip], by: f.office, now: storeNow)
            #expect(skipped.skipped == [key])
            #expect(skipped.series.schedule.exdates == [key])
            #expect(skipped.meetings.count == 6)
        }
    }

    @Test(
        "cancelling one occurrence frees its room and records an EXDATE; cancelling the rest ends the series",
        arguments: TestDatabase.allCases)
    func cancelling(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let created = try await scheduler.createSeries(representatives(f), resolutions: [:], by: f.office, now: storeNow)
            let third = created.meetings[2]
            _ = try await scheduler.cancel(
                third.id, scope: .this, reason: "调整", by: f.office, expectedVersion: nil, now: storeNow)
            let ledger = BookingLedger(store: store, time: shanghai)
            _ = try await ledger.place(f.draft("14:00", "15:00", day: "2027-02-19"), by: f.staff, now: storeNow)
            let book = Meetings(store: store)
            #expect(try await book.series(created.series.id)?.schedule.exdates == [third.recurrenceKey!])
            let cancelled = try await scheduler.cancel(
                created.meetings[4].id, scope: .following, reason: nil, by: f.office,
                expectedVersion: nil, now: storeNow)
            #expect(cancelled.count == 3)
            let series = try #require(try await book.series(created.series.id))
            #expect(series.schedule.through == CivilDate("2027-04-22"))
            #expect(try await count(store, "meetings WHERE status = 'scheduled'") == 3)
            #expect(try await count(store, "bookings WHERE status = 'cancelled'") == 4)
            // A staff member who is not the organiser may not cancel.
            await #expect(throws: MeetingError.self) {
                _ = try await scheduler.cancel(
                    created.meetings[0].id, scope: .this, reason: nil, by: f.staff,
                    expectedVersion: nil, now: storeNow)
            }
        }
    }

    @Test(
        "editing this occurrence overrides it; editing this and following splits the series and moves the bookings",
        arguments: TestDatabase.allCases)
    func editing(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let created = try await scheduler.createSeries(representatives(f), resolutions: [:], by: f.office, now: storeNow)
            let first = try await scheduler.edit(
                created.meetings[0].id, scope: .this,
                MeetingChange(start: LocalDateTime("2026-12-18T16:00:00")), by: f.office,
                expectedVersion: 1, now: storeNow)
            #expect(first.first?.overridden == true)
            #expect(first.first?.startsAt == local("16:00", day: "2026-12-18"))
            // Held meetings stay as they were: the series splits at the fourth occurrence.
            let later = storeNow.addingTimeInterval(90 * 86_400)
            let changed = try await scheduler.edit(
                created.meetings[3].id, scope: .following,
                MeetingChange(roomId: f.other.id, startMinute: 9 * 60), by: f.office,
                expectedVersion: nil, now: later)
            #expect(changed.count == 4)
            #expect(changed.allSatisfy { $0.roomId == f.other.id && shanghai.minuteOfDay($0.startsAt) == 540 })
            let newSeries = try #require(changed.first?.seriesId)
            #expect(newSeries != created.series.id)
            let book = Meetings(store: store)
            #expect(try await book.series(created.series.id)?.schedule.through == CivilDate("2027-03-18"))
            #expect(try await book.series(newSeries)?.splitFromId == created.series.id)
            #expect(try await book.series(newSeries)?.schedule.start == LocalDateTime("2027-03-19T09:00:00"))
            #expect(changed.first?.recurrenceKey == LocalDateTime("2027-03-19T09:00:00"))
            let inOther = try await store.reader.raw(
                """
                SELECT COUNT(*) AS n FROM bookings WHERE status IN ('pending', 'approved') AND room_id = \(bind: f.other.id)
                """
            ).first()!.decode(column: "n", as: Int.self)
            #expect(inOther == 4)
            // The freed 14:00 slot in the first room can be booked again.
            let ledger = BookingLedger(store: store, time: shanghai)
            _ = try await ledger.place(f.draft("14:00", "15:00", day: "2027-04-23"), by: f.office, now: storeNow)
        }
    }

    @Test(
        "renaming the whole series keeps each meeting's own time and room; its booking cannot be cancelled on its own",
        arguments: TestDatabase.allCases)
    func renameKeepsOverrides(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let created = try await scheduler.createSeries(representatives(f), resolutions: [:], by: f.office, now: storeNow)
            let moved = try await scheduler.edit(
                created.meetings[1].id, scope: .this,
                MeetingChange(
                    roomId: f.other.id, start: LocalDateTime("2027-01-22T10:00:00"),
                    durationMinutes: 120),
                by: f.office, expectedVersion: nil, now: storeNow)
            let renamed = try await scheduler.edit(
                created.meetings[0].id, scope: .all, MeetingChange(title: "业务代表月会"),
                by: f.office, expectedVersion: nil, now: storeNow)
            #expect(renamed.count == 7)
            #expect(renamed.allSatisfy { $0.title == "业务代表月会" })
            let second = try #require(renamed.first { $0.id == moved[0].id })
            #expect(second.startsAt == local("10:00", day: "2027-01-22"))
            #expect(second.interval.duration == 7_200)
            #expect(second.roomId == f.other.id)
            #expect(renamed[0].seriesId == created.series.id)  // no split for a rename
            let ledger = BookingLedger(store: store, time: shanghai)
            await #expect(throws: BookingError.self) {
                _ = try await ledger.cancel(
                    created.meetings[2].bookingId!, reason: nil, by: f.office, expectedVersion: nil,
                    now: storeNow)
            }
        }
    }

    @Test(
        "participant groups resolve to the people holding the role now; a removed participant stays removed",
        arguments: TestDatabase.allCases)
    func participants(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let meeting = try await scheduler.createMeeting(
                MeetingDraft(
                    typeId: nil, title: "临时会议", roomId: nil,
                    interval: Interval(start: local("10:00", day: "2026-12-02"), end: local("11:00", day: "2026-12-02")),
                    headcount: 3,
                    participants: [
                        ParticipantSelector(kind: .role, value: "staff"),
                        ParticipantSelector(kind: .guest, value: "王老师", email: "wang@example.org"),
                    ]), by: f.office,
                now: storeNow)
            let book = Meetings(store: store)
            var list = try await book.participants(of: meeting.id)
            #expect(list.map(\.name) == ["office", "staff", "王老师"])
            #expect(list.map(\.record.role) == [.organiser, .attendee, .attendee])
            let staffRow = try #require(list.first { $0.record.personId == f.staff.id })
            try await book.removeParticipant(staffRow.record.id, from: meeting.id, by: f.office, now: storeNow)
            #expect(
                try await book.addParticipants(
                    [ParticipantSelector(kind: .role, value: "room_office")], to: meeting.id,
                    by: f.office, now: storeNow) == 0)
            list = try await book.participants(of: meeting.id)
            #expect(list.last?.record.removed == true)
            #expect(try await book.maySee(meeting, actor: f.staff) == false)
            #expect(
                try await book.addParticipants(
                    [ParticipantSelector(kind: .person, value: f.staff.id.uuidString)],
                    to: meeting.id, by: f.office, now: storeNow) == 1)
            #expect(try await book.maySee(meeting, actor: f.staff))
        }
    }

    @Test(
        "two organisers creating series over the same slots at once: exactly one gets them, the other the report",
        arguments: TestDatabase.allCases)
    func concurrentSeries(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let weekly = SeriesDraft(
                typeId: nil, title: "周例会", roomId: f.room.id, headcount: 5,
                schedule: SeriesSchedule(
                    rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU"),
                    start: LocalDateTime("2026-12-01T14:30:00")!, durationMinutes: 60,
                    through: CivilDate("2027-02-23")!),
                participants: [])
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for i in 0..<6 {
                    var draft = weekly
                    draft.schedule.start = LocalDateTime(date: draft.schedule.start.date, secondOfDay: (14 * 60 + i * 5) * 60)
                    group.addTask {
                        do {
                            _ = try await scheduler.createSeries(draft, resolutions: [:], by: f.office, now: storeNow)
                            return true
                        } catch MeetingError.unresolved {
                            return false
                        } catch {
                            Issue.record("unexpected \(error)")
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await count(store, "meeting_series") == 1)
            #expect(try await count(store, "bookings") == 13)
        }
    }
}

extension SeriesDraft {
    func with(title: String) -> SeriesDraft {
        var copy = self
        copy.title = title
        return copy
    }
}

extension StoreFixture {
    func draft(_ from: String, _ to: String, day: String, room: RoomRecord? = nil) -> BookingDraft {
        BookingDraft(
            roomId: (room ?? self.room).id, interval: Interval(start: local(from, day: day), end: local(to, day: day)),
            title: "t", purpose: "meeting", headcount: 4)
    }
}
