import HuiwuCore
import HuiwuStore
import Vapor

/// Meeting types (R2.1): everyone reads them; the admin defines them and loads the seed
/// organisations' templates (R3.5, R5.1, R5.5).
struct MeetingTypesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingTypes, use: list)
        routes.post(APIURL.meetingTypes, use: create)
        routes.post(APIURL.meetingTypeTemplates, use: loadTemplates)
        routes.get(APIURL.meetingType(.key), use: show)
        routes.put(APIURL.meetingType(.key), use: update)
    }

    struct TypeBody: Decodable {
        var template: MeetingTemplate
        var defaultRoomId: String?
        var active: Bool?

        /// The template, checked, and the room.
        func checked() throws -> (MeetingTemplate, UUID?) {
            var errors = template.problems()
            let room = SeriesInput.optionalUUID(defaultRoomId, field: "defaultRoomId", errors: &errors)
            try Input.check(errors)
            return (template, room)
        }
    }

    struct LoadedDTO: Content {
        var added: Int
        var types: [MeetingTypeDTO]
    }

    func words(_ req: Request) -> RecurrenceWords { RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale) }

    /// `GET /api/v1/meeting-types`.
    func list(req: Request) async throws -> [MeetingTypeDTO] {
        _ = try req.actor()
        let words = words(req)
        return try await req.huiwu.meetingTypes.all().map { MeetingTypeDTO($0, words: words) }
    }

    /// `GET /api/v1/meeting-types/{id}`.
    func show(req: Request) async throws -> Response {
        _ = try req.actor()
        guard let type = try await req.huiwu.meetingTypes.type(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        return try await MeetingTypeDTO(type, words: words(req)).encodeResponse(for: req).tag(version: type.version)
    }

    /// `POST /api/v1/meeting-types` (admin): `{template, defaultRoomId}`.
    func create(req: Request) async throws -> Response {
        _ = try req.require(.manageOrganisation)
        let (template, room) = try req.decodeJSON(TypeBody.self).checked()
        let type = try await req.huiwu.meetingTypes.create(template, defaultRoomId: room, now: req.now)
        let response = try await MeetingTypeDTO(type, words: words(req)).encodeResponse(status: .created, for: req)
        return response.tag(version: type.version)
    }

    /// `PUT /api/v1/meeting-types/{id}` (admin, If-Match).
    func update(req: Request) async throws -> Response {
        // The id first: `PUT /meeting-types/templates` is a 405, not a 403.
        let id = try req.idParameter()
        _ = try req.require(.manageOrganisation)
        let body = try req.decodeJSON(TypeBody.self)
        let (template, room) = try body.checked()
        let type = try await req.huiwu.meetingTypes.update(
            id, template, defaultRoomId: room, active: body.active ?? true,
            expectedVersion: try req.expectedVersion(), now: req.now)
        return try await MeetingTypeDTO(type, words: words(req)).encodeResponse(for: req).tag(version: type.version)
    }

    /// `POST /api/v1/meeting-types/templates` (admin): adds the shipped templates not yet loaded.
    func loadTemplates(req: Request) async throws -> LoadedDTO {
        _ = try req.require(.manageOrganisation)
        let added = try await req.huiwu.meetingTypes.load(req.huiwu.templates, now: req.now)
        let words = words(req)
        return LoadedDTO(added: added, types: try await req.huiwu.meetingTypes.all().map { MeetingTypeDTO($0, words: words) })
    }
}
