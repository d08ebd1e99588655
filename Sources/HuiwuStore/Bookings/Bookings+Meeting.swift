import Foundation
import SQLKit

extension Bookings {
    /// The scheduled meeting whose room this booking holds, if any: such a booking is changed
    /// through its meeting, so its page links there instead of offering edit or cancel.
    public func meeting(holding bookingId: UUID) async throws -> UUID? {
        try await store.reader.raw(
            "SELECT id FROM meetings WHERE booking_id = \(bind: bookingId) AND status = 'scheduled'"
        ).first()?.decode(column: "id", as: UUID.self)
    }
}
