import HuiwuCore
import HuiwuStore
import Vapor

/// Meetings: meeting types, series, meetings, preparation, materials, minutes and chairs (R2, R5).
struct MeetingsCapability: Capability {
    var name: String { "Meetings" }

    func routes(_ app: Application) throws {
        try app.register(collection: MeetingTypesAPI())
        try app.register(collection: SeriesAPI())
        try app.register(collection: MeetingsAPI())
        try app.register(collection: MeetingChairAPI())
        try app.register(collection: MeetingPreparationAPI())
        try app.register(collection: MeetingMaterialsAPI())
        try app.register(collection: MeetingMinutesAPI())
        try app.register(collection: SeriesEditorPage())
        try app.register(collection: MeetingPages())
        try app.register(collection: MeetingWorkPages())
        try app.register(collection: ChairPage())
        try app.register(collection: MeetingTypeEditor())
        try app.register(collection: AdminMeetingTypePages())
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? MeetingError else { return nil }
        return ProblemMapper.meetingProblem(e, req: context.req, make: context.make)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var meetingTypes: MeetingTypes { MeetingTypes(store: store) }
    public var scheduler: MeetingScheduler { MeetingScheduler(store: store, time: time) }
    public var meetings: Meetings { Meetings(store: store) }
    public var preparation: MeetingPreparation { MeetingPreparation(store: store, time: time) }
    public var materials: MeetingMaterials { MeetingMaterials(store: store) }
    public var minutes: MeetingMinutes { MeetingMinutes(store: store, time: time) }
}
