import Foundation
import HuiwuCore
import HuiwuStore

@testable import HuiwuServer

extension MatrixRows {
    /// One booking's page, its edit form and cancel question, the free-room finder and every
    /// room's week (R1.1, R2.1): anyone signed in reads (X1 decides what they see); only the
    /// booker or the room office changes a booking.
    static var bookingPages: [Row] {
        [
            Row("GET /bookings/:id", ok: .everyone) { w, _ in Call("/bookings/\(try await w.booking())") },
            Row("GET /bookings/:id/edit", ok: [.admin, .office, .owner]) { w, _ in
                Call("/bookings/\(try await w.booking())/edit")
            },
            Row("POST /bookings/:id/edit", ok: [.admin, .office, .owner]) { w, _ in
                let id = try await w.booking()
                let s = w.slot()
                return Call(
                    "/bookings/\(id)/edit",
                    form: [
                        "roomId": w.approvalRoom.id.uuidString, "date": s.day, "start": s.start, "end": s.end,
                        "purpose": "meeting", "headcount": "4", "title": "改过的预约",
                    ])
            },
            Row("GET /bookings/:id/:action", "cancel", ok: [.admin, .office, .owner]) { w, _ in
                Call("/bookings/\(try await w.booking())/cancel")
            },
            Row("GET /rooms/free", ok: .everyone) { _, _ in Call("/rooms/free?date=2026-12-02&start=10:00&end=11:00&capacity=2")
            },
            Row("GET /rooms/week", ok: .everyone) { _, _ in Call("/rooms/week?date=2026-12-02") },
            Row("GET /api/v1/free-rooms", ok: .everyone) { _, _ in
                Call("/api/v1/free-rooms?startsAt=2026-12-02T10:00:00%2B08:00&endsAt=2026-12-02T11:00:00%2B08:00&capacity=2")
            },
        ]
    }
}
