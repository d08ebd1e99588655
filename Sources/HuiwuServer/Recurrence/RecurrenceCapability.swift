import HuiwuCore
import HuiwuStore
import Vapor

/// Recurrence: recurrence rules and their preview (R2.2).
struct RecurrenceCapability: Capability {
    var name: String { "Recurrence" }

    func routes(_ app: Application) throws {
        try app.register(collection: RecurrenceAPI())
    }
}
