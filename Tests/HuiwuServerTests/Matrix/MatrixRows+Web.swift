import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport

@testable import HuiwuServer

extension MatrixRows {
    static let roomForm: [String: String] = [
        "capacity": "10", "roomClass": "ordinary", "opensAt": "08:00", "closesAt": "22:00", "minLeadMinutes": "0",
        "maxAdvanceDays": "90", "maxDurationMinutes": "480", "status": "available",
    ]

    /// Signing in and out, the grid, booking pages, the room office's pages, administration.
    static var web: [Row] {
        [
            Row("GET /", ok: .everyone) { _, _ in Call("/") },
            Row("GET /login", ok: public_) { _, _ in Call("/login") },
            Row("POST /login", ok: public_) { w, who in
                Call(
                    "/login",
                    form: [
                        "username": w.people[who == .anonymous ? .staff : who]!.username,
                        "password": Fixture.password, "_csrf": "matrix-login", "next": "/grid",
                    ],
                    cookies: [SessionPages.loginCsrfCookie: "matrix-login"])
            },
            Row("POST /logout", ok: public_, signsOut: true) { w, who in Call("/logout", session: try await w.spareSession(who))
            },
            Row("GET /lang/:code", ok: public_) { _, _ in Call("/lang/en?back=/grid") },
            Row("GET /grid", ok: .everyone) { _, _ in Call("/grid?date=2026-12-02") },
            Row("GET /rooms/:id/week", ok: .everyone) { w, _ in Call("/rooms/\(w.autoRoom.id)/week") },
            Row("GET /book", ok: exceptCleaning) { _, _ in Call("/book") },
            Row("POST /book", ok: exceptCleaning) { w, _ in
                let s = w.slot()
                return Call(
                    "/book",
                    form: [
                        "roomId": w.approvalRoom.id.uuidString, "date": s.day, "start": s.start, "end": s.end,
                        "purpose": "meeting", "headcount": "3", "title": "网页预约",
                    ])
            },
            Row("GET /my", ok: .everyone) { _, _ in Call("/my") },
            Row("POST /bookings/:id/:action", "cancel", ok: [.admin, .office, .owner]) { w, _ in
                Call("/bookings/\(try await w.booking())/cancel", form: [:])
            },
            Row("POST /bookings/:id/:action", "check-in", ok: [.admin, .office, .owner]) { w, _ in
                Call("/bookings/\(try await w.bookingNow())/check-in", form: [:])
            },
            Row("POST /bookings/:id/:action", "check-out", ok: [.admin, .office, .owner]) { w, _ in
                Call("/bookings/\(try await w.bookingNow(checkedIn: true))/check-out", form: [:])
            },
            Row("POST /bookings/:id/:action", "approve", ok: .managers) { w, _ in
                Call("/bookings/\(try await w.booking())/approve", form: [:])
            },
            Row("POST /bookings/:id/:action", "reject", ok: .managers) { w, _ in
                Call("/bookings/\(try await w.booking())/reject", form: ["reason": "另有安排"])
            },
            Row("GET /approvals", ok: .managers) { _, _ in Call("/approvals") },
            Row("GET /register", ok: registerReaders) { _, _ in Call("/register") },
            Row("GET /register.csv", ok: .managers) { _, _ in Call("/register.csv") },
            Row("GET /notifications", ok: .everyone) { _, _ in Call("/notifications") },
            Row("POST /notifications/read-all", ok: .everyone) { _, _ in Call("/notifications/read-all", form: [:]) },

            Row("GET /admin/rooms", ok: .managers) { _, _ in Call("/admin/rooms") },
            Row("GET /admin/rooms/new", ok: .managers) { _, _ in Call("/admin/rooms/new") },
            Row("POST /admin/rooms", ok: .managers) { w, _ in
                Call("/admin/rooms", form: roomForm.merging(["name": "网页新室\(w.unique())"]) { $1 })
            },
            Row("GET /admin/rooms/:id/edit", ok: .managers) { w, _ in Call("/admin/rooms/\(w.autoRoom.id)/edit") },
            Row("POST /admin/rooms/:id", ok: .managers) { w, _ in
                let room = try await w.room()
                return Call("/admin/rooms/\(room.id)", form: roomForm.merging(["name": room.name]) { $1 })
            },
            Row("GET /admin/departments", ok: [.admin]) { _, _ in Call("/admin/departments") },
            Row("POST /admin/departments", ok: [.admin]) { w, _ in Call("/admin/departments", form: ["name": "网页部\(w.unique())"])
            },
            Row("POST /admin/departments/:id/delete", ok: [.admin]) { w, _ in
                Call("/admin/departments/\(try await w.department())/delete", form: .confirmed)
            },
            Row("GET /admin/people", ok: [.admin]) { _, _ in Call("/admin/people") },
            Row("POST /admin/people", ok: [.admin]) { w, _ in
                Call(
                    "/admin/people",
                    form: [
                        "username": "web\(w.unique())", "password": Fixture.password, "displayName": "新人",
                        "role": "staff",
                    ])
            },
            Row("POST /admin/people/:id", ok: [.admin]) { w, _ in
                Call("/admin/people/\(try await w.person())", form: ["displayName": "改名", "role": "staff", "active": "1"])
            },
            Row("GET /admin/calendar", ok: [.admin]) { _, _ in Call("/admin/calendar") },
            Row("GET /admin/robots", ok: [.admin]) { _, _ in Call("/admin/robots") },
            Row("GET /rulebook", ok: .everyone) { _, _ in Call("/rulebook") },
            Row("GET /rulebook/versions/:version", ok: .everyone) { w, _ in
                Call("/rulebook/versions/\(try await w.rulebookVersion())")
            },
            Row("GET /admin/rulebook", ok: [.admin]) { _, _ in Call("/admin/rulebook") },
            Row("POST /admin/rulebook", ok: [.admin]) { w, _ in
                Call("/admin/rulebook", form: ["intent": "check", "source": w.nextRulebook()])
            },
            Row("POST /admin/robots", ok: [.admin]) { w, _ in
                Call(
                    "/admin/robots",
                    form: [
                        "name": "群\(w.unique())", "platform": "feishu",
                        "url": "https://open.feishu.cn/open-apis/bot/v2/hook/h\(w.unique())",
                        "owner": "department:" + (try await w.department()),
                    ])
            },
            Row("POST /admin/robots/:id/delete", ok: [.admin]) { w, _ in
                Call("/admin/robots/\(try await w.robot())/delete", form: .confirmed)
            },
            Row("POST /admin/calendar/import", ok: [.admin]) { _, _ in
                Call("/admin/calendar/import", form: ["format": "table", "content": "2027-02-05,holiday,春节"])
            },
            Row("POST /admin/calendar/days/:date/delete", ok: [.admin]) { w, _ in
                Call("/admin/calendar/days/\(try await w.calendarDay())/delete", form: .confirmed)
            },
            Row("POST /admin/calendar/periods", ok: [.admin]) { w, _ in
                Call(
                    "/admin/calendar/periods",
                    form: [
                        "name": "网页学期\(w.unique())", "kind": "custom", "starts": "2027-01-01",
                        "ends": "2027-01-02",
                    ])
            },
            Row("POST /admin/calendar/periods/:id/delete", ok: [.admin]) { w, _ in
                Call("/admin/calendar/periods/\(try await w.period())/delete", form: .confirmed)
            },
            Row("GET /meeting-types", ok: .everyone) { _, _ in Call("/meeting-types") },
            Row("POST /admin/meeting-types/templates", ok: [.admin]) { _, _ in Call("/admin/meeting-types/templates", form: [:])
            },
            Row("GET /admin/meeting-types/new", ok: [.admin]) { _, _ in Call("/admin/meeting-types/new") },
            Row("POST /admin/meeting-types/new", ok: [.admin]) { w, _ in
                Call(
                    "/admin/meeting-types/new",
                    form: [
                        "code": "m.w\(w.unique())", "nameZhHans": "网页类型", "time": "09:00",
                        "durationMinutes": "45", "active": "1",
                    ])
            },
            Row("GET /admin/meeting-types/:id", ok: [.admin]) { w, _ in
                Call("/admin/meeting-types/\(try await w.meetingType().id)")
            },
            Row("POST /admin/meeting-types/:id", ok: [.admin]) { w, _ in
                Call(
                    "/admin/meeting-types/\(try await w.meetingType().id)",
                    form: [
                        "code": "m.e\(w.unique())", "nameZhHans": "改类型", "time": "09:00", "durationMinutes": "45", "active": "1",
                    ])
            },
        ]
    }

