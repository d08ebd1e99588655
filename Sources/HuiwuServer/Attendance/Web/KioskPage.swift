import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// A room's kiosk (R5.6, R1.3): a full-screen page on a device by the door showing the meeting in
/// the room now and the next one, with the current meeting's check-in QR code while check-in is
/// open. The device signs in as nobody: its address carries the room's kiosk key, which the
/// room office takes from the room page; the QR it shows is a fresh short-lived link each minute.
/// The key is the installation's signature of the room and its key generation: the room office
/// rotates it (`KioskKeyRotation`) when an address got out, and the old one stops working.
struct KioskPage: RouteCollection {
    static let purpose = "kiosk"

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.roomKiosk(.key), use: show)
        routes.post(SiteURL.roomKioskRotate(.key), use: KioskKeyRotation.rotate)
    }

    /// What is signed: the room alone for generation 0 (the key every room had before keys
    /// could rotate, so kiosks already set up keep working), the room and the generation after.
    static func message(_ room: UUID, generation: Int) -> String {
        generation == 0 ? room.uuidString.lowercased() : room.uuidString.lowercased() + "." + String(generation)
    }

    static func key(for room: UUID, generation: Int, box: SecretBox) -> String {
        box.signature(of: message(room, generation: generation), purpose: purpose)
    }

    static func href(for room: UUID, generation: Int, box: SecretBox) -> String {
        SiteURL.roomKiosk(.value(room)).href(["k": key(for: room, generation: generation, box: box)])
    }

    struct Slot: Encodable {
        var title: String
        var time: String
        var organiser: String
        var counts: String?
    }

    struct KioskView: Encodable {
        var room: String
        var clock: String
        var current: Slot?
        /// What is true of the current meeting: under way, or check-in open before its start (R5.x).
        var currentLabel: String?
        var next: Slot?
        var qr: String?
        var checkInURL: String?
        var refreshSeconds = 30
    }

    func show(req: Request) async throws -> Response {
        let roomId = try req.idParameter()
        let box = req.huiwu.secrets
        // A key of an earlier generation is refused as any wrong key is.
        let generation = try await req.huiwu.rooms.kioskKey(of: roomId)?.generation ?? 0
        guard let k = req.query[String.self, at: "k"],
            box.verify(k, of: Self.message(roomId, generation: generation), purpose: Self.purpose)
        else { throw ProblemError(.forbidden, "attendance.kiosk_key") }
        guard let room = try await req.huiwu.rooms.room(roomId) else { throw ProblemError(.notFound, "not_found") }
        let now = req.now, time = req.huiwu.time
        let span = Interval(start: now.addingTimeInterval(-12 * 3600), end: now.addingTimeInterval(24 * 3600))
        let meetings = try await req.huiwu.meetings.meetings(in: span, room: roomId)
            .filter { $0.meeting.status == .scheduled }
        var current: (MeetingView, AttendanceJudgement.Window)?
        var next: MeetingView?
        for v in meetings {
            let window = try await req.huiwu.attendance.window(for: v.meeting)
            if current == nil, now >= window.opens, now < v.meeting.endsAt {
                current = (v, window)
            } else if v.meeting.startsAt > now, next == nil {
                next = v
            }
        }
        func slot(_ v: MeetingView, counts: String?) -> Slot {
            Slot(
                title: v.meeting.title, time: "\(time.clock(v.meeting.startsAt))–\(time.clock(v.meeting.endsAt))",
                organiser: v.organiserName, counts: counts)
        }
        var view = KioskView(room: room.room.name, clock: time.clock(now), current: nil, next: next.map { slot($0, counts: nil) })
        if let (v, window) = current {
            let lines = try await req.huiwu.attendance.roster(v.meeting.id)
            let present = lines.filter { $0.record?.checkedInAt != nil }.count
            view.current = slot(
                v, counts: req.t("ui_attendance_counts", ["present": String(present), "total": String(lines.count)]))
            view.currentLabel =
                now < v.meeting.startsAt
                ? req.t("ui_kiosk_check_in_open", ["time": time.clock(v.meeting.startsAt)]) : req.t("ui_kiosk_now")
            if now < window.closes, !(try await req.huiwu.attendance.isClosed(v.meeting.id)) {
                let url = CheckInLinks.url(
                    v.meeting.id, token: CheckInToken.make(for: v.meeting.id, now: now, box: box), req: req)
                view.checkInURL = url
                view.qr = QRCode.svg(url, pixelsPerModule: 10)
            }
        }
        return try await req.page("kiosk", title: room.room.name, section: "kiosk", view)
    }
}
