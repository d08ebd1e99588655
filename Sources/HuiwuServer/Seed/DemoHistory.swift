import HuiwuCore
import HuiwuStore
import Vapor

/// The demo's past (R2.4, R3.2, R5.6, X4): a meeting in each of the last three weeks, of the
/// regulation's weekly (or else monthly) type, through the real paths with the clock set to when
/// each step would have happened — check-ins before the start, one late arrival, one leave
/// approved through the regulation's chain, one absence — and attendance closed, so the rulebook
/// assesses its fines and the reports and the cadence page show something real.
struct DemoHistory {
    let services: HuiwuServices
    let profile: DemoProfile
    let actors: [String: Actor]
    let room: UUID
    let now: Date

    func make() async throws {
        let time = services.time
        let owned = try await services.meetingTypes.all().filter { profile.owns($0.template) && $0.template.rule != nil }
        let type =
            owned.first { $0.template.rule?.contains("WEEKLY") == true }
            ?? owned.first { $0.template.rule?.contains("MONTHLY") == true } ?? owned.first
        let organiser = actors["wangfang"]!
        let today = time.date(of: now)
        for week in 1...3 {
            var day = today.adding(days: -7 * week)
            if day.isoWeekday > 5 { day = day.adding(days: 5 - day.isoWeekday) }
            let start = time.instant(day, minutes: 16 * 60 + 30)
            let end = start.addingTimeInterval(3600)
            // No room: the past is about attendance, and the demo's bookings keep their rooms.
            let draft = MeetingDraft(
                typeId: type?.id, title: type?.template.name.zhHans ?? profile.routineTitle, roomId: nil,
                interval: Interval(start: start, end: end), headcount: 10,
                participants: [
                    ParticipantSelector(kind: .role, value: Role.staff.rawValue),
                    ParticipantSelector(kind: .role, value: Role.departmentHead.rawValue),
                ])
            let meeting = try await services.scheduler.createMeeting(
                draft, by: organiser, now: start.addingTimeInterval(-3 * 86_400))
            try await attend(meeting, week: week, start: start)
            _ = try await services.attendance.close(meeting.id, now: end.addingTimeInterval(3600))
        }
    }

    /// Everyone on the list checks in a few minutes early, except: in the latest week 刘洋 is 7
    /// minutes late; two weeks ago 陈静 is on leave (asked the day before, decided by the chain);
    /// three weeks ago 黄敏 does not come.
    private func attend(_ meeting: MeetingRecord, week: Int, start: Date) async throws {
        let people = try await services.meetings.participants(of: meeting.id).compactMap(\.record.personId)
        let username = Dictionary(actors.map { ($0.value.id, $0.key) }, uniquingKeysWith: { a, _ in a })
        for (i, person) in people.enumerated() {
            let name = username[person] ?? ""
            if week == 3 && name == "huangmin" { continue }
            if week == 2 && name == "chenjing" {
                try await leave(meeting, person: person, at: start.addingTimeInterval(-86_400))
                continue
            }
            let minutes: Double = week == 1 && name == "liuyang" ? 7 : -Double(2 + i % 8)
            _ = try await services.attendance.checkIn(
                meeting: meeting.id, person: person, method: .qr, at: start.addingTimeInterval(minutes * 60))
        }
    }

    /// A leave request, approved step by step by whoever the chain asks (R3.1); a regulation
    /// that names no chain approves it at once. Refused leave (a notice period) stays expected.
    private func leave(_ meeting: MeetingRecord, person: UUID, at: Date) async throws {
        guard
            let request = try? await services.leave.requestLeave(
                meeting: meeting.id, person: person, reason: "外出拜访客户", now: at)
        else { return }
        guard let approval = request.approvalId else { return }
        var decidedAt = at
        while let view = try await services.approvals.view(approval), let task = view.waitingOn.first {
            decidedAt = decidedAt.addingTimeInterval(600)
            _ = try await services.approvals.decide(approval, approve: true, reason: nil, by: task.personId, now: decidedAt)
        }
    }
}
