import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// Meeting notices and the outbox (R5.2, X2) on both databases.
@Suite("Notices and the outbox")
struct NoticeTests {
    func meeting(_ store: Store, _ f: StoreFixture, guests: Int = 1) async throws -> MeetingRecord {
        try await People(store: store).setEmail(f.staff.id, "staff@example.org")
        return try await MeetingScheduler(store: store, time: shanghai).createMeeting(
            MeetingDraft(
                typeId: nil, title: "成本采购会议", roomId: f.room.id,
                interval: Interval(start: local("10:00", day: "2026-12-03"), end: local("11:00", day: "2026-12-03")),
                headcount: 5,
                participants: [ParticipantSelector(kind: .role, value: "staff")]
                    + (0..<guests).map { ParticipantSelector(kind: .guest, value: "来宾\($0)", email: "guest\($0)@example.org") }),
            by: f.office, now: storeNow)
    }

    @Test(
        "sending notifies every participant: in-app at once, e-mail queued; who has not been notified is visible",
        arguments: TestDatabase.allCases)
    func sending(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let m = try await meeting(store, f)
            let desk = Notices(store: store)
            #expect(try await desk.deliveries(of: m.id).allSatisfy(\.notNotified))
            let batch = try await desk.send(m.id, kind: .invitation, by: f.office, now: storeNow)
            #expect(batch.participants == 3)  // organiser, staff, guest
            #expect(batch.queued == 2)  // the staff member's and the guest's e-mail
            let deliveries = try await desk.deliveries(of: m.id)
            let guest = try #require(deliveries.first { $0.participant.record.personId == nil })
            #expect(guest.notNotified)  // e-mail still queued
            #expect(deliveries.filter { !$0.notNotified }.count == 2)
            let inbox = try await Notifications(store: store).notifications(for: f.staff.id).rows
            #expect(inbox.first?.kind == "meeting.invitation")
            #expect(inbox.first?.meetingId == m.id)
            // The staff member opens the meeting: their notices count as read.
            try await desk.acknowledge(m.id, person: f.staff.id, now: storeNow)
            let staffRow = try #require(
                try await desk.deliveries(of: m.id).first { $0.participant.record.personId == f.staff.id })
            #expect(staffRow.notices.first { $0.channel == .inApp }?.state == .read)
            #expect(try await Notifications(store: store).unreadCount(for: f.staff.id) == 0)
            // Only the organiser or the room office sends.
            await #expect(throws: MeetingError.self) {
                _ = try await desk.send(m.id, kind: .invitation, by: f.staff, now: storeNow)
            }
        }
    }

    @Test(
        "a claim holds its notice for the lease; a crashed delivery is claimed again after it; failures retry, then fail",
        arguments: TestDatabase.allCases)
    func claims(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let m = try await meeting(store, f, guests: 3)
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: f.office, now: storeNow)
            let outbox = NoticeOutbox(store: store, lease: 60)
            let first = try await outbox.claim(limit: 10, now: storeNow)
            #expect(first.count == 4)
            #expect(try await outbox.claim(limit: 10, now: storeNow.addingTimeInterval(30)).isEmpty)
            try await outbox.delivered(first[0], now: storeNow)
            // The process "died" with the rest claimed: after the lease they are due again.
            let again = try await outbox.claim(limit: 10, now: storeNow.addingTimeInterval(61))
            #expect(Set(again.map(\.id)) == Set(first.dropFirst().map(\.id)))
            #expect(again.allSatisfy { $0.attempts == 2 })
            try await outbox.failed(
                again[0], reason: "connection refused", permanent: false, now: storeNow.addingTimeInterval(61))
            try await outbox.failed(again[1], reason: "550 no such user", permanent: true, now: storeNow.addingTimeInterval(61))
            let rows = try await Notices(store: store).deliveries(of: m.id).flatMap(\.notices)
            #expect(rows.first { $0.id == again[0].id }?.state == .queued)
            #expect(rows.first { $0.id == again[0].id }?.lastError == "connection refused")
            #expect(rows.first { $0.id == again[1].id }?.state == .failed)
            #expect(rows.first { $0.id == first[0].id }?.state == .sent)
        }
    }

    @Test(
        "changing or cancelling a notified meeting queues an update or a cancellation; reminders go once per offset",
        arguments: TestDatabase.allCases)
    func updatesAndReminders(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let m = try await meeting(store, f)
            let scheduler = MeetingScheduler(store: store, time: shanghai)
            let outbox = NoticeOutbox(store: store)
            // Not notified yet: a change queues nothing.
            _ = try await scheduler.edit(
                m.id, scope: .this, MeetingChange(title: "成本采购会议（改）"), by: f.office,
                expectedVersion: nil, now: storeNow)
            #expect(try await outbox.queueReminders(offsets: [1440, 60], now: storeNow) == 0)
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: f.office, now: storeNow)
            _ = try await scheduler.edit(
                m.id, scope: .this, MeetingChange(start: LocalDateTime("2026-12-03T14:00:00")),
                by: f.office, expectedVersion: nil, now: storeNow)
            let kinds = { () async throws -> [String] in
                try await store.reader.raw("SELECT kind FROM notices WHERE channel = 'email' ORDER BY created_at, id").all()
                    .map { try $0.decode(column: "kind", as: String.self) }
            }
            #expect(try await kinds().filter { $0 == "update" }.count == 2)
            // A day before the start (14:00 on the 3rd): one reminder; the hour-before one later.
            let dayBefore = local("14:30", day: "2026-12-02")
            #expect(try await outbox.queueReminders(offsets: [1440, 60], now: dayBefore) == 2)
            #expect(try await outbox.queueReminders(offsets: [1440, 60], now: dayBefore.addingTimeInterval(600)) == 0)
            #expect(try await outbox.queueReminders(offsets: [1440, 60], now: local("13:05", day: "2026-12-03")) == 2)
            _ = try await scheduler.cancel(m.id, scope: .this, reason: "取消", by: f.office, expectedVersion: nil, now: storeNow)
            #expect(try await kinds().filter { $0 == "cancellation" }.count == 2)
        }
    }
}

