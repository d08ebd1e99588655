import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting's preparation (R5.3, R5.4, R5.8): the agenda with its speaking order and the open
/// action items carried over from the series, and the checklist signed off before it starts.
struct MeetingPreparationAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .agenda), use: agenda)
        routes.put(APIURL.meetingPart(.key, .agenda), use: setAgenda)
        routes.get(APIURL.meetingPart(.key, .checklist), use: checklist)
        routes.post(APIURL.meetingPart(.key, .checklist), use: addChecklistItem)
        routes.post(APIURL.meetingChecklistItemDone(.key, .key), use: signOff)
        routes.delete(APIURL.meetingChecklistItemDone(.key, .key), use: reopen)
    }

    struct AgendaItemDTO: Content {
        var title: String
        var minutes: Int
        var presenterId: String?
        var presenterName: String?
    }

    struct ReporterDTO: Content {
        var personId: String
        var name: String
        var departmentName: String?
    }

    struct AgendaDTO: Content {
        var items: [AgendaItemDTO]
        var reporters: [ReporterDTO]
        /// Open action items from the series' earlier meetings, followed up here (R5.8).
        var carriedOver: [MeetingMinutesAPI.ActionDTO]
        var totalMinutes: Int
    }

    /// `GET /api/v1/meetings/{id}/agenda`.
    func agenda(req: Request) async throws -> AgendaDTO {
        let view = try await MeetingsAPI.visible(req)
        let prep = req.huiwu.preparation
        let items = try await prep.agenda(of: view.meeting.id)
        let today = req.huiwu.time.date(of: req.now)
        return AgendaDTO(
            items: items.map {
                AgendaItemDTO(
                    title: $0.title, minutes: $0.minutes, presenterId: $0.presenterId?.uuidString,
                    presenterName: $0.presenterName)
            },
            reporters: try await prep.reporters(of: view.meeting.id).map {
                ReporterDTO(personId: $0.personId.uuidString, name: $0.name, departmentName: $0.departmentName)
            },
            carriedOver: try await req.huiwu.minutes.carriedOver(to: view.meeting)
                .map { MeetingMinutesAPI.action($0, today: today) },
            totalMinutes: items.reduce(0) { $0 + $1.minutes })
    }

    struct AgendaBody: Decodable {
        struct Item: Decodable {
            var title: String
            var minutes: Int
            var presenterId: String?
        }
        var items: [Item]
        var reporters: [String]?
    }

    /// `PUT /api/v1/meetings/{id}/agenda` `{items: [{title, minutes, presenterId}], reporters: [personId]}`.
    func setAgenda(req: Request) async throws -> AgendaDTO {
        let actor = try req.actor()
        let view = try await MeetingsAPI.managed(req)
        let body = try req.decodeJSON(AgendaBody.self)
        var errors: [FieldError] = []
        if !AgendaRules.allows(itemCount: body.items.count) { errors.append(FieldError("items", "field.out_of_range")) }
        var items: [AgendaItem] = []
        for (i, item) in body.items.enumerated() {
            let title = Input.text(
                item.title, field: "items[\(i)].title", max: AgendaRules.maxTitleLength, required: true, errors: &errors)
            if !AgendaRules.allows(minutes: item.minutes) {
                errors.append(FieldError("items[\(i)].minutes", "field.out_of_range"))
            }
            let presenter = SeriesInput.optionalUUID(item.presenterId, field: "items[\(i)].presenterId", errors: &errors)
            items.append(AgendaItem(position: i + 1, title: title ?? "", minutes: item.minutes, presenterId: presenter))
        }
        let reporters = (body.reporters ?? []).enumerated().compactMap { i, text in
            Input.uuid(text, field: "reporters[\(i)]", errors: &errors)
        }
        if Set(reporters).count != reporters.count { errors.append(FieldError("reporters", "field.duplicate")) }
        try Input.check(errors)
        try await req.huiwu.preparation.setAgenda(items, reporters: reporters, of: view.meeting.id, by: actor)
        return try await agenda(req: req)
    }

    struct ChecklistItemDTO: Content {
        var id: String
        var category: String
        var title: String
        var dueAt: String
        var assigneeId: String?
        var assigneeName: String?
        var doneAt: String?
        var doneByName: String?
        var overdue: Bool
    }

    /// `GET /api/v1/meetings/{id}/checklist`.
    func checklist(req: Request) async throws -> [ChecklistItemDTO] {
        let view = try await MeetingsAPI.visible(req)
        let time = req.huiwu.time, now = req.now
        return try await req.huiwu.preparation.checklist(of: view.meeting.id).map { c in
            ChecklistItemDTO(
                id: c.id.uuidString, category: c.category.rawValue, title: req.checklistTitle(c), dueAt: time.format(c.dueAt),
                assigneeId: c.assigneeId?.uuidString, assigneeName: c.assigneeName, doneAt: c.doneAt.map(time.format),
                doneByName: c.doneByName, overdue: c.doneAt == nil && c.dueAt < now)
        }
    }

    struct ChecklistBody: Decodable {
        var category: String?
        var title: String?
        var dueAt: String?
        var assigneeId: String?
    }

    /// `POST /api/v1/meetings/{id}/checklist` `{category, title, dueAt, assigneeId}`.
    func addChecklistItem(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.managed(req)
        let body = try req.decodeJSON(ChecklistBody.self)
        var errors: [FieldError] = []
        let category = ChecklistCategory(rawValue: body.category ?? "other")
        if category == nil { errors.append(FieldError("category", "field.enum")) }
        let title = Input.text(body.title, field: "title", max: 200, required: true, errors: &errors)
        let due = Input.instant(body.dueAt, field: "dueAt", errors: &errors)
        let assignee = SeriesInput.optionalUUID(body.assigneeId, field: "assigneeId", errors: &errors)
        try Input.check(errors)
        _ = try await req.huiwu.preparation.addChecklistItem(
            view.meeting.id, category: category!, title: title!, dueAt: due!, assignee: assignee, by: actor)
        return try await checklist(req: req).encodeResponse(status: .created, for: req)
    }

    /// `POST /api/v1/meetings/{id}/checklist/{item}/done`: signed off.
    func signOff(req: Request) async throws -> [ChecklistItemDTO] {
        try await mark(req, done: true)
    }

    /// `DELETE /api/v1/meetings/{id}/checklist/{item}/done`: reopened.
    func reopen(req: Request) async throws -> [ChecklistItemDTO] {
        try await mark(req, done: false)
    }

    func mark(_ req: Request, done: Bool) async throws -> [ChecklistItemDTO] {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        try await req.huiwu.preparation.signOff(
            try req.idParameter("item"), of: view.meeting.id, done: done,
            by: actor, now: req.now)
        return try await checklist(req: req)
    }
}

extension Request {
    /// A checklist item's title in the reader's language: a standard item's from the catalogs
    /// (R5.3), anything a person added in their own words.
    func checklistTitle(_ item: ChecklistItem) -> String {
        item.titleCode.map { t($0) } ?? item.title
    }
}
