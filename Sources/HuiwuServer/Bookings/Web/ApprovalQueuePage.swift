import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The room office's queue of bookings waiting for approval (R1.1): room, time, purpose,
/// headcount, who asks, and the clause the approval follows (X3) — the rulebook's when one is in
/// force on the booking's day, Huiwu's built-in rule only when none is. Several can be approved
/// in one submit; each is decided on its own, through the same path as one, and a refusal of one
/// is reported beside it without touching the others.
struct ApprovalQueuePage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.approvals, use: queue)
        routes.post(SiteURL.approvalsBulk, use: bulkApprove)
    }

    struct QueueItem: Encodable {
        var id: String
        var version: Int
        var roomName: String
        var when: String
        var title: String
        var purpose: String
        var headcount: Int
        var booker: String
        var department: String
        var clause: String
        var clauseWords: String
        /// Why a bulk approval left this one waiting (after the redirect).
        var failure: String?
        var approveAction: String
        var rejectAction: String
    }

    struct BulkOutcome: Encodable {
        var approved: String?
        /// Items refused that are no longer in the queue (decided meanwhile, cancelled).
        var gone: [String]
    }

    struct QueueView: Encodable {
        var items: [QueueItem]
        var bulk: BulkOutcome?
        var bulkAction = SiteURL.approvalsBulk.path
        var priorityBookingHref = SiteURL.book.href(["priority": "1"])
        /// Where a decision returns to.
        var back = SiteURL.approvals.path
    }

    func queue(req: Request) async throws -> Response {
        _ = try req.webRequire(.approveBookings)
        let services = req.huiwu
        let time = services.time
        let purposes = Dictionary(
            try await services.organisation.purposes(includeInactive: true).map { ($0.code, $0.localizedName(req.uiLocale)) },
            uniquingKeysWith: { a, _ in a })
        let pending = try await services.bookings.list(.init(statuses: [.pending], from: req.now))
        let open = try await services.approvals.open(.booking, pending.map(\.booking.id))
        let citations = Citations(req)
        let failures = Self.failures(req)
        var items: [QueueItem] = []
        for v in pending {
            let b = v.booking
            var citation = open[b.id]?.request.citation
            if citation == nil { citation = try await Self.citation(startingAt: b.startsAt, req: req) }
            let clause = try await citations.clause(citation)
            items.append(
                QueueItem(
                    id: b.id.uuidString, version: b.version, roomName: v.roomName,
                    when: ApprovalSubjects.span(b.startsAt, b.endsAt, time: time), title: b.title,
                    purpose: purposes[b.purpose] ?? b.purpose, headcount: b.headcount, booker: v.bookerName,
                    department: v.departmentName ?? "", clause: clause?.shownCite(req) ?? "",
                    clauseWords: clause?.shownWords(req) ?? "", failure: failures[b.id].map { Self.message($0, req) },
                    approveAction: SiteURL.bookingStep(.value(b.id), .value(.approve)).path,
                    rejectAction: SiteURL.bookingStep(.value(b.id), .value(.reject)).path))
        }
        var bulk: BulkOutcome?
        if req.query[String.self, at: "done"] == "bulk" {
            let approved = req.query[Int.self, at: "approved"] ?? 0
            let listed = Set(pending.map(\.booking.id))
            var gone: [String] = []
            for (id, code) in failures where !listed.contains(id) {
                let title = try await services.bookings.view(id)?.booking.title ?? ""
                gone.append(title + "：" + Self.message(code, req))
            }
            bulk = BulkOutcome(
                approved: approved > 0 ? req.t("ui_bulk_approved", ["n": String(approved)]) : nil, gone: gone.sorted())
        }
        return try await req.page(
            "approvals", title: req.t("ui_approvals_title"), section: "approvals", QueueView(items: items, bulk: bulk))
    }

    /// A booking waiting from before the approval engine has no request yet: it will be decided
    /// under the chain of the rulebook in force on its day (`BookingLedger.approvalChain`).
    static func citation(startingAt start: Date, req: Request) async throws -> Citation {
        let services = req.huiwu
        guard let book = try await services.rulebooks.rulebook(on: services.time.date(of: start)),
            let chain = book.chain(for: .booking)
        else { return Citation(version: BuiltInChains.version, clauseID: BuiltInChains.bookingClauseID) }
        return Citation(version: chain.version, clauseID: chain.clause.id)
    }

    struct BulkForm: Content {
        /// `id:version` of each booking ticked.
        var items: [String]?
    }

    /// `POST /approvals/approve`: approves each ticked booking as its own decision (`BulkApproval`).
    func bulkApprove(req: Request) async throws -> Response {
        let actor = try req.webRequire(.approveBookings)
        let form = try req.content.decode(BulkForm.self)
        let picked = (form.items ?? []).prefix(BulkApproval.limit).compactMap(Self.item)
        let outcome = try await BulkApproval.approve(picked, by: actor, req: req)
        let failed = outcome.refused.map { $0.id.uuidString + "~" + ($0.problem.errors?.first?.code ?? $0.problem.code) }
        return req.redirect(
            to: SiteURL.approvals,
            ["done": "bulk", "approved": String(outcome.approved.count), "failed": failed.joined(separator: ",")])
    }

    static func item(_ text: String) -> BulkApproval.Item? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let id = UUID(uuidString: first) else { return nil }
        return BulkApproval.Item(id: id, version: parts.count > 1 ? Int(parts[1]) : nil)
    }

    /// The refusals a bulk approval reported in its redirect, by booking.
    static func failures(_ req: Request) -> [UUID: String] {
        guard let text = req.query[String.self, at: "failed"], text.count < 8_000 else { return [:] }
        var out: [UUID: String] = [:]
        for entry in text.split(separator: ",").prefix(BulkApproval.limit) {
            let parts = entry.split(separator: "~", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = UUID(uuidString: parts[0]),
                parts[1].count < 80, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_" || $0 == ".") })
            else { continue }
            out[id] = parts[1]
        }
        return out
    }

    /// A refusal's words in the reader's language (the single decision's notices say the same).
    static func message(_ code: String, _ req: Request) -> String {
        let key = "ui_done_failed_" + code.replacingOccurrences(of: ".", with: "_")
        return req.huiwu.catalogs.table(req.uiLocale)[key] == nil ? req.t("ui_bulk_failed_other") : req.t(key)
    }
}