extension People {
    func setEmail(_ id: UUID, _ email: String) async throws {
        try await store.write { db in
            try await db.raw("UPDATE people SET email = \(bind: email) WHERE id = \(bind: id)").run()
        }
    }
}

@Suite("Participant groups at the time of the notice")
struct GroupRefreshTests {
    @Test(
        "someone who joined a group after the list was taken is notified; someone removed is not re-added",
        arguments: TestDatabase.allCases)
    func refresh(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let m = try await MeetingScheduler(store: store, time: shanghai).createMeeting(
                MeetingDraft(
                    typeId: nil, title: "班务会", roomId: nil,
                    interval: Interval(start: local("16:00", day: "2026-12-04"), end: local("17:00", day: "2026-12-04")),
                    headcount: 5,
                    participants: [ParticipantSelector(kind: .role, value: "staff")]), by: f.office, now: storeNow)
            let book = Meetings(store: store)
            let staffRow = try #require(try await book.participants(of: m.id).first { $0.record.personId == f.staff.id })
            try await book.removeParticipant(staffRow.record.id, from: m.id, by: f.office, now: storeNow)
            let newcomer = try await People(store: store).createPerson(
                PersonRecord(
                    id: UUID(), username: "newcomer", displayName: "新同事", passwordHash: "x", role: Role.staff.rawValue,
                    position: nil,
                    email: nil, active: true, createdAt: storeNow, departmentId: nil))
            let batch = try await Notices(store: store).send(m.id, kind: .invitation, by: f.office, now: storeNow)
            #expect(batch.participants == 2)  // the organiser and the newcomer
            let list = try await book.participants(of: m.id)
            #expect(list.first { $0.record.personId == newcomer.id }?.record.source == "role:staff")
            #expect(list.first { $0.record.personId == f.staff.id }?.record.removed == true)
        }
    }

    @Test(
        "someone who became the type's host role after the list was taken joins as host, not attendee",
        arguments: TestDatabase.allCases)
    func newcomerWithHostRoleHosts(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let text = LocalizedText(zhHans: "部门会议", zhHant: "部門會議", en: "Department meeting")
            let type = try await MeetingTypes(store: store).create(
                MeetingTemplate(
                    code: "test.heads", clause: "A5", name: text, host: text, hostRole: .departmentHead,
                    participants: [ParticipantSelector(kind: .role, value: "department_head")], rule: nil, perPeriod: nil,
                    periodKind: nil, time: "09:00", durationMinutes: 60, adHoc: true, cadence: text, reportersInOrder: false,
                    agenda: []), defaultRoomId: nil, now: storeNow)
            // One head when the list is taken (the list's origins are its groups), one appointed after.
            _ = try await People(store: store).createPerson(
                PersonRecord(
                    id: UUID(), username: "oldhead", displayName: "老经理", passwordHash: "x", role: Role.departmentHead.rawValue,
                    position: nil, email: nil, active: true, createdAt: storeNow, departmentId: nil))
            let m = try await MeetingScheduler(store: store, time: shanghai).createMeeting(
                MeetingDraft(
                    typeId: type.id, title: "部门经理会", roomId: nil,
                    interval: Interval(start: local("09:00", day: "2026-12-07"), end: local("10:00", day: "2026-12-07")),
                    headcount: 5,
                    participants: [ParticipantSelector(kind: .role, value: "department_head")]), by: f.office, now: storeNow)
            let head = try await People(store: store).createPerson(
                PersonRecord(
                    id: UUID(), username: "newhead", displayName: "新经理", passwordHash: "x", role: Role.departmentHead.rawValue,
                    position: nil, email: nil, active: true, createdAt: storeNow, departmentId: nil))
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: f.office, now: storeNow)
            let row = try #require(
                try await Meetings(store: store).participants(of: m.id).first { $0.record.personId == head.id })
            #expect(row.record.role == .host)
            #expect(row.record.source == "role:department_head")
        }
    }
}
