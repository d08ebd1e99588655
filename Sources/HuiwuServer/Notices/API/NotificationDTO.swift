import HuiwuCore
import HuiwuStore
import Vapor

struct NotificationDTO: Content, Equatable {
    var id: UUID
    var kind: String
    var bookingId: UUID?
    /// The meeting a meeting notice is about.
    var meetingId: UUID?
    var message: String
    var createdAt: String
    var read: Bool
}
