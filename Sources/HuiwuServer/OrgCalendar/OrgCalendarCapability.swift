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

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var orgCalendar: OrganisationCalendar { OrganisationCalendar(store: store) }
}
