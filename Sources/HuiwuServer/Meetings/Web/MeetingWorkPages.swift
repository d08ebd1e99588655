import HuiwuCore
import HuiwuStore
import Vapor

/// The working parts of the meeting page (R5.3, R5.4, R5.8): agenda and speaking order with the
/// action items carried over, checklist sign-off, materials, minutes with decisions and action
/// items, publishing, and a printable copy of the minutes.
struct MeetingWorkPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(SiteURL.meetingAgenda(.key), use: saveAgenda)
        routes.post(SiteURL.meetingChecklistToggle(.key, .key), use: toggle)
        routes.upload(SiteURL.meetingMaterials(.key), maxSize: "11mb", use: upload)
        routes.get(SiteURL.meetingMaterial(.key, .key), use: download)
        routes.post(SiteURL.meetingMinutes(.key), use: saveMinutes)
        routes.post(SiteURL.meetingMinutesPublish(.key), use: publish)
        routes.get(SiteURL.meetingMinutesPrint(.key), use: print)
        routes.post(SiteURL.meetingActions(.key), use: addAction)
        routes.post(SiteURL.actionStatus(.key), use: setStatus)
    }

    struct AgendaRow: Encodable {
        var position: Int
        var title: String
        var minutes: Int
        var presenter: String?
    }

    struct ActionRow: Encodable {
        var id: String
        var title: String
        var owner: String
        var dueOn: String
        var status: String
        var statusLabel: String
        var overdue: Bool
        var canClose: Bool
        var statusAction: String
    }

    struct CheckRow: Encodable {
        var id: String
        var categoryLabel: String
        var title: String
        var due: String
        var assignee: String?
        var done: String?
        var overdue: Bool
        var canToggle: Bool
        var toggleAction: String
    }

    struct MaterialRow: Encodable {
        var id: String
        var filename: String
        var size: String
        var uploadedBy: String
        var href: String
    }

    /// What a refused form on the working sections sent, shown again as typed (never the stored
    /// text over someone's unsaved minutes).
    struct Kept: Sendable {
        var agendaText: String?
        var minutesBody: String?
        var decisions: String?
        var actionTitle: String?
        var actionDue: String?
    }

    struct WorkView: Encodable {
        var agenda: [AgendaRow]
        var agendaText: String
        var totalMinutes: Int
        var reporters: [String]
        var carried: [ActionRow]
        var checklist: [CheckRow]
        var materials: [MaterialRow]
        var minutesBody: String
        var decisions: String
        var minutesVersion: Int
        var published: String?
        var actions: [ActionRow]
        var people: [Choice]
        var defaultDue: String
        var actionTitle = ""

        mutating func keep(_ kept: Kept) {
            agendaText = kept.agendaText ?? agendaText
            minutesBody = kept.minutesBody ?? minutesBody
            decisions = kept.decisions ?? decisions
            actionTitle = kept.actionTitle ?? actionTitle
            defaultDue = kept.actionDue ?? defaultDue
        }
    }

    /// The meeting page's working sections.
    static func view(_ m: MeetingRecord, actor: Actor, canChange: Bool, req: Request) async throws -> WorkView {
        let time = req.huiwu.time, now = req.now
        let today = time.date(of: now)
        let prep = req.huiwu.preparation, book = req.huiwu.minutes
        let agenda = try await prep.agenda(of: m.id)
        func row(_ a: ActionItem) -> ActionRow {
            ActionRow(
                id: a.id.uuidString, title: a.title, owner: a.ownerName, dueOn: a.dueOn.description, status: a.status.rawValue,
                statusLabel: req.t("ui_action_status_" + a.status.rawValue), overdue: a.status == .open && a.dueOn < today,
                canClose: a.status == .open
                    && (a.ownerId == actor.id
                        || AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: m.organiserId)),
                statusAction: SiteURL.actionStatus(.value(a.id)).path)
        }
        let minutes = try await book.minutes(of: m.id)
        let people = try await req.huiwu.meetings.participants(of: m.id).filter {
            !$0.record.removed && $0.record.personId != nil
        }
        return WorkView(
            agenda: agenda.map {
                AgendaRow(position: $0.position, title: $0.title, minutes: $0.minutes, presenter: $0.presenterName)
            },
            agendaText: agenda.map { "\($0.title) | \($0.minutes)" }.joined(separator: "\n"),
            totalMinutes: agenda.reduce(0) { $0 + $1.minutes },
            reporters: try await prep.reporters(of: m.id).map { r in r.departmentName.map { req.aside(r.name, $0) } ?? r.name },
            carried: try await book.carriedOver(to: m).map(row),
            checklist: try await prep.checklist(of: m.id).map { c in
                CheckRow(
                    id: c.id.uuidString, categoryLabel: req.t("ui_checklist_" + c.category.rawValue),
                    title: req.checklistTitle(c),
                    due: "\(time.date(of: c.dueAt)) \(time.clock(c.dueAt))", assignee: c.assigneeName,
                    done: c.doneAt.map { "\(c.doneByName ?? "") \(time.date(of: $0)) \(time.clock($0))" },
                    overdue: c.doneAt == nil && c.dueAt < now,
                    canToggle: canChange || c.assigneeId == actor.id,
                    toggleAction: SiteURL.meetingChecklistToggle(.value(m.id), .value(c.id)).path)
            },
            materials: try await req.huiwu.materials.materials(of: m.id).map { f in
                MaterialRow(
                    id: f.id.uuidString, filename: f.filename,
                    size: f.size >= 1_048_576
                        ? String(format: "%.1f MB", Double(f.size) / 1_048_576)
                        : "\(max(1, f.size / 1024)) KB", uploadedBy: f.uploadedByName,
                    href: SiteURL.meetingMaterial(.value(m.id), .value(f.id)).path)
            },
            minutesBody: minutes.body, decisions: minutes.decisions, minutesVersion: minutes.version,
            published: minutes.publishedAt.map { "\(time.date(of: $0)) \(time.clock($0))" },
            actions: try await book.actions(of: m.id).map(row),
            people: people.map { Choice(value: $0.record.personId!.uuidString, label: $0.name, selected: false) },
            defaultDue: today.adding(days: 7).description)
    }

    struct AgendaForm: Content {
        var agenda: String?
    }

    /// `POST /meetings/{id}/agenda`: one item per line, `title | minutes`.
    func saveAgenda(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try await MeetingsAPI.managed(req).meeting.id
        let form = try req.content.decode(AgendaForm.self)
        var items: [AgendaItem] = []
        var errors: [FieldError] = []
        for (i, line) in TextLines.split(form.agenda ?? "").enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1).map { String($0).trimmedWhitespace }
            guard let title = parts.first, !title.isEmpty else { continue }
            let minutes = parts.count > 1 ? Int(parts[1]) : AgendaRules.defaultMinutes
            guard let minutes, AgendaRules.allows(minutes: minutes), title.count <= AgendaRules.maxTitleLength,
                !TextRules.hasForbiddenControl(title)
            else {
                errors.append(FieldError("agenda", "agenda.bad_line", ["line": String(i + 1)]))
                continue
            }
            items.append(AgendaItem(position: items.count + 1, title: title, minutes: minutes, presenterId: nil))
        }
        if !AgendaRules.allows(itemCount: items.count) { errors.append(FieldError("agenda", "field.out_of_range")) }
        if !errors.isEmpty {
            return try await MeetingPages().render(
                req, edit: nil, errors: FormErrors(errors, on: req), status: .unprocessableEntity,
                kept: Kept(agendaText: form.agenda))
        }
        let prep = req.huiwu.preparation
        // The form edits titles and time boxes: presenters set elsewhere stay with their items.
        let before = try await prep.agenda(of: id)
        for i in items.indices { items[i].presenterId = before.first { $0.title == items[i].title }?.presenterId }
        try await prep.setAgenda(items, reporters: try await prep.reporters(of: id).map(\.personId), of: id, by: actor)
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "agenda")
    }

    /// `POST /meetings/{id}/checklist/{item}/toggle`: sign off, or reopen.
    func toggle(req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try await MeetingsAPI.visible(req)  // 404 to whoever may not see it, as in the API
        let id = try req.idParameter(), item = try req.idParameter("item")
        let prep = req.huiwu.preparation
        let done = try await prep.checklist(of: id).first { $0.id == item }?.doneAt != nil
        try await prep.signOff(item, of: id, done: !done, by: actor, now: req.now)
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "checklist")
    }

    /// `POST /meetings/{id}/materials` (multipart form with `file`).
    func upload(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try await MeetingsAPI.visible(req).meeting.id
        do {
            guard let upload = try? req.content.decode(MeetingMaterialsAPI.Upload.self) else {
                throw ValidationFailure([FieldError("file", "field.required")])
            }
            _ = try await MeetingMaterialsAPI.attach(upload.file, to: id, by: actor, req: req)
        } catch let failure as ValidationFailure {
            return try await MeetingPages().render(
                req, edit: nil, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "materials")
    }

    /// `GET /meetings/{id}/materials/{material}` (same as the API's download, for the page's links).
    func download(req: Request) async throws -> Response {
        _ = try req.webActor()
        return try await MeetingMaterialsAPI().download(req: req)
    }

    struct MinutesForm: Content {
        var body: String?
        var decisions: String?
        var version: String?
    }

    /// `POST /meetings/{id}/minutes`.
    func saveMinutes(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try await MeetingsAPI.managed(req).meeting.id
        let form = try req.content.decode(MinutesForm.self)
        var errors: [FieldError] = []
        let body = Input.text(form.body ?? "", field: "minutes", max: 50_000, required: false, errors: &errors) ?? ""
        let decisions = Input.text(form.decisions ?? "", field: "decisions", max: 20_000, required: false, errors: &errors) ?? ""
        let kept = Kept(minutesBody: form.body, decisions: form.decisions)
        if !errors.isEmpty {
            return try await MeetingPages().render(
                req, edit: nil, errors: FormErrors(errors, on: req), status: .unprocessableEntity, kept: kept)
        }
        do {
            _ = try await req.huiwu.minutes.save(
                id, body: body, decisions: decisions,
                expectedVersion: form.version.flatMap(Int.init), by: actor, now: req.now)
        } catch StoreError.staleVersion {
            var errors = FormErrors()
            errors.general = [req.t("problem.stale_version")]
            return try await MeetingPages().render(req, edit: nil, errors: errors, status: .conflict, kept: kept)
        }
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "minutes")
    }

    /// `POST /meetings/{id}/minutes/publish`.
    /// Refused (no minutes yet, the meeting cancelled): the meeting page with why (`refusing`).
    func publish(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try await MeetingsAPI.visible(req).meeting.id
        return try await MeetingPages.refusing(req) {
            _ = try await req.huiwu.minutes.publish(id, by: actor, now: req.now)
            return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "sent"], fragment: "minutes")
        }
    }

    struct ActionForm: Content {
        var title: String?
        var ownerId: String?
        var dueOn: String?
    }

    /// `POST /meetings/{id}/actions`.
    func addAction(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try await MeetingsAPI.managed(req).meeting.id
        let form = try req.content.decode(ActionForm.self)
        do {
            let (title, owner, due) = try MeetingMinutesAPI.action(title: form.title, owner: form.ownerId, due: form.dueOn)
            _ = try await req.huiwu.minutes.addAction(
                id, title: title, owner: owner, dueOn: due, by: actor,
                now: req.now)
        } catch let failure as ValidationFailure {
            return try await MeetingPages().render(
                req, edit: nil, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity,
                kept: Kept(actionTitle: form.title, actionDue: form.dueOn))
        }
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "actions")
    }
}
