import Foundation
import HuiwuCore
import SQLKit

extension MeetingScheduler {
    /// Tells those who were notified of a change (X2, in the same transaction): everyone on the
    /// changed meetings' lists hears of it once for each calendar object the meetings are now
    /// in, and an object the meetings left (a series a split ended earlier) is brought up to date
    /// by e-mail for them too, so every calendar holding it stays exact (X2). A series
    /// counts as notified when any of its meetings was (that invitation carried every date).
    static func announce(
        _ before: [MeetingRecord], now after: [MeetingRecord], kind: NoticeKind, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        guard let first = before.first else { return }
        let ids = SQLList(before.map { SQLBind($0.id) })
        let series: SQLQueryString =
            first.seriesId.map {
                " OR meeting_id IN (SELECT id FROM meetings WHERE series_id = \(bind: $0))"
            } ?? ""
        guard try await db.raw("SELECT 1 AS one FROM notices WHERE meeting_id IN (\(ids))\(series)").first() != nil else {
            return
        }
        func object(_ m: MeetingRecord) -> UUID { m.seriesId ?? m.id }
        var objects: [UUID] = []
        for m in after where !objects.contains(object(m)) { objects.append(object(m)) }
        for o in objects {
            _ = try await Notices.queue(.init(meetings: after.filter { object($0) == o }.map(\.id)), kind: kind, now: now, db)
        }
        let moved = Dictionary(grouping: zip(before, after).filter { !objects.contains(object($0.0)) }) { object($0.0) }
        for (left, pairs) in moved.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            _ = try await Notices.queue(
                .init(meetings: pairs.map(\.1.id), object: left, emailOnly: true), kind: .calendar,
                now: now, db)
        }
    }
}
