import HuiwuCore
import HuiwuStore
import Vapor

/// Server-rendered pages (Leaf), zh-Hans by default, zh-Hant and en from the same catalogs.
enum WebRoutes {
    static func register(_ app: Application) throws {
        try app.register(collection: SessionPages())
        try app.register(collection: GridPages())
        try app.register(collection: BookingPages())
        try app.register(collection: BookingDetailPages())
        try app.register(collection: RoomFinderPages())
        try app.register(collection: OfficePages())
        try app.register(collection: ApprovalQueuePage())
        try app.register(collection: AdminRoomPages())
        try app.register(collection: AdminPeoplePages())
        try app.register(collection: PasswordPages())
        try app.register(collection: AdminCalendarPages())
        try app.register(collection: SeriesEditorPage())
        try app.register(collection: MeetingPages())
        try app.register(collection: MeetingWorkPages())
        try app.register(collection: ChannelPages())
        try app.register(collection: AdminRobotPages())
        try app.register(collection: CheckInPages())
        try app.register(collection: KioskPage())
        try app.register(collection: PenaltyPages())
        try app.register(collection: ChairPage())
        try app.register(collection: LeavePages())
        try app.register(collection: RulebookPages())
        try app.register(collection: CadenceReportPage())
        try app.register(collection: AdminRulebookPage())
        try app.register(collection: MeetingTypeEditor())
        try app.register(collection: AdminMeetingTypePages())
    }
}

/// Error pages for browsers (the API gets problem+json).
enum WebErrorPage {
    struct ErrorView: Encodable {
        var status: Int
        var message: String
    }

    static func render(_ problem: Problem, on req: Request) async throws -> Response {
        try await req.page(
            "error", title: problem.title, section: "error",
            ErrorView(status: problem.status, message: problem.title),
            status: HTTPResponseStatus(statusCode: problem.status))
    }
}
