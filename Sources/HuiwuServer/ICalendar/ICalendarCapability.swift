import HuiwuCore
import HuiwuStore
import Vapor

/// ICalendar: calendar feeds and invitations (R2.4).
struct ICalendarCapability: Capability {
    var name: String { "ICalendar" }

    func routes(_ app: Application) throws {
        try app.register(collection: FeedsAPI())
        try app.register(collection: FeedDocument())
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var feeds: CalendarFeeds { CalendarFeeds(store: store) }
}
