import HuiwuCore
import HuiwuStore
import Vapor

/// Two weeks of demo bookings (from three days ago to ten days ahead), placed, decided and
/// registered through `BookingLedger` with the clock set to when each step would happen.
struct DemoBookings {
    let services: HuiwuServices
    let actors: [String: Actor]
    let roomIds: [UUID]
    let now: Date

    static let titles = ["部门例会", "季度销售复盘", "预算评审", "新员工培训", "客户接待", "技术方案讨论", "招聘面试", "项目启动会"]
    static let purposes = ["meeting", "review", "meeting", "training", "reception", "meeting", "interview", "meeting"]
    static let bookers = ["liuyang", "zhangwei", "chenjing", "huangmin", "zhaolei", "liuyang", "huangmin", "zhaolei"]

    func make() async throws {
        let time = services.time
        let ledger = services.ledger
        let office = actors["wangfang"]!
        let today = time.date(of: now)
        var n = 0
        for offset in -3...10 {
            let day = today.adding(days: offset)
            guard day.isoWeekday <= 5 else { continue }
            for (roomIndex, roomId) in roomIds.enumerated() where roomIndex != 9 {
                for slot in 0..<2 where (roomIndex + slot + offset) % 3 != 0 {
                    n += 1
                    let k = (roomIndex + slot * 3 + offset + 30) % Self.titles.count
                    let startMinute = slot == 0 ? 9 * 60 + (roomIndex % 3) * 30 : 14 * 60 + (roomIndex % 2) * 60
                    let start = time.instant(day, minutes: startMinute)
                    let end = start.addingTimeInterval(Double(60 + (k % 3) * 30) * 60)
                    let booker = actors[Self.bookers[k]]!
                    let madeAt = start.addingTimeInterval(-3 * 86_400)
                    let headcount = roomIndex == 4 ? 60 : (roomIndex == 8 ? 3 : 5)
                    let draft = BookingDraft(
                        roomId: roomId, interval: Interval(start: start, end: end), title: Self.titles[k],
                        purpose: Self.purposes[k], headcount: headcount)
                    guard let placed = try? await ledger.place(draft, by: booker, now: madeAt) else { continue }
                    var booking = placed.booking
                    let decidedAt = madeAt.addingTimeInterval(3600)
                    // Leave a few future requests pending for the approval queue; reject one in ten.
                    if booking.statusValue == .pending {
                        if offset >= 1 && n % 4 == 0 { continue }
                        if n % 10 == 0 {
                            _ = try await ledger.reject(
                                booking.id, reason: "该时段已安排领导接待", by: office,
                                expectedVersion: nil, now: decidedAt)
                            continue
                        }
                        booking = try await ledger.approve(booking.id, by: office, expectedVersion: nil, now: decidedAt)
                    }
                    guard end < now else { continue }
                    if n % 7 == 0 {
                        continue  // a no-show: booked but never checked in (R1.3 shows it)
                    }
                    let arrived = start.addingTimeInterval(Double((n % 4) * 3) * 60)
                    _ = try await ledger.checkIn(
                        booking.id, headcount: max(1, headcount - n % 3), by: booker,
                        expectedVersion: nil, now: arrived)
                    _ = try await ledger.checkOut(
                        booking.id, headcount: nil, condition: n % 5 == 0 ? "白板笔缺失" : nil,
                        by: booker, expectedVersion: nil,
                        now: end.addingTimeInterval(Double((n % 3) * 5 - 5) * 60))
                }
            }
        }
    }
}
