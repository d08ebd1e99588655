import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting page's form that adds participants (R2.5): people picked by name
/// (`ParticipantPicker`), departments, roles, positions and guests.
extension MeetingPages {
    struct AddForm: Content {
        var people: String?
        var personIds: [String]?
        var departments: [String]?
        var roles: [String]?
        var positions: String?
        var guests: String?
    }

    /// The add form's departments, those ticked before kept ticked.
    struct Adding: Encodable {
        var departments: [Choice]
    }

    static func adding(_ added: AddForm?, canChange: Bool, req: Request) async throws -> Adding {
        guard canChange else { return Adding(departments: []) }
        let ticked = Set(added?.departments ?? [])
        return Adding(
            departments: AdminPeoplePages.tree(try await req.huiwu.people.departments()).map { d, depth in
                Choice(
                    value: d.id.uuidString, label: String(repeating: "　", count: depth) + d.name,
                    selected: ticked.contains(d.id.uuidString))
            })
    }

    /// `POST /meetings/{id}/participants`: people, and groups resolved now, and guests.
    func addParticipants(req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try await MeetingsAPI.managed(req)  // 404 to whoever may not see it, 403 to a participant
        let id = try req.idParameter()
        var add = try req.content.decode(AddForm.self)
        do {
            add.personIds = try await ParticipantPicker.merge(add.people, into: add.personIds, req: req)
            add.people = nil
            var form = SeriesForm()
            form.personIds = add.personIds
            form.departments = add.departments
            form.roles = add.roles
            form.positions = add.positions
            form.guests = add.guests
            var errors: [FieldError] = []
            let selectors = SeriesInput.selectors(form.selectors(errors: &errors), errors: &errors)
            if selectors.isEmpty { errors.append(FieldError("people", "field.required")) }
            try Input.check(errors)
            _ = try await req.huiwu.meetings.addParticipants(selectors, to: id, by: actor, now: req.now)
        } catch let failure as ValidationFailure {
            return try await render(
                req, edit: nil, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity, added: add)
        }
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"], fragment: "participants")
    }
}
