import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Vapor

@testable import HuiwuServer

/// An organisation under one seed rulebook with one meeting of `count` extra people, organised and
/// chaired by the room office's clerk: the meeting's type names the room office as its host role
/// (as A5's routine meetings name the GM office), so the clerk is its chair (R5.4).
struct AttendanceWorld {
    var app: Application
    var f: Fixture
    var people: [PersonRecord]
    var meeting: UUID
    /// The type of the world's meetings (host role: the room office).
    var type: UUID
    /// Participant row of each person (and of the organiser).
    var participant: [UUID: UUID]

    var organiser: PersonRecord { f.office }

    static func make(
        _ app: Application, rulebook: String, count: Int, day: String = "2026-12-01", from: String = "10:00",
        to: String = "11:00", wage: Int? = nil
    ) async throws -> AttendanceWorld {
        let f = try await Fixture.make(app)
        _ = try await DemoRulebook.adopt(app, name: rulebook)
        let now = app.huiwu.clock.now()
        var people: [PersonRecord] = []
        for i in 0..<count {
            people.append(
                try await Fixture.person(
                    app, "p\(i)", "参会人\(i)", .staff, department: f.sales.id, passwordHash: f.staff.passwordHash, now: now))
        }
        if let wage {
            try await app.huiwu.store.write { db in
                try await db.raw("UPDATE people SET daily_wage_fen = \(bind: wage)").run()
            }
        }
        let type = try await app.huiwu.meetingTypes.create(Self.routine, defaultRoomId: nil, now: now).id
        let id = try await Fixture.meeting(
            app, as: f.tokens["office"],
            [
                "title": "例会", "typeId": type.uuidString, "roomId": f.big.id.uuidString, "startsAt": at(from, day: day),
                "endsAt": at(to, day: day), "headcount": min(count + 1, 30),
                "participants": people.map { ["kind": "person", "value": $0.id.uuidString] },
            ])
        var participant: [UUID: UUID] = [:]
        for p in try await app.huiwu.meetings.participants(of: id) {
            if let person = p.record.personId { participant[person] = p.record.id }
        }
        return AttendanceWorld(app: app, f: f, people: people, meeting: id, type: type, participant: participant)
    }

    /// A routine meeting chaired by the room office (its host role).
    static let routine = MeetingTemplate(
        code: "test.routine", clause: "A5", name: LocalizedText("例会"), host: LocalizedText("总经办"), hostRole: .roomOffice,
        participants: [], rule: nil, perPeriod: nil, periodKind: nil, time: "10:00", durationMinutes: 60, adHoc: true,
        cadence: LocalizedText("需要时"), reportersInOrder: false, agenda: [])

    /// Checks `person` in at `hhmm` on the meeting's day (the clock is set there first).
    func checkIn(_ person: PersonRecord, _ hhmm: String, clock: MutableClock, day: String = "2026-12-01") async throws {
        clock.set(try Timestamp.parse(at(hhmm, day: day)))
        _ = try await app.huiwu.attendance.checkIn(meeting: meeting, person: person.id, method: .qr, at: clock.now())
    }

    func checkOut(_ person: PersonRecord, _ hhmm: String, clock: MutableClock, day: String = "2026-12-01") async throws {
        clock.set(try Timestamp.parse(at(hhmm, day: day)))
        _ = try await app.huiwu.attendance.checkOut(meeting: meeting, person: person.id, at: clock.now())
    }

    func entries() async throws -> [PenaltyEntry] { try await app.huiwu.penalties.entries(ofMeeting: meeting) }

    /// Another meeting of the same people on `day`, the clerk's, in the same room.
    func meeting(on day: String, from: String = "10:00", to: String = "11:00") async throws -> UUID {
        try await Fixture.meeting(
            app, as: f.tokens["office"],
            [
                "title": "例会 \(day)", "typeId": type.uuidString, "roomId": f.big.id.uuidString, "startsAt": at(from, day: day),
                "endsAt": at(to, day: day),
                "headcount": min(people.count + 1, 30),
                "participants": people.map { ["kind": "person", "value": $0.id.uuidString] },
            ])
    }

    /// A person's participant row on `meeting`.
    func row(_ meeting: UUID, _ person: PersonRecord) async throws -> UUID {
        guard let p = try await app.huiwu.meetings.participants(of: meeting).first(where: { $0.record.personId == person.id })
        else { throw Abort(.notFound) }
        return p.record.id
    }
}
