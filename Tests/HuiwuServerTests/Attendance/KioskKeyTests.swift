import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Rotating a room's kiosk key (X1): the room office does it from the room's week page or the
/// API; afterwards the old address is refused as a wrong key is, and the new one works.
@Suite("Room kiosk key rotation")
struct KioskKeyTests {
    /// The kiosk address the week page links (`id="room-kiosk"`).
    static func kioskHref(_ html: String) -> String? {
        guard let button = html.range(of: "id=\"room-kiosk\"") else { return nil }
        let before = html[..<button.lowerBound]
        guard let href = before.range(of: "href=\"", options: .backwards) else { return nil }
        return String(before[href.upperBound...].prefix { $0 != "\"" })
    }

    @Test(
        "the room office rotates the key on the week page: the old kiosk address is refused, the new one opens, the page says who and when",
        arguments: TestDatabase.allCases)
    func rotateOnTheWeekPage(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let office = try await PageClient.signIn(app, "office")
            let week = try await office.page("/rooms/\(f.big.id)/week")
            let old = try #require(Self.kioskHref(week))
            #expect(
                old == KioskPage.href(for: f.big.id, generation: 0, box: app.huiwu.secrets), "every room starts with its old key")
            #expect(week.contains("id=\"kiosk-rotate\"") && !week.contains("id=\"kiosk-rotated\""))
            #expect(try await app.send(.GET, old, as: nil).status == .ok)

            let rotated = try await office.post("/rooms/\(f.big.id)/kiosk/rotate", ["_csrf": office.csrf, "confirmed": "yes"])
            #expect(rotated.status == .seeOther)
            #expect(rotated.location == "/rooms/\(f.big.id)/week?done=kiosk_rotated")
            let refused = try await app.send(.GET, old, as: nil)
            #expect(refused.status == .forbidden && refused.body.string.contains("签到屏地址无效"))
            let after = try await office.page("/rooms/\(f.big.id)/week?done=kiosk_rotated")
            #expect(after.contains("签到屏地址已更换"))
            #expect(after.contains("id=\"kiosk-rotated\"") && after.contains("王芳"))
            let new = try #require(Self.kioskHref(after))
            #expect(new != old)
            #expect(try await app.send(.GET, new, as: nil).status == .ok)
            // Another room's kiosk is untouched.
            let other = KioskPage.href(for: f.small.id, generation: 0, box: app.huiwu.secrets)
            #expect(try await app.send(.GET, other, as: nil).status == .ok)
        }
    }

    @Test("staff see neither the kiosk address nor the form, and cannot rotate; a form without its token is refused")
    func onlyTheRoomOfficeRotates() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let staff = try await PageClient.signIn(app, "staff")
            let week = try await staff.page("/rooms/\(f.big.id)/week")
            #expect(Self.kioskHref(week) == nil && !week.contains("id=\"kiosk-rotate\""))
            let refused = try await staff.post("/rooms/\(f.big.id)/kiosk/rotate", ["_csrf": staff.csrf])
            #expect(refused.status == .forbidden)
            let office = try await PageClient.signIn(app, "office")
            let forged = try await office.post("/rooms/\(f.big.id)/kiosk/rotate", [:])
            #expect(forged.status == .forbidden)
            #expect(try await app.huiwu.rooms.kioskKey(of: f.big.id)?.generation == 0)
        }
    }

    @Test(
        "the API gives the room office the kiosk address and rotates it; the old address stops working, an unknown room is 404",
        arguments: TestDatabase.allCases)
    func rotateThroughTheAPI(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let office = f.tokens["office"]
            let current = try await app.send(.GET, "/api/v1/rooms/\(f.big.id)/kiosk-key", as: office)
            #expect(current.status == .ok && current.json["generation"] as? Int == 0 && current.json["rotatedAt"] == nil)
            let oldURL = try #require(current.json["url"] as? String)
            let oldPath = String(oldURL[try #require(oldURL.range(of: "/rooms/")).lowerBound...])
            #expect(try await app.send(.GET, oldPath, as: nil).status == .ok)
            let rotated = try await app.send(.POST, "/api/v1/rooms/\(f.big.id)/kiosk-key", as: office)
            #expect(rotated.status == .ok && rotated.json["generation"] as? Int == 1)
            #expect(rotated.json["rotatedBy"] as? String == f.office.id.uuidString && rotated.json["rotatedAt"] is String)
            let newURL = try #require(rotated.json["url"] as? String)
            let newPath = String(newURL[try #require(newURL.range(of: "/rooms/")).lowerBound...])
            #expect(newPath != oldPath)
            #expect(try await app.send(.GET, oldPath, as: nil).status == .forbidden)
            #expect(try await app.send(.GET, newPath, as: nil).status == .ok)
            #expect(try await app.send(.POST, "/api/v1/rooms/\(f.big.id)/kiosk-key", as: f.tokens["staff"]).status == .forbidden)
            #expect(try await app.send(.POST, "/api/v1/rooms/\(UUID())/kiosk-key", as: office).status == .notFound)
        }
    }
}
