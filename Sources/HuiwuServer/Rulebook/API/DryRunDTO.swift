import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// A dry run as the API and the editor show it (X3): each decision that would have
/// differed, structured and as a sentence in the reader's language.
struct DryRunDTO: Content {
    struct ChangeDTO: Content {
        var meetingId: String
        var meetingTitle: String
        var startsAt: String
        var person: String
        /// `outcome`, `fine` or `leave`.
        var kind: String
        var before: String?
        var after: String?
        /// A fine's amounts as numbers (X3): what was assessed and what would be.
        var fineBefore: FineDTO?
        var fineAfter: FineDTO?
        /// A leave request's notice in minutes, and what the candidate's clause requires.
        var actualMinutes: Int?
        var requiredMinutes: Int?
        var clause: CitationDTO?
        var text: String
    }

    /// A fine as numbers: fen (and yuan as text) or days of wage, and who pays.
    struct FineDTO: Content {
        var amountFen: Int?
        var amount: String?
        var daysOfWage: Int?
        var liable: String
        var clauseId: String

        init(_ f: DryRunChange.Fine) {
            amountFen = f.amount?.value
            amount = f.amount?.yuanText
            daysOfWage = f.daysOfWage
            liable = f.liableName
            clauseId = f.citation.clauseID
        }
    }

    var from: String
    var through: String
    var meetings: Int
    var leaveRequests: Int
    var changes: [ChangeDTO]

    /// `candidate` is the document replayed: its clauses are not stored, so what it would have
    /// decided is cited from it; what was decided, from the stored versions.
    static func make(_ report: DryRunReport, candidate: Rulebook, req: Request) async throws -> DryRunDTO {
        let time = req.huiwu.time
        let citations = Citations(req)
        func clause(_ c: Citation?, candidate side: Bool) async throws -> CitationDTO? {
            guard let c else { return nil }
            guard side, let clause = candidate.clause(c.clauseID) else { return try await citations.dto(c) }
            return CitationDTO(
                version: c.version, clauseId: c.clauseID, cite: clause.cite, text: clause.text.text(req.uiLocale.rawValue),
                source: clause.source.rawValue)
        }
        func fine(_ f: DryRunChange.Fine?, candidate side: Bool) async throws -> String {
            guard let f else { return req.t("ui_dry_run_no_fine") }
            let amount =
                f.amount.map { req.t("ui_amount_yuan", ["amount": $0.yuanText]) }
                ?? f.daysOfWage.map { req.t("ui_penalty_days_of_wage", ["days": String($0)]) } ?? "—"
            let cite = try await clause(f.citation, candidate: side)?.cite ?? f.citation.clauseID
            return req.t("ui_dry_run_fine", ["amount": amount, "clause": cite, "liable": f.liableName])
        }
        var changes: [ChangeDTO] = []
        for c in report.changes {
            let kind: String, before: String?, after: String?, cited: Citation?
            var fines: (DryRunChange.Fine?, DryRunChange.Fine?) = (nil, nil)
            var minutes: (actual: Int?, required: Int?) = (nil, nil)
            switch c.what {
            case .outcome(let b, let a):
                kind = "outcome"
                before = b?.rawValue
                after = a.rawValue
                cited = nil
            case .fine(_, let b, let a):
                kind = "fine"
                before = b == nil ? nil : try await fine(b, candidate: false)
                after = a == nil ? nil : try await fine(a, candidate: true)
                cited = (a ?? b)?.citation
                fines = (b, a)
            case .leave(_, let given, let b, let a, let required, let c):
                kind = "leave"
                before = b ? "refused" : "accepted"
                after = a ? "refused" : "accepted"
                cited = c
                minutes = (given, required)
            }
            changes.append(
                ChangeDTO(
                    meetingId: c.meetingId.uuidString, meetingTitle: c.meetingTitle, startsAt: time.format(c.startsAt),
                    person: c.personName, kind: kind, before: before, after: after, fineBefore: fines.0.map(FineDTO.init),
                    fineAfter: fines.1.map(FineDTO.init), actualMinutes: minutes.actual, requiredMinutes: minutes.required,
                    clause: try await Self.isCandidate(c) ? clause(cited, candidate: true) : citations.dto(cited),
                    text: try await sentence(c, req: req, fine: fine, clause: clause)))
        }
        return DryRunDTO(
            from: time.format(report.span.start), through: time.format(report.span.end), meetings: report.meetings,
            leaveRequests: report.leaveRequests, changes: changes)
    }

    /// Whether a change's clause is the candidate's (what it would decide) rather than a stored one.
    static func isCandidate(_ c: DryRunChange) -> Bool {
        switch c.what {
        case .outcome: false
        case .fine(_, _, let after): after != nil
        case .leave: true
        }
    }

    static func sentence(
        _ c: DryRunChange, req: Request, fine: (DryRunChange.Fine?, Bool) async throws -> String,
        clause: (Citation?, Bool) async throws -> CitationDTO?
    ) async throws -> String {
        let head = "\(req.huiwu.time.date(of: c.startsAt)) \(c.meetingTitle) · \(c.personName)"
        switch c.what {
        case .outcome(let b, let a):
            let before = b.map { req.t("ui_attendance_outcome_" + $0.rawValue) } ?? "—"
            return req.t(
                "ui_dry_run_outcome", ["head": head, "before": before, "after": req.t("ui_attendance_outcome_" + a.rawValue)])
        case .fine(let trigger, let b, let a):
            return req.t(
                "ui_dry_run_fine_change",
                [
                    "head": head, "what": req.t("ui_penalty_trigger_" + trigger.rawValue), "before": try await fine(b, false),
                    "after": try await fine(a, true),
                ])
        case .leave(let delegation, let given, let b, let a, let required, let c):
            let cite = try await clause(c, true)?.cite ?? ""
            return req.t(
                "ui_dry_run_leave",
                [
                    "head": head, "what": req.t(delegation ? "ui_dry_run_delegation" : "ui_dry_run_leave_request"),
                    "given": String(given), "before": req.t(b ? "ui_dry_run_refused" : "ui_dry_run_accepted"),
                    "after": req.t(a ? "ui_dry_run_refused" : "ui_dry_run_accepted"),
                    "required": required.map(String.init) ?? "0", "clause": cite,
                ])
        }
    }
}
