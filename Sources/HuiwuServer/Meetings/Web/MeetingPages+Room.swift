import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

extension MeetingPages {
    /// The meeting's room, or — when a no-show released it (A1 §4) — which room went, when, and
    /// under which clause, where the room was.
    static func roomText(_ view: MeetingView, rooms: [RoomRecord], req: Request) async throws -> String {
        if let name = view.roomName { return name }
        guard let released = try await req.huiwu.attendance.release(of: view.meeting.id) else { return req.t("ui_no_room") }
        let clause = try await Citations(req).clause(released.citation)
        return req.t(
            "ui_room_released_no_show",
            [
                "room": rooms.first { $0.id == released.room }?.name ?? "", "time": req.huiwu.time.clock(released.at),
                "clause": clause?.shownWords(req) ?? "",
            ])
    }
}
