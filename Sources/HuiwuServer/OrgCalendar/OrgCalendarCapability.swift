import HuiwuCore
import HuiwuStore
import Vapor

/// OrgCalendar: the organisation's working days, holidays and periods (R2.2).
struct OrgCalendarCapability: Capability {
    var name: String { "OrgCalendar" }

    func routes(_ app: Application) throws {
        try app.register(collection: CalendarAPI())
        try app.register(collection: AdminCalendarPages())
    }
}
