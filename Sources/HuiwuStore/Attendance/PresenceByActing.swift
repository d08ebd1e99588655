import Foundation
import HuiwuCore
import SQLKit

extension OrgTime {
    /// The default zone's clock, for services built without the organisation's (tests, tools).
    public static var defaultZone: OrgTime { OrgTime(zone: TimeZone(identifier: defaultZoneIdentifier)!) }
}

extension Attendance {
    /// Whoever runs a meeting is at it (R5.6, R3.2): a participant who acts on the meeting during
    /// its span — marks attendance, records an offence, writes or publishes the minutes, records
    /// or closes an action item, changes the agenda or signs off its checklist — is checked in
    /// from their first act, with the method `acted`, so the list explains why they count as
    /// present. An organiser who ran the meeting without scanning their own code is then not
    /// closed as absent.
    ///
    /// The span is from check-in opening to the meeting's end. An act after the end (minutes
    /// published the next morning, an offence entered in the clause's time after the meeting)
    /// shows work on the meeting, not presence at it, and records nothing.
    ///
    /// The check-in is judged like any other: an act before the clause's late threshold is on
    /// time; a first act after it is late. The regulation judges arrival by the first evidence of
    /// it (A3 一: 开始后签到为迟到), and one's own act cannot excuse one's own lateness (X1); the
    /// meeting page prompts the chair to check in, and another who may correct the record does
    /// so when the chair was there earlier.
    ///
    /// Never refuses the act: outside the span, on a cancelled or closed meeting, or for someone
    /// not on the list it does nothing. Called in the act's own transaction, before the act takes
    /// any lock of its own on the meeting (the attendance fence comes first, as in closing).
    static func presentByActing(
        _ meetingId: UUID, actor: UUID, at instant: Date, time: OrgTime, cache: InForceCache, _ db: any SQLDatabase
    ) async throws {
        guard let seat = try await participant(of: meetingId, person: actor, db) else { return }
        let meeting: MeetingRecord, current: AttendanceRecord?, stored: Int
        do {
            (meeting, current, stored) = try await openMeeting(meetingId, participant: seat.id, db)
        } catch is AttendanceError {
            return
        }
        if current?.checkedInAt != nil || instant >= meeting.endsAt { return }
        let version = try await cache.version(on: time.date(of: meeting.startsAt), stored: stored, db)
        let rule = try version.map { try RulebookCache.shared.rulebook($0) }?.attendance?.rule
        let window = AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: rule)
        guard AttendanceJudgement.refusal(checkInAt: instant, window) == nil else { return }
        _ = try await recordCheckIn(
            meeting: meetingId, participant: seat, current: current, at: instant, method: .acted, by: actor, db)
    }
}

/// Attendance listening to acts on a meeting: the actor is present from their first act (R5.6).
struct PresenceByActingListener: MeetingActListener {
    func acted(
        on meetingId: UUID, by person: UUID, at instant: Date, time: OrgTime, cache: InForceCache, _ db: any SQLDatabase
    ) async throws {
        try await Attendance.presentByActing(meetingId, actor: person, at: instant, time: time, cache: cache, db)
    }
}
