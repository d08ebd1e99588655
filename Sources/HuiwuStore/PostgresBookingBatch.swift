import Foundation
import HuiwuCore
import SQLKit

/// Group insert of ordinary bookings on PostgreSQL: bookings arriving together are inserted by
/// one statement (with their audit events and notifications), so planning, the round trip and
/// the commit's WAL flush are paid once per batch instead of once per booking.
///
/// Safety does not depend on batching: the exclusion constraint still decides overlaps (R1.1).
/// A row whose room changed version, or whose purpose stopped being active, is left out and
/// reported `.stale`; if the statement fails as a whole (an overlap with a committed booking or
/// within the batch, a vanished person), nothing of it is kept and every booking in it is
/// retried alone, so each caller gets its own answer.
final class PostgresBookingBatch: Sendable {
    enum Outcome: Sendable {
        case placed
        case stale
        case retryAlone
    }

    struct Item: Sendable {
        var booking: BookingRecord
        var roomVersion: Int
        var detail: String
        var kind: String
        var params: String
        var answer: @Sendable (Outcome) -> Void
    }

    private let queue = BatchQueue<Item>(maxBatch: 64, lanes: 2)
    private let database: @Sendable () -> any SQLDatabase

    init(database: @escaping @Sendable () -> any SQLDatabase) {
        self.database = database
    }

    func insert(_ booking: BookingRecord, roomVersion: Int, detail: String, kind: String, params: String) async -> Outcome {
        await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
            let item = Item(booking: booking, roomVersion: roomVersion, detail: detail, kind: kind, params: params,
                            answer: { continuation.resume(returning: $0) })
            if queue.push(item) {
                let queue = queue, database = database
                Task { await Self.drain(queue, database) }
            }
        }
    }

    private static func drain(_ queue: BatchQueue<Item>, _ database: @Sendable () -> any SQLDatabase) async {
        while let batch = queue.takeBatch() {
            do {
                let placed = try await insert(batch, database())
                for item in batch { item.answer(placed.contains(item.booking.id) ? .placed : .stale) }
            } catch {
                for item in batch { item.answer(.retryAlone) }
            }
        }
    }

    /// One statement for the whole batch; returns the ids inserted. Arrays carry the columns
    /// (`unnest`), so the statement text — and PostgreSQL's plan for it — is the same for any size.
    private static func insert(_ batch: [Item], _ db: any SQLDatabase) async throws -> Set<UUID> {
        let b = batch.map(\.booking)
        let rows = try await db.raw("""
            WITH input AS (
              SELECT * FROM unnest(\(bind: b.map(\.id))::uuid[], \(bind: b.map(\.roomId))::uuid[],
                \(bind: b.map(\.startsAt))::timestamptz[], \(bind: b.map(\.endsAt))::timestamptz[], \(bind: b.map(\.title))::text[],
                \(bind: b.map(\.purpose))::text[], \(bind: b.map(\.headcount))::bigint[], \(bind: b.map(\.bookerId))::uuid[],
                \(bind: b.map { $0.departmentId?.uuidString ?? "" })::text[], \(bind: b.map(\.status))::text[],
                \(bind: b.map(\.createdAt))::timestamptz[], \(bind: batch.map(\.roomVersion))::bigint[],
                \(bind: batch.map { _ in OrderedID.next() })::uuid[], \(bind: batch.map(\.detail))::text[],
                \(bind: batch.map { _ in OrderedID.next() })::uuid[], \(bind: batch.map(\.kind))::text[],
                \(bind: batch.map(\.params))::text[])
              AS t(id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department, status, at,
                   room_version, event_id, detail, notice_id, kind, params)),
            ok AS (
              SELECT i.* FROM input i
              WHERE EXISTS (SELECT 1 FROM rooms r WHERE r.id = i.room_id AND r.version = i.room_version)
                AND EXISTS (SELECT 1 FROM purposes p WHERE p.code = i.purpose AND p.active)),
            b AS (
              INSERT INTO bookings (id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department_id,
                status, priority, decision_reason, decided_by_id, decided_at, version, created_at, updated_at)
              SELECT id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, NULLIF(department, '')::uuid,
                status, false, NULL, CASE WHEN status = 'approved' THEN booker_id END,
                CASE WHEN status = 'approved' THEN at END, 1, at, at FROM ok
              RETURNING id),
            e AS (
              INSERT INTO booking_events (id, booking_id, actor_id, action, detail, at)
              SELECT event_id, id, booker_id, 'created', detail, at FROM ok),
            n AS (
              INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
              SELECT notice_id, booker_id, kind, id, params, at, NULL FROM ok)
            SELECT id FROM b
            """).all()
        return Set(try rows.map { try $0.decode(column: "id", as: UUID.self) })
    }
}
