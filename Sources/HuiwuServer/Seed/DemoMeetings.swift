import HuiwuCore
import HuiwuStore
import Vapor

/// Demo meetings: the regulation's own meeting types loaded (R2.1), and two series made from
/// those with a cadence through the real scheduler (under A3, its representatives' meeting on
/// the Friday before the 25th and its weekly team meeting), with any occurrence that meets a
/// demo booking skipped, as an organiser would.
struct DemoMeetings {
    let services: HuiwuServices
    let profile: DemoProfile
    let actors: [String: Actor]
    let roomIds: [UUID]
    let now: Date

    func make() async throws {
        let types = services.meetingTypes
        _ = try await types.load(services.templates.filter(profile.owns), now: now)
        // Monthly and weekly types first: a daily one makes a long list of little interest.
        let all = try await types.all().filter { $0.template.rule != nil }
            .sorted {
                ($0.template.rule?.contains("DAILY") == true ? 1 : 0) < ($1.template.rule?.contains("DAILY") == true ? 1 : 0)
            }
        let today = services.time.date(of: now)
        try await series(all.first, room: roomIds[2], organiser: actors["wangfang"]!, from: today, days: 180)
        try await series(all.dropFirst().first, room: roomIds[1], organiser: actors["zhangwei"]!, from: today, days: 80)
    }

    private func series(_ type: MeetingType?, room: UUID, organiser: Actor, from: CivilDate, days: Int) async throws {
        guard let type, let text = type.template.rule else { return }
        let minute = ClockTime(type.template.time)?.minutes ?? 9 * 60
        let draft = SeriesDraft(
            typeId: type.id, title: type.template.name.zhHans, roomId: room, headcount: 8,
            schedule: SeriesSchedule(
                rule: try RecurrenceRule(parsing: text),
                start: LocalDateTime(date: from.adding(days: 1), secondOfDay: minute * 60),
                durationMinutes: type.template.durationMinutes, through: from.adding(days: days),
                holidayPolicy: .nextWorkday),
            participants: [
                ParticipantSelector(kind: .role, value: Role.staff.rawValue),
                ParticipantSelector(kind: .role, value: Role.departmentHead.rawValue),
            ])
        let scheduler = services.scheduler
        let plan = try await scheduler.preview(draft, resolutions: [:], by: organiser, now: now)
        let skips = Dictionary(
            plan.filter { !$0.isClear }.map { ($0.key, OccurrenceResolution.skip) }, uniquingKeysWith: { a, _ in a })
        _ = try await scheduler.createSeries(draft, resolutions: skips, by: organiser, now: now)
    }
}
