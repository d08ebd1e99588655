import HuiwuCore
import HuiwuStore
import Vapor

/// What the web's approval queue and booking form do several at a time, in the API (R1.1, R2.2,
/// X1): approving several bookings in one call, and a plain booking repeated daily or weekly.
/// Each item goes through the ledger on its own, by the same code as the web's (`BulkApproval`,
/// `BookingRepetition`, `BookingLedger.placeRepeated`); a refused item is reported with its
/// problem code as data and changes nothing.
extension BookingsAPI {
    struct ApprovalItemBody: StrictInput {
        static let fields: Set<String> = ["id", "version"]
        var id: String?
        var version: Int?
    }

    struct ApproveSeveralBody: Decodable {
        var items: [Strict<ApprovalItemBody>]?
    }

    /// `POST /api/v1/bookings/approve` `{items: [{id, version?}]}`: 200 with what was approved
    /// and what was refused, each refusal with the code the single approval would answer.
    func approveSeveral(req: Request) async throws -> ApprovedSeveralDTO {
        let actor = try req.require(.approveBookings)
        let body = try req.decodeJSON(ApproveSeveralBody.self)
        var errors: [FieldError] = []
        let listed = body.items ?? []
        if body.items == nil {
            errors.append(FieldError("items", "field.required"))
        } else if listed.isEmpty || listed.count > BulkApproval.limit {
            errors.append(FieldError("items", "booking.approve_count", ["max": String(BulkApproval.limit)]))
        }
        var items: [BulkApproval.Item] = []
        for (i, item) in listed.prefix(BulkApproval.limit).enumerated() {
            errors += item.unknownErrors(at: "items[\(i)]")
            let id = Input.uuid(item.value.id, field: "items[\(i)].id", errors: &errors)
            if let version = item.value.version, version < 1 {
                errors.append(FieldError("items[\(i)].version", "field.out_of_range"))
            }
            if let id { items.append(BulkApproval.Item(id: id, version: item.value.version)) }
        }
        try Input.check(errors)
        let outcome = try await BulkApproval.approve(items, by: actor, req: req)
        return ApprovedSeveralDTO(
            approved: outcome.approved,
            refused: outcome.refused.map { RefusedItemDTO(id: $0.id, $0.problem) })
    }

    struct RepeatBody: StrictInput {
        static let fields: Set<String> = ["every", "count", "until"]
        var every: String?
        var count: Int?
        var until: String?
    }

    /// The create body's `repeat`, read into the repetition the web form's fields make; every
    /// problem is named by its field under `repeat`.
    static func repetition(_ asked: Strict<RepeatBody>, first: CivilDate, priority: Bool) throws -> BookingRepetition {
        var errors = asked.unknownErrors(at: "repeat")
        for field in asked.nulls.sorted() where RepeatBody.fields.contains(field) {
            errors.append(FieldError("repeat." + field, "field.required"))
        }
        let body = asked.value
        let max = ["max": String(BookingRepetition.maxOccurrences)]
        if body.every == nil, !asked.nulls.contains("every") { errors.append(FieldError("repeat.every", "field.required")) }
        var end: BookingRepetition.End?
        switch (body.count, body.until) {
        case (let n?, nil): end = .count(n)
        case (nil, let text?):
            if let last = CivilDate(text) { end = .until(last) } else { errors.append(FieldError("repeat.until", "field.date")) }
        case (nil, nil) where asked.nulls.isDisjoint(with: ["count", "until"]):
            errors.append(FieldError("repeat", "booking.repeat_count", max))
        case (nil, nil): break
        case (_?, _?): errors.append(FieldError("repeat", "booking.repeat_count", max))
        }
        // R1.2: a priority booking displaces others once, with the reason; it is not repeated.
        if priority { errors.append(FieldError("priorityReason", "booking.repeat_priority")) }
        try Input.check(errors)
        guard let end else { throw ValidationFailure([FieldError("repeat", "booking.repeat_count", max)]) }
        do throws(BookingRepetition.Problem) {
            return try BookingRepetition(every: body.every ?? "", end: end, first: first)
        } catch {
            let refused =
                switch error {
                case .every: FieldError("repeat.every", "field.enum")
                case .count: FieldError("repeat.count", "booking.repeat_count", max)
                case .until: FieldError("repeat.until", "booking.repeat_until", max)
                }
            throw ValidationFailure([refused])
        }
    }

    /// `POST /api/v1/bookings` with `repeat`: 201 with the bookings made and the days refused. If
    /// none could be made the answer is the refusal itself — 409 `booking.conflict` when any day
    /// was taken, else 422 `booking.rules` (every day broke a rule) — as for a single booking.
    func createRepeated(
        _ draft: BookingDraft, _ asked: Strict<RepeatBody>, priority: Bool, by actor: Actor, req: Request
    ) async throws -> Response {
        let time = req.huiwu.time
        let repetition = try Self.repetition(asked, first: time.date(of: draft.interval.start), priority: priority)
        let outcome = try await req.huiwu.ledger.placeRepeated(draft, repetition, by: actor, now: req.now)
        guard !outcome.made.isEmpty else {
            let taken = outcome.refused.first { if case .conflict = $0.error { true } else { false } }
            throw (taken ?? outcome.refused[0]).error
        }
        let answer = RepeatedBookingsDTO(
            made: outcome.made.map { BookingDTO($0, time: time) },
            refused: outcome.refused.map {
                RefusedItemDTO(date: $0.date.description, ProblemMapper.problem(for: $0.error, on: req))
            })
        let response = Response(status: .created)
        try response.content.encode(answer)
        return response
    }
}