    /// The meeting pages: the series editor, a meeting, its preparation and minutes, channels.
    static var meetingPages: [Row] {
        [
            Row("GET /meetings/new", ok: exceptCleaning) { _, _ in Call("/meetings/new") },
            Row("POST /meetings/new", ok: exceptCleaning) { w, _ in
                let s = w.slot()
                return Call(
                    "/meetings/new",
                    form: [
                        "action": "create", "freq": "ONCE", "title": "网页会议", "date": s.day,
                        "time": s.start, "durationMinutes": "30",
                    ])
            },
            Row("GET /meetings", ok: .everyone) { _, _ in Call("/meetings") },
            read("GET /meetings/series/:id") { w, _ in Call("/meetings/series/\(try await w.series())") },
            read("GET /meetings/:id") { w, _ in Call("/meetings/\(try await w.meeting())") },
            Row("GET /check-in/:id", ok: .everyone) { w, _ in
                let meeting = try await w.meetingNow()
                return Call("/check-in/\(meeting)?t=\(w.checkInToken(meeting))")
            },
            Row("POST /check-in/:id", ok: onTheList, forbidden: Set<Who>.everyone.subtracting(onTheList)) { w, _ in
                let meeting = try await w.meetingNow()
                return Call("/check-in/\(meeting)", form: ["t": w.checkInToken(meeting), "step": "check_in"])
            },
            manage("POST /meetings/:id/attendance/:participant") { w, _ in
                let meeting = try await w.meetingNow()
                return Call("/meetings/\(meeting)/attendance/\(try await w.participantRow(meeting))", form: ["mark": "check_in"])
            },
            manage("POST /meetings/:id/attendance/:participant/correction") { w, _ in
                let meeting = try await w.meetingClosed()
                return Call(
                    "/meetings/\(meeting)/attendance/\(try await w.participantRow(meeting))/correction",
                    form: ["outcome": "on_time", "reason": "签到机故障"])
            },
            Row(
                "POST /meetings/:id/offences", ok: [.head], forbidden: [.admin, .office, .participant, .organiser],
                otherwise: .notFound
            ) {
                w, _ in
                let meeting = try await w.chairedMeetingNow()
                return Call(
                    "/meetings/\(meeting)/offences",
                    form: ["clauseId": "A5-9-disturb", "participantId": try await w.participantRow(meeting), "reason": "扰乱秩序"])
            },
            Row(
                "POST /meetings/:id/chair", ok: [.head], forbidden: [.admin, .office, .participant, .organiser],
                otherwise: .notFound
            ) {
                w, _ in
                Call("/meetings/\(try await w.chairedMeetingNow())/chair", form: ["personId": w.id(.participant)])
            },
            Row("POST /meetings/:id/leave", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) { w, _ in
                Call("/meetings/\(try await w.meeting())/leave", form: ["reason": "外出"])
            },
            Row("POST /meetings/:id/delegation", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) { w, who in
                _ = try await w.rulebookVersion()
                return Call(
                    "/meetings/\(try await w.meeting())/delegation",
                    form: ["delegateId": try await w.colleague(of: who), "reason": "出差"])
            },
            Row("POST /leave/:id/:step", ok: [.participant], otherwise: .notFound) { w, _ in
                Call("/leave/\(try await w.leaveRequest().leave)/withdraw", form: .confirmed)
            },
            Row("GET /requests", ok: .everyone) { _, _ in Call("/requests") },
            Row(
                "POST /approvals/:id/:decision", ok: [.organiser], forbidden: [.participant, .admin, .office],
                otherwise: .notFound
            ) {
                w, _ in
                Call("/approvals/\(try await w.leaveRequest().approval ?? "")/approve", form: [:])
            },
            Row("GET /penalties", ok: .everyone) { _, _ in Call("/penalties") },
            Row("GET /reports/cadence", ok: [.admin, .office, .head]) { _, _ in Call("/reports/cadence") },
            Row("POST /penalties/:id/:step", ok: [.owner], forbidden: [.admin, .office], otherwise: .notFound) { w, _ in
                Call("/penalties/\(try await w.penalty())/appeal", form: ["reason": "有异议"])
            },
            Row("POST /penalties/:id/:step", "waiving one's own fine", ok: [.admin], forbidden: [.office], otherwise: .notFound) {
                w, _ in
                Call("/penalties/\(try await w.officeFine())/waive", form: ["reason": "免除", "confirmed": "yes"])
            },
            Row("GET /rooms/:id/kiosk", ok: public_) { w, _ in
                let generation = try await w.app.huiwu.rooms.kioskKey(of: w.autoRoom.id)?.generation ?? 0
                return Call(KioskPage.href(for: w.autoRoom.id, generation: generation, box: w.app.huiwu.secrets))
            },
            Row("POST /rooms/:id/kiosk/rotate", ok: .managers) { w, _ in
                Call("/rooms/\(try await w.room().id)/kiosk/rotate", form: .confirmed)
            },
            manage("POST /meetings/:id/edit") { w, _ in Call("/meetings/\(try await w.meeting())/edit", form: ["title": "新标题"]) },
            manage("POST /meetings/:id/cancel") { w, _ in Call("/meetings/\(try await w.meeting())/cancel", form: .confirmed) },
            manage("POST /meetings/:id/participants") { w, _ in
                Call("/meetings/\(try await w.meeting())/participants", form: ["guests": "王老师 <wang@example.org>"])
            },
            manage("POST /meetings/:id/participants/:participant/remove") { w, _ in
                let meeting = try await w.meeting()
                return Call("/meetings/\(meeting)/participants/\(try await w.guestRow(meeting))/remove", form: .confirmed)
            },
            manage("POST /meetings/:id/notices") { w, _ in Call("/meetings/\(try await w.meeting())/notices", form: [:]) },
            manage("POST /meetings/:id/agenda") { w, _ in
                Call("/meetings/\(try await w.meeting())/agenda", form: ["agenda": "议题 | 15"])
            },
            Row("POST /meetings/:id/checklist/:item/toggle", ok: .meetingReaders, otherwise: .notFound) { w, _ in
                let meeting = try await w.meeting()
                return Call("/meetings/\(meeting)/checklist/\(try await w.checklistItem(meeting))/toggle", form: [:])
            },
            manage("POST /meetings/:id/materials") { w, _ in
                Call("/meetings/\(try await w.meeting())/materials", multipart: ("议程.pdf", MatrixWorld.pdf))
            },
            read("GET /meetings/:id/materials/:material") { w, _ in
                let meeting = try await w.meeting()
                return Call("/meetings/\(meeting)/materials/\(try await w.material(meeting))")
            },
            manage("POST /meetings/:id/minutes") { w, _ in
                Call("/meetings/\(try await w.meeting())/minutes", form: ["body": "纪要", "decisions": "决定"])
            },
            manage("POST /meetings/:id/minutes/publish") { w, _ in
                Call("/meetings/\(try await w.savedMinutes(try await w.meeting()))/minutes/publish", form: [:])
            },
            read("GET /meetings/:id/minutes/print") { w, _ in Call("/meetings/\(try await w.meeting())/minutes/print") },
            manage("POST /meetings/:id/actions") { w, _ in
                Call(
                    "/meetings/\(try await w.meeting())/actions",
                    form: [
                        "title": "跟进", "ownerId": w.id(.participant),
                        "dueOn": "2026-12-20",
                    ])
            },
            Row(
                "POST /actions/:id/status", ok: [.admin, .office, .organiser, .owner], forbidden: [.participant],
                otherwise: .notFound
            ) { w, _ in
                Call("/actions/\(try await w.action(try await w.meeting()))/status", form: ["status": "done"])
            },
            Row("GET /me/channels", ok: .everyone) { _, _ in Call("/me/channels") },
            Row("POST /me/feeds", ok: .everyone) { _, _ in Call("/me/feeds", form: [:]) },
            Row("POST /me/feeds/:id/revoke", ok: [.owner], otherwise: .notFound) { w, _ in
                Call("/me/feeds/\(try await w.feed(of: .owner).id)/revoke", form: .confirmed)
            },
            Row("POST /me/webhook", ok: .everyone) { _, _ in
                Call("/me/webhook", form: ["webhookUrl": "", "webhookFormat": "generic"])
            },
        ]
    }
}
