import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport

@testable import HuiwuServer

/// The matrix's table (X1), by area. `ok` callers get 2xx/3xx; `forbidden` 403; everyone
/// else `otherwise`; nobody signed in 401 (the API) or the log-in page (the web) unless listed.
enum MatrixRows {}

extension MatrixRows {
    static let exceptCleaning: Set<Who> = Set<Who>.everyone.subtracting([.cleaning])
    static let registerReaders: Set<Who> = [.admin, .office, .info, .cleaning]
    static let public_: Set<Who> = Set(Who.allCases)

    /// Account, rooms, bookings, directory, calendar, meeting types.
    static var api: [Row] {
        [
            Row("GET /healthz", ok: public_) { _, _ in Call("/healthz") },
            Row("GET /openapi.json", ok: public_) { _, _ in Call("/openapi.json") },
            Row("POST /api/v1/auth/token", ok: public_) { w, who in
                Call(
                    "/api/v1/auth/token",
                    json: [
                        "username": w.people[who == .anonymous ? .staff : who]!.username,
                        "password": Fixture.password,
                    ])
            },
            Row("DELETE /api/v1/auth/token", ok: .everyone) { w, who in
                Call("/api/v1/auth/token", token: try await w.spareToken(who))
            },
            Row("GET /api/v1/me", ok: .everyone) { _, _ in Call("/api/v1/me") },
            Row("GET /api/v1/me/channels", ok: .everyone) { _, _ in Call("/api/v1/me/channels") },
            Row("PUT /api/v1/me/channels", ok: .everyone) { _, _ in Call("/api/v1/me/channels", json: [:]) },
            Row("GET /api/v1/outbox", ok: .managers) { _, _ in Call("/api/v1/outbox") },
            Row("GET /api/v1/robots", ok: [.admin]) { _, _ in Call("/api/v1/robots") },
            Row("POST /api/v1/robots", ok: [.admin]) { w, _ in
                Call(
                    "/api/v1/robots",
                    json: [
                        "name": "群\(w.unique())", "platform": "wecom",
                        "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k\(w.unique())", "scope": "department",
                        "scopeId": try await w.department(),
                    ])
            },
            Row("PATCH /api/v1/robots/:id", ok: [.admin]) { w, _ in
                Call("/api/v1/robots/\(try await w.robot())", json: ["name": "改群\(w.unique())"])
            },
            Row("DELETE /api/v1/robots/:id", ok: [.admin]) { w, _ in Call("/api/v1/robots/\(try await w.robot())") },
            Row("GET /api/v1/rulebook", ok: .everyone) { w, _ in
                _ = try await w.rulebookVersion()
                return Call("/api/v1/rulebook")
            },
            Row("GET /api/v1/rulebook/versions", ok: .everyone) { _, _ in Call("/api/v1/rulebook/versions") },
            Row("POST /api/v1/rulebook/versions", ok: [.admin]) { w, _ in
                Call("/api/v1/rulebook/versions", json: ["source": w.nextRulebook()])
            },
            Row("GET /api/v1/rulebook/versions/:version", ok: .everyone) { w, _ in
                Call("/api/v1/rulebook/versions/\(try await w.rulebookVersion())")
            },
            Row("POST /api/v1/rulebook/check", ok: [.admin]) { w, _ in
                Call("/api/v1/rulebook/check", json: ["source": w.nextRulebook()])
            },
            Row("POST /api/v1/rulebook/dry-run", ok: [.admin]) { w, _ in
                Call("/api/v1/rulebook/dry-run", json: ["source": w.nextRulebook()])
            },
            Row("GET /api/v1/rulebook/templates", ok: .everyone) { _, _ in Call("/api/v1/rulebook/templates") },
            Row("GET /api/v1/purposes", ok: .everyone) { _, _ in Call("/api/v1/purposes") },
            Row("GET /api/v1/notifications", ok: .everyone) { _, _ in Call("/api/v1/notifications") },
            Row("POST /api/v1/notifications/:id/read", ok: [.owner], otherwise: .notFound) { w, _ in
                Call("/api/v1/notifications/\(try await w.notification())/read")
            },
            Row("GET /api/v1/register", ok: registerReaders) { _, _ in Call("/api/v1/register") },
            Row("GET /api/v1/register", "csv", ok: .managers) { _, _ in Call("/api/v1/register?format=csv") },
            Row("GET /api/v1/grid", ok: .everyone) { _, _ in Call("/api/v1/grid?date=2026-12-02") },

            Row("GET /api/v1/rooms", ok: .everyone) { _, _ in Call("/api/v1/rooms") },
            Row("POST /api/v1/rooms", ok: .managers) { w, _ in
                Call("/api/v1/rooms", json: ["name": "新室\(w.unique())", "capacity": 10])
            },
            Row("GET /api/v1/rooms/:id", ok: .everyone) { w, _ in Call("/api/v1/rooms/\(w.autoRoom.id)") },
            Row("PUT /api/v1/rooms/:id", ok: .managers) { w, _ in
                let room = try await w.room()
                return Call("/api/v1/rooms/\(room.id)", json: ["name": room.name, "capacity": 12])
            },
            Row("DELETE /api/v1/rooms/:id", ok: .managers) { w, _ in Call("/api/v1/rooms/\(try await w.room().id)") },
            Row("GET /api/v1/rooms/:id/kiosk-key", ok: .managers) { w, _ in Call("/api/v1/rooms/\(w.autoRoom.id)/kiosk-key") },
            Row("POST /api/v1/rooms/:id/kiosk-key", ok: .managers) { w, _ in
                Call("/api/v1/rooms/\(try await w.room().id)/kiosk-key")
            },

            Row("GET /api/v1/bookings", ok: .everyone) { _, _ in Call("/api/v1/bookings") },
            Row("POST /api/v1/bookings", ok: exceptCleaning) { w, _ in
                let s = w.slot()
                return Call(
                    "/api/v1/bookings",
                    json: [
                        "roomId": w.approvalRoom.id.uuidString, "startsAt": MatrixWorld.instant(s.day, s.start),
                        "endsAt": MatrixWorld.instant(s.day, s.end), "purpose": "meeting", "headcount": 3,
                    ])
            },
            Row("GET /api/v1/bookings/:id", ok: .everyone) { w, _ in Call("/api/v1/bookings/\(try await w.booking())") },
            Row("PATCH /api/v1/bookings/:id", ok: [.admin, .office, .owner]) { w, _ in
                Call("/api/v1/bookings/\(try await w.booking())", json: ["title": "改名"])
            },
            // A meeting's booking moves with its meeting: refused to strangers first, then to all.
            Row(
                "PATCH /api/v1/bookings/:id", "a meeting's", ok: [],
                special: [.admin: .conflict, .office: .conflict, .organiser: .conflict]
            ) { w, _ in
                Call("/api/v1/bookings/\(try await w.meetingBooking())", json: ["title": "改名"])
            },
            Row("GET /api/v1/bookings/:id/history", ok: [.admin, .office, .info, .cleaning, .head, .owner]) { w, _ in
                Call("/api/v1/bookings/\(try await w.booking())/history")
            },
            Row("POST /api/v1/bookings/:id/approve", ok: .managers) { w, _ in
                Call("/api/v1/bookings/\(try await w.booking())/approve", json: [:])
            },
            Row("POST /api/v1/bookings/:id/reject", ok: .managers) { w, _ in
                Call("/api/v1/bookings/\(try await w.booking())/reject", json: ["reason": "另有安排"])
            },
            Row("POST /api/v1/bookings/:id/cancel", ok: [.admin, .office, .owner]) { w, _ in
                Call("/api/v1/bookings/\(try await w.booking())/cancel", json: [:])
            },
            Row(
                "POST /api/v1/bookings/:id/cancel", "a meeting's", ok: [],
                special: [.admin: .conflict, .office: .conflict, .organiser: .conflict]
            ) { w, _ in
                Call("/api/v1/bookings/\(try await w.meetingBooking())/cancel", json: [:])
            },
            Row("POST /api/v1/bookings/:id/check-in", ok: [.admin, .office, .owner]) { w, _ in
                Call("/api/v1/bookings/\(try await w.bookingNow())/check-in", json: [:])
            },
            Row("POST /api/v1/bookings/:id/check-out", ok: [.admin, .office, .owner]) { w, _ in
                Call("/api/v1/bookings/\(try await w.bookingNow(checkedIn: true))/check-out", json: [:])
            },

            Row("GET /api/v1/departments", ok: .everyone) { _, _ in Call("/api/v1/departments") },
            Row("POST /api/v1/departments", ok: [.admin]) { w, _ in Call("/api/v1/departments", json: ["name": "部\(w.unique())"])
            },
            Row("PUT /api/v1/departments/:id", ok: [.admin]) { w, _ in
                Call("/api/v1/departments/\(try await w.department())", json: ["name": "改部\(w.unique())"])
            },
            Row("DELETE /api/v1/departments/:id", ok: [.admin]) { w, _ in Call("/api/v1/departments/\(try await w.department())")
            },
            Row("GET /api/v1/people", ok: .everyone) { _, _ in Call("/api/v1/people") },
            Row("POST /api/v1/people", ok: [.admin]) { w, _ in
                Call(
                    "/api/v1/people",
                    json: [
                        "username": "new\(w.unique())", "password": Fixture.password,
                        "displayName": "新人", "role": "staff",
                    ])
            },
            Row("GET /api/v1/people/:id", ok: .everyone) { w, _ in Call("/api/v1/people/\(w.id(.owner))") },
            Row("PUT /api/v1/people/:id", ok: [.admin]) { w, _ in
                Call("/api/v1/people/\(try await w.person())", json: ["displayName": "改名", "role": "staff"])
            },

            Row("POST /api/v1/recurrence/preview", ok: .everyone) { _, _ in
                Call("/api/v1/recurrence/preview", json: ["rule": "FREQ=WEEKLY;BYDAY=MO", "start": "2026-12-07T09:00:00"])
            },
            Row("GET /api/v1/calendar", ok: .everyone) { _, _ in Call("/api/v1/calendar") },
            Row("POST /api/v1/calendar/import", ok: [.admin]) { _, _ in
                Call("/api/v1/calendar/import", json: ["format": "table", "content": "2027-02-05,holiday,春节"])
            },
            Row("DELETE /api/v1/calendar/days/:date", ok: [.admin]) { w, _ in
                Call("/api/v1/calendar/days/\(try await w.calendarDay())")
            },
            Row("GET /api/v1/calendar/periods", ok: .everyone) { _, _ in Call("/api/v1/calendar/periods") },
            Row("POST /api/v1/calendar/periods", ok: [.admin]) { w, _ in
                Call(
                    "/api/v1/calendar/periods",
                    json: [
                        "name": "学期\(w.unique())", "kind": "custom", "starts": "2027-01-01",
                        "ends": "2027-01-02",
                    ])
            },
            Row("DELETE /api/v1/calendar/periods/:id", ok: [.admin]) { w, _ in
                Call("/api/v1/calendar/periods/\(try await w.period())")
            },

            Row("GET /api/v1/meeting-types", ok: .everyone) { _, _ in Call("/api/v1/meeting-types") },
            Row("POST /api/v1/meeting-types", ok: [.admin]) { w, _ in
                Call("/api/v1/meeting-types", json: ["template": MatrixWorld.template("m.n\(w.unique())")])
            },
            Row("POST /api/v1/meeting-types/templates", ok: [.admin]) { _, _ in Call("/api/v1/meeting-types/templates") },
            Row("GET /api/v1/meeting-types/:id", ok: .everyone) { w, _ in
                Call("/api/v1/meeting-types/\(try await w.meetingType().id)")
            },
            Row("PUT /api/v1/meeting-types/:id", ok: [.admin]) { w, _ in
                let type = try await w.meetingType()
                return Call(
                    "/api/v1/meeting-types/\(type.id)",
                    json: [
                        "template": MatrixWorld.template("m.u\(w.unique())"),
                        "active": true,
                    ])
            },
        ]
    }
}
