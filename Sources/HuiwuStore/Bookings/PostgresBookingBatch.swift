import Foundation
import HuiwuCore
import SQLKit

/// Group insert of ordinary bookings on PostgreSQL: bookings arriving together are inserted by
/// one statement (with their audit events and notifications), so planning, the round trip and
/// the commit's WAL flush are paid once per batch instead of once per booking.
///
/// Safety does not depend on batching: the exclusion constraint still decides overlaps (R1.1).
/// The statement inserts with `ON CONFLICT DO NOTHING`, so a row the constraint refuses — it
/// overlaps a booking already there, one another process is inserting, or an earlier row of the
/// same batch — is simply left out and reported `.overlap`; the rest of the batch goes in. A row
/// whose room changed version, or whose purpose stopped being active, is left out as `.stale`.
///
/// Why not a plain INSERT (a fleet on one PostgreSQL): two processes inserting conflicting rows
/// each wait for the other's transaction at the constraint check and deadlock (40P01), failing both
/// batches and everyone in them. With `ON CONFLICT` PostgreSQL's speculative insertion waits only
/// for the row already in the way, and rows go in ordered by room and start so that two batches
/// meet in the same order. A deadlock that still happens is retried; a statement that fails for any
/// other reason (a vanished person) is retried row by row, so each caller gets its own answer.
final class PostgresBookingBatch: Sendable {
    enum Outcome: Sendable, Equatable {
        case placed
        case stale
        case overlap
        case retryAlone
    }

    /// One booking to insert, with its audit detail and the booker's receipt.
    struct Item: Sendable {
        var booking: BookingRecord
        var roomVersion: Int
        var detail: String
        var kind: String
        var params: String
    }

    /// A queued item and how to answer its caller.
    private struct Waiting: Sendable {
        var item: Item
        var answer: @Sendable (Outcome) -> Void
    }

    private let queue = BatchQueue<Waiting>(maxBatch: 64, lanes: 2)
    private let database: @Sendable () -> any SQLDatabase

    init(database: @escaping @Sendable () -> any SQLDatabase) {
        self.database = database
    }

    /// Queues the booking for the next shared statement and waits for its outcome.
    func insert(_ item: Item) async -> Outcome {
        await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
            if queue.push(Waiting(item: item, answer: { continuation.resume(returning: $0) })) {
                let queue = queue, database = database
                Task.detached { await Self.drain(queue, database) }
            }
        }
    }

    private static func drain(_ queue: BatchQueue<Waiting>, _ database: @Sendable () -> any SQLDatabase) async {
        while let batch = queue.takeBatch() {
            do {
                let outcomes = try await TransientFailure.retrying { try await insert(batch.map(\.item), database()) }
                for waiting in batch { waiting.answer(outcomes[waiting.item.booking.id] ?? .retryAlone) }
            } catch {
                for waiting in batch { waiting.answer(.retryAlone) }
            }
        }
    }

    /// One statement for the whole batch; returns each booking's outcome. Arrays carry the
    /// columns (`unnest`), so the statement text — and PostgreSQL's plan for it — is the same for
    /// any size. Every row, its audit event (X5) and the booker's notification are one implicit
    /// transaction: all or nothing.
    static func insert(_ batch: [Item], _ db: any SQLDatabase) async throws -> [UUID: Outcome] {
        let batch = batch.sorted {
            ($0.booking.roomId.uuidString, $0.booking.startsAt) < ($1.booking.roomId.uuidString, $1.booking.startsAt)
        }
        let b = batch.map(\.booking)
        let rows = try await db.raw(
            """
            WITH input AS (
              SELECT * FROM unnest(\(bind: b.map(\.id))::uuid[], \(bind: b.map(\.roomId))::uuid[],
                \(bind: b.map(\.startsAt))::timestamptz[], \(bind: b.map(\.endsAt))::timestamptz[], \(bind: b.map(\.title))::text[],
                \(bind: b.map(\.purpose))::text[], \(bind: b.map(\.headcount))::bigint[], \(bind: b.map(\.bookerId))::uuid[],
                \(bind: b.map { $0.departmentId?.uuidString ?? "" })::text[], \(bind: b.map(\.status))::text[],
                \(bind: b.map(\.createdAt))::timestamptz[], \(bind: batch.map(\.roomVersion))::bigint[],
                \(bind: batch.map { _ in OrderedID.next() })::uuid[], \(bind: batch.map(\.detail))::text[],
                \(bind: batch.map { _ in OrderedID.next() })::uuid[], \(bind: batch.map(\.kind))::text[],
                \(bind: batch.map(\.params))::text[]) WITH ORDINALITY
              AS t(id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department, status, at,
                   room_version, event_id, detail, notice_id, kind, params, position)),
            ok AS (
              SELECT i.* FROM input i
              WHERE EXISTS (SELECT 1 FROM rooms r WHERE r.id = i.room_id AND r.version = i.room_version)
                AND EXISTS (SELECT 1 FROM purposes p WHERE p.code = i.purpose AND p.active)),
            b AS (
              INSERT INTO bookings (id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department_id,
                status, priority, decision_reason, decided_by_id, decided_at, version, created_at, updated_at)
              SELECT id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, NULLIF(department, '')::uuid,
                status, false, NULL, CASE WHEN status = 'approved' THEN booker_id END,
                CASE WHEN status = 'approved' THEN at END, 1, at, at FROM ok ORDER BY position
              ON CONFLICT DO NOTHING
              RETURNING id),
            e AS (
              INSERT INTO booking_events (id, booking_id, actor_id, action, detail, at)
              SELECT ok.event_id, ok.id, ok.booker_id, 'created', ok.detail, ok.at FROM ok JOIN b ON b.id = ok.id),
            n AS (
              INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
              SELECT ok.notice_id, ok.booker_id, ok.kind, ok.id, ok.params, ok.at, NULL FROM ok JOIN b ON b.id = ok.id)
            SELECT i.id, (i.id IN (SELECT id FROM ok)) AS eligible, (i.id IN (SELECT id FROM b)) AS placed FROM input i
            """
        ).all()
        var outcomes: [UUID: Outcome] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let eligible = try row.decode(column: "eligible", as: Bool.self)
            let placed = try row.decode(column: "placed", as: Bool.self)
            outcomes[id] = placed ? .placed : eligible ? .overlap : .stale
        }
        return outcomes
    }
}
