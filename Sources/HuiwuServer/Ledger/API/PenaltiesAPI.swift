import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The penalty ledger (R3.2, R5.2, R5.3, R5.7, R1.7): each person reads their own
/// fines with the clause, a department head their department's, the room office everyone's;
/// CSV and monthly totals per person and department. Offences are recorded by the chair;
/// waivers, appeals and settlement are new entries, never edits.
struct PenaltiesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.penalties, use: list)
        routes.get(APIURL.penaltyTotals, use: totals)
        routes.post(APIURL.penaltyStep(.key, .key), use: step)
        routes.post(APIURL.meetingPart(.key, .offences), use: recordOffence)
        routes.put(APIURL.personWage(.key), use: setWage)
    }

    /// Whose entries a request may read: `scope=mine` (default), `department` (a head: theirs;
    /// the room office: `department=<id>`), `all` (the room office).
    static func scope(_ req: Request, actor: Actor) throws -> PenaltyLedger.Scope {
        let office = AccessPolicy.allows(actor.role, .managePenalties)
        let department = req.query[String.self, at: "department"]
        if let department, UUID(uuidString: department) == nil {
            throw ValidationFailure([FieldError("department", "field.uuid")])
        }
        switch req.query[String.self, at: "scope"] ?? "mine" {
        case "mine": return .person(actor.id)
        case "all":
            guard office else { throw ProblemError(.forbidden, "forbidden") }
            return .everyone
        case "department":
            if let id = department.flatMap(UUID.init(uuidString:)) {
                guard office else { throw ProblemError(.forbidden, "forbidden") }
                return .department(id)
            }
            guard actor.role == .departmentHead || office, let d = actor.departmentId else {
                throw ProblemError(.forbidden, "forbidden")
            }
            return .department(d)
        default:
            throw ValidationFailure([FieldError("scope", "field.enum", ["allowed": "mine, department, all"])])
        }
    }

    /// `GET /api/v1/penalties?month=&scope=&format=csv`.
    func list(req: Request) async throws -> Response {
        let actor = try req.actor()
        let scope = try Self.scope(req, actor: actor)
        let (label, span) = try MonthParameter.month(req)
        let format = req.query[String.self, at: "format"] ?? "json"
        guard format == "json" || format == "csv" else {
            throw ValidationFailure([FieldError("format", "field.enum", ["allowed": "json, csv"])])
        }
        let lines = try await req.huiwu.penalties.lines(scope, in: span)
        let citations = Citations(req)
        var dtos: [PenaltyDTO] = []
        for l in lines { dtos.append(PenaltyDTO(l, clause: try await citations.dto(l.entry.citation), time: req.huiwu.time)) }
        if format == "csv" {
            return try Self.csv(
                zip(lines, dtos).map { (req.huiwu.time.readable($0.entry.createdAt), $1) }, month: label, req: req)
        }
        return try await dtos.encodeResponse(for: req)
    }

    /// The month as a spreadsheet: times as `YYYY-MM-DD HH:MM` local, which Excel and WPS read as
    /// a date and time (X6); the clause cited beside each line (R5.x).
    static func csv(_ rows: [(assessed: String, dto: PenaltyDTO)], month: String, req: Request) throws -> Response {
        let header = [
            "ui_penalty_assessed_at", "ui_name", "ui_department", "ui_meeting", "ui_penalty_reason_kind", "ui_rulebook_cite",
            "ui_rulebook_clause", "ui_penalty_amount", "ui_penalty_days", "ui_penalty_status", "ui_penalty_note",
        ].map { req.t($0) }
        var out = "\u{FEFF}" + header.map(RegisterExport.escape).joined(separator: ",") + "\r\n"
        for (assessed, r) in rows {
            let fields = [
                assessed, r.personName, r.departmentName ?? "", r.meetingTitle ?? "",
                r.trigger.map { req.t("ui_penalty_trigger_" + $0) } ?? "", r.clause?.cite ?? "", r.clause?.text ?? "",
                r.amount ?? "",
                r.daysOfWage.map(String.init) ?? "", req.t("ui_penalty_status_" + r.status), r.reason ?? "",
            ]
            out += fields.map(RegisterExport.escape).joined(separator: ",") + "\r\n"
        }
        let response = Response(status: .ok, body: .init(string: out))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"penalties-\(month).csv\"")
        return response
    }

    /// `GET /api/v1/penalties/totals?month=&by=person|department&scope=`.
    func totals(req: Request) async throws -> [PenaltyTotalDTO] {
        let actor = try req.actor()
        let scope = try Self.scope(req, actor: actor)
        let by = req.query[String.self, at: "by"] ?? "person"
        guard by == "person" || by == "department" else {
            throw ValidationFailure([FieldError("by", "field.enum", ["allowed": "person, department"])])
        }
        let (_, span) = try MonthParameter.month(req)
        return try await req.huiwu.penalties.totals(scope, in: span, byDepartment: by == "department").map {
            PenaltyTotalDTO(
                id: $0.key?.uuidString, name: $0.name.isEmpty ? req.t("ui_penalty_no_department") : $0.name,
                owed: $0.owed.yuanText, fines: $0.fines)
        }
    }

    struct ReasonBody: Content {
        var reason: String?
    }

    /// `POST /api/v1/penalties/{id}/{waive|appeal|uphold_appeal|reject_appeal|settle}` `{reason}`.
    func step(req: Request) async throws -> PenaltyDTO {
        let actor = try req.actor()
        guard let step = req.parameters.get("step").flatMap(PenaltyLedger.Step.init(rawValue:)) else { throw Abort(.notFound) }
        let id = try req.idParameter()
        try await Self.authorize(step, on: id, actor: actor, req: req)
        let body = try req.decodeJSON(ReasonBody.self)
        let changed = try await req.huiwu.penalties.take(
            step, on: id, reason: try Self.reason(body.reason), by: actor, now: req.now)
        return PenaltyDTO(changed, clause: try await Citations(req).dto(changed.entry.citation), time: req.huiwu.time)
    }

    /// Who may not even see the fine is told it does not exist (404); who sees it but may not
    /// take the step, 403 — both before a body is read.
    static func authorize(_ step: PenaltyLedger.Step, on id: UUID, actor: Actor, req: Request) async throws {
        guard let line = try await req.huiwu.penalties.line(id) else { throw ProblemError(.notFound, "not_found") }
        let office = AccessPolicy.allows(actor.role, .managePenalties)
        guard office || line.entry.personId == actor.id else { throw ProblemError(.notFound, "not_found") }
        try PenaltyLedger.authorize(step, on: line.entry, by: actor)
    }

    /// As every reason (`LeaveAPI.reason`): blank counts as none.
    static func reason(_ text: String?) throws -> String? {
        guard let text else { return nil }
        return try LeaveAPI.reason(text)
    }

    struct OffenceBody: Content {
        var clauseId: String
        var participantId: String
        var reason: String
    }

    /// `POST /api/v1/meetings/{id}/offences` `{clauseId, participantId, reason}` (the chair, the
    /// organiser or the room office, as the clause's `recorded_by` says).
    func recordOffence(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard !(try await req.huiwu.penalties.recordableOffences(view.meeting, actor: actor, time: req.huiwu.time)).isEmpty else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let body = try req.decodeJSON(OffenceBody.self)
        guard let participant = UUID(uuidString: body.participantId) else {
            throw ValidationFailure([FieldError("participantId", "field.uuid")])
        }
        let line = try await req.huiwu.penalties.recordOffence(
            meeting: view.meeting.id, clause: body.clauseId, participant: participant, reason: try Self.reason(body.reason) ?? "",
            by: actor, time: req.huiwu.time, now: req.now)
        return try await PenaltyDTO(line, clause: try await Citations(req).dto(line.entry.citation), time: req.huiwu.time)
            .encodeResponse(status: .created, for: req)
    }

    struct WageBody: Content {
        /// Yuan per day (`300`, `300.50`); null clears it.
        var dailyWage: String?
    }

    /// `PUT /api/v1/people/{id}/wage` `{dailyWage}` (admin): fines of days' wages still without
    /// an amount are completed with it.
    func setWage(req: Request) async throws -> HTTPStatus {
        let actor = try req.require(.managePeople)
        let person = try req.idParameter()
        // A wage sets the amount of one's own "days' wages" fines: another administrator sets it (X1).
        if OwnCase.applies(actor: actor.id, concerns: [person]) {
            throw PenaltyError.ownCase(person: person)
        }
        let body = try req.decodeJSON(WageBody.self)
        var wage: Fen?
        if let text = body.dailyWage {
            guard let fen = Self.dailyWage(text) else { throw ValidationFailure([FieldError("dailyWage", "field.amount")]) }
            wage = fen
        }
        try await req.huiwu.people.setDailyWage(person, wage, by: actor.id, now: req.now)
        return .noContent
    }

    /// A daily wage as the API document's `WageInput.dailyWage` states it: 0.01 to 100000 yuan,
    /// ASCII digits without a leading zero (but `0.50`), at most two decimals, nothing else.
    static func dailyWage(_ text: String) -> Fen? {
        func digits(_ s: Substring) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, digits(parts[0]), parts[0].count <= 6, parts[0] == "0" || parts[0].first != "0" else {
            return nil
        }
        var fen = Int(parts[0])! * 100
        if parts.count == 2 {
            guard digits(parts[1]), parts[1].count <= 2 else { return nil }
            fen += Int(parts[1])! * (parts[1].count == 1 ? 10 : 1)
        }
        return (1...10_000_000).contains(fen) ? Fen(fen) : nil
    }
}
