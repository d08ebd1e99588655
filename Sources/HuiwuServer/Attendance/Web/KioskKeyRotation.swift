import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Rotating a room's kiosk key (X1): the room office or an admin, from the room's week page or
/// the API, gives the room a new kiosk address when the old one got out; the old address is
/// then refused as any wrong key is, on every instance at once (the key's generation is stored).
enum KioskKeyRotation {
    /// `POST /rooms/{id}/kiosk/rotate` (the week page's form): back to the week, the new address
    /// on its button.
    static func rotate(req: Request) async throws -> Response {
        let actor = try req.webRequire(.manageRooms)
        let room = try req.idParameter()
        guard let detail = try await req.huiwu.rooms.room(room) else { throw StoreError.notFound }
        // Asks first (`ConfirmFirst`): the tablet on the door stops working until it is given the new address.
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_kiosk_rotate", ["room": detail.room.name]),
            detail: req.t("ui_confirm_kiosk_rotate_detail"), confirm: req.t("ui_kiosk_rotate"),
            back: SiteURL.roomWeek(.value(room)).path)
        {
            return ask
        }
        _ = try await req.huiwu.rooms.rotateKioskKey(of: room, by: actor.id, now: req.now)
        return req.redirect(to: SiteURL.roomWeek(.value(room)), ["done": "kiosk_rotated"])
    }

    /// The kiosk address to give a device: absolute, on `HUIWU_PUBLIC_URL` when set.
    static func url(_ state: KioskKeyState, req: Request) -> String {
        let base = req.huiwu.noticeSettings.publicURL ?? ("http://" + (req.headers.first(name: .host) ?? "localhost"))
        return base + KioskPage.href(for: state.roomId, generation: state.generation, box: req.huiwu.secrets)
    }

    /// What the week page says of the key: when, and by whom, it was last rotated.
    static func rotatedLine(_ state: KioskKeyState, req: Request) -> String? {
        guard let at = state.rotatedAt else { return nil }
        let time = req.huiwu.time
        return req.t(
            "ui_kiosk_rotated_at", ["time": "\(time.date(of: at)) \(time.clock(at))", "name": state.rotatedByName ?? "—"])
    }
}

extension RoomsAPI {
    /// A room's kiosk key as the API shows it to the room office.
    struct KioskKeyDTO: Content {
        var roomId: String
        var generation: Int
        var url: String
        var rotatedAt: String?
        var rotatedBy: String?

        init(_ s: KioskKeyState, req: Request) {
            roomId = s.roomId.uuidString
            generation = s.generation
            url = KioskKeyRotation.url(s, req: req)
            rotatedAt = s.rotatedAt.map(req.huiwu.time.format)
            rotatedBy = s.rotatedBy?.uuidString
        }
    }

    /// `GET /api/v1/rooms/{id}/kiosk-key` (room office, admin): the room's kiosk address now.
    func kioskKey(req: Request) async throws -> KioskKeyDTO {
        _ = try req.require(.manageRooms)
        guard let state = try await req.huiwu.rooms.kioskKey(of: try req.idParameter()) else { throw StoreError.notFound }
        return KioskKeyDTO(state, req: req)
    }

    /// `POST /api/v1/rooms/{id}/kiosk-key` (room office, admin): a new kiosk address; the old
    /// one stops working.
    func rotateKioskKey(req: Request) async throws -> KioskKeyDTO {
        let actor = try req.require(.manageRooms)
        let state = try await req.huiwu.rooms.rotateKioskKey(of: try req.idParameter(), by: actor.id, now: req.now)
        return KioskKeyDTO(state, req: req)
    }
}
