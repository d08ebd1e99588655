import Foundation
import HuiwuCore
import HuiwuStore

@testable import HuiwuServer

extension MatrixRows {
    /// Bookings several at a time through the API (R1.1, R2.2, X1): approving several is the room
    /// office's, as approving one is; a repeated booking is anyone's who may book.
    static var bookingBatch: [Row] {
        [
            Row("POST /api/v1/bookings/approve", ok: .managers) { w, _ in
                Call("/api/v1/bookings/approve", json: ["items": [["id": try await w.booking()]]])
            },
            Row("POST /api/v1/bookings", "repeated weekly", ok: exceptCleaning) { w, _ in
                // A room of its own: the repeat's later week must not take a slot another row's booking needs.
                let room = try await w.room()
                let s = w.slot()
                return Call(
                    "/api/v1/bookings",
                    json: [
                        "roomId": room.id.uuidString, "startsAt": MatrixWorld.instant(s.day, s.start),
                        "endsAt": MatrixWorld.instant(s.day, s.end), "purpose": "meeting", "headcount": 3,
                        "repeat": ["every": "weekly", "count": 2] as [String: any Sendable],
                    ])
            },
        ]
    }
}
