import Foundation
import HuiwuCore
import SQLKit

/// Attendance per participant (R5.6): check-in and check-out by QR link, by the
/// organiser or chair, and through the API — one code path — within the window the rulebook in
/// force at the meeting's start sets. A person checking in twice keeps the first time; the row
/// is unique per participant, so concurrent check-ins neither lose nor double a record.
public struct Attendance: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    /// The meeting's participants (not removed) with their attendance.
    public func roster(_ meetingId: UUID) async throws -> [AttendanceLine] {
        let participants = try await Meetings(store: store).participants(of: meetingId).filter { !$0.record.removed }
        let rows = try await store.reader.raw("SELECT * FROM attendance WHERE meeting_id = \(bind: meetingId)").all()
            .map(AttendanceRecord.init(row:))
        let byParticipant = Dictionary(rows.map { ($0.participantId, $0) }, uniquingKeysWith: { a, _ in a })
        return participants.map { AttendanceLine(participant: $0, record: byParticipant[$0.record.id]) }
    }

    /// One participant's line (what a check-in answers), read alone.
    public func line(meeting meetingId: UUID, participant participantId: UUID) async throws -> AttendanceLine? {
        try await Self.line(meeting: meetingId, participant: participantId, record: nil, store.reader)
    }

    /// The line of a participant not removed, with `record` when the caller holds it already.
    static func line(
        meeting meetingId: UUID, participant participantId: UUID, record: AttendanceRecord?, _ db: any SQLDatabase
    ) async throws -> AttendanceLine? {
        guard
            let participant = try await Meetings.participants(of: meetingId, only: participantId, db).first,
            !participant.record.removed
        else { return nil }
        let record =
            if let record { record } else {
                try await db.raw(
                    "SELECT * FROM attendance WHERE meeting_id = \(bind: meetingId) AND participant_id = \(bind: participantId)"
                ).first().map(AttendanceRecord.init(row:))
            }
        return AttendanceLine(participant: participant, record: record)
    }

    /// The line of a record just written in `db` (a check-in, check-out or mark answers with it).
    static func line(of record: AttendanceRecord, seat: Seat? = nil, _ db: any SQLDatabase) async throws -> AttendanceLine {
        if let view = seat?.view, view.record.id == record.participantId {
            return AttendanceLine(participant: view, record: record)
        }
        guard let line = try await line(meeting: record.meetingId, participant: record.participantId, record: record, db)
        else { throw AttendanceError.notParticipant }
        return line
    }

    /// The line `person` checks in on: their own, or the one they stand in for as an accepted delegate.
    public func line(meeting meetingId: UUID, person: UUID) async throws -> AttendanceLine? {
        guard let ref = try await Self.participant(of: meetingId, person: person, store.reader) else { return nil }
        return try await line(meeting: meetingId, participant: ref.id)
    }

    /// The attendance clause in force for a meeting (the version in force on its start day).
    public func rule(for meeting: MeetingRecord) async throws -> Cited<AttendanceRule>? {
        try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), store.reader)?.attendance
    }

    public func window(for meeting: MeetingRecord) async throws -> AttendanceJudgement.Window {
        AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: try await rule(for: meeting)?.rule)
    }

    /// A person checks themself in (QR link, API): they must be on the list, or the delegate
    /// who accepted in someone's place (their check-in counts for that participant). `seat` is
    /// the row the caller found already for this person (the API's check before reading the
    /// body), which spares the read: a check-in racing the person's removal from the list is
    /// the same as one just before it. Answers with the participant's line.
    public func checkIn(
        meeting meetingId: UUID, person: UUID, seat: Seat? = nil, method: CheckInMethod, at instant: Date
    ) async throws -> AttendanceLine {
        try await store.write { db in
            let participant = try await Self.seat(seat, of: meetingId, person: person, db)
            let (meeting, current, stored) = try await Self.openMeeting(meetingId, participant: participant.id, db)
            try await Self.requireOpen(meeting, at: instant, time: time, stored: stored, store.inForce, db)
            let record = try await Self.recordCheckIn(
                meeting: meetingId, participant: participant, current: current, at: instant, method: method, by: person, db)
            return try await Self.line(of: record, seat: participant, db)
        }
    }

    /// A person checks out (early leave is judged from this, A3 一.3).
    public func checkOut(
        meeting meetingId: UUID, person: UUID, seat: Seat? = nil, at instant: Date
    ) async throws -> AttendanceLine {
        try await store.write { db in
            let participant = try await Self.seat(seat, of: meetingId, person: person, db)
            let (meeting, current, stored) = try await Self.openMeeting(meetingId, participant: participant.id, db)
            try await Self.requireOpen(meeting, at: instant, time: time, stored: stored, store.inForce, db)
            let record = try await Self.recordCheckOut(current, at: instant, db)
            return try await Self.line(of: record, seat: participant, db)
        }
    }

    static func seat(_ known: Seat?, of meetingId: UUID, person: UUID, _ db: any SQLDatabase) async throws -> Seat {
        if let known { return known }
        if let found = try await participant(of: meetingId, person: person, db) { return found }
        // A meeting that is gone, cancelled or closed says so before the person hears they are not on it.
        _ = try await openMeeting(meetingId, participant: nil, db)
        throw AttendanceError.notParticipant
    }

    // MARK: - shared steps

    /// The participant row a person checks in on, and whose attendance it is; with the row as a
    /// line shows it when the caller read it already (a check-in's answer needs no other read).
    public struct Seat: Sendable {
        var id: UUID
        var personId: UUID?
        var view: ParticipantView?
    }

    /// The meeting, fenced against attendance closing meanwhile (AttendanceFence), the
    /// participant's attendance row read with it, if any, and how many rulebook versions are
    /// stored (for `InForceCache`).
    static func openMeeting(
        _ id: UUID, participant: UUID?, _ db: any SQLDatabase
    ) async throws -> (MeetingRecord, AttendanceRecord?, Int) {
        try await AttendanceFence.enter(id, db)
        let columns = AttendanceRecord.columns.map { "a.\($0) AS att_\($0)" }.joined(separator: ", ")
        guard
            let row = try await db.raw(
                """
                SELECT m.*, \(unsafeRaw: columns), \(unsafeRaw: InForceCache.storedColumn) FROM meetings m
                LEFT JOIN attendance a ON a.meeting_id = m.id AND a.participant_id = \(bind: participant)
                WHERE m.id = \(bind: id)
                """
            ).first()
        else { throw AttendanceError.meetingNotFound }
        let meeting = try MeetingRecord(row: row)
        if meeting.status == .cancelled { throw AttendanceError.meetingCancelled }
        if try row.decode(column: "attendance_closed_at", as: Date?.self) != nil { throw AttendanceError.closed(citation: nil) }
        let current =
            try row.decode(column: "att_id", as: UUID?.self) == nil ? nil : try AttendanceRecord(row: row, prefix: "att_")
        return (meeting, current, try row.decode(column: "rulebooks_stored", as: Int.self))
    }

    static func requireOpen(
        _ meeting: MeetingRecord, at instant: Date, time: OrgTime, stored: Int, _ cache: InForceCache, _ db: any SQLDatabase
    ) async throws {
        let version = try await cache.version(on: time.date(of: meeting.startsAt), stored: stored, db)
        let rule = try version.map { try RulebookCache.shared.rulebook($0) }?.attendance
        let window = AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: rule?.rule)
        switch AttendanceJudgement.refusal(checkInAt: instant, window) {
        case .notOpenYet?: throw AttendanceError.notOpen(opens: window.opens, citation: rule?.citation)
        case .closed?: throw AttendanceError.closed(citation: rule?.citation)
        case nil: break
        }
    }

    /// The participant row a person checks in on: their own, or the one they were delegated to.
    /// One read: their own row comes first.
    static func participant(of meetingId: UUID, person: UUID, _ db: any SQLDatabase) async throws -> Seat? {
        // Two reads rather than one UNION: the delegate's read scans the meeting's attendance, and
        // the common case (one's own row) should not pay for it on every arrival.
        let shown = "p.*, pe.display_name, pe.email, d.name AS department_name"
        let people = "LEFT JOIN people pe ON pe.id = p.person_id LEFT JOIN departments d ON d.id = pe.department_id"
        var row = try await db.raw(
            """
            SELECT \(unsafeRaw: shown) FROM meeting_participants p \(unsafeRaw: people)
            WHERE p.meeting_id = \(bind: meetingId) AND p.person_id = \(bind: person) AND p.removed = \(bind: false)
            """
        ).first()
        if row == nil {
            row = try await db.raw(
                """
                SELECT \(unsafeRaw: shown) FROM attendance a JOIN meeting_participants p ON p.id = a.participant_id \(unsafeRaw: people)
                WHERE a.meeting_id = \(bind: meetingId) AND a.delegate_id = \(bind: person)
                """
            ).first()
        }
        guard let row else { return nil }
        let view = try Meetings.participantView(row)
        return Seat(id: view.record.id, personId: view.record.personId, view: view)
    }

    static func mayMark(_ meeting: MeetingRecord, actor: Actor, _ db: any SQLDatabase) async throws -> Bool {
        if AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: meeting.organiserId) { return true }
        return try await MeetingChairs.chairs(meeting, actor: actor, db)
    }

    /// Inserts the check-in, or keeps the first one when the participant already checked in.
    static func recordCheckIn(
        meeting: UUID, participant: Seat, current: AttendanceRecord?, at instant: Date, method: CheckInMethod, by: UUID,
        _ db: any SQLDatabase
    ) async throws -> AttendanceRecord {
        // The QR code scanned again: the first time stands and nothing is written (a read-only
        // transaction, which a burst of arrivals at a large meeting is mostly made of).
        if let current, current.checkedInAt != nil { return current }
        let written = try await db.raw(
            """
            INSERT INTO attendance (id, meeting_id, participant_id, person_id, checked_in_at, method, excused, marked_by,
              version, updated_at)
            VALUES (\(bind: UUID()), \(bind: meeting), \(bind: participant.id), \(bind: participant.personId), \(bind: instant),
              \(bind: method.rawValue), \(bind: false), \(bind: by), 1, \(bind: instant))
            ON CONFLICT (meeting_id, participant_id) DO UPDATE SET checked_in_at = excluded.checked_in_at,
              method = excluded.method, marked_by = excluded.marked_by, version = attendance.version + 1,
              updated_at = excluded.updated_at
            WHERE attendance.checked_in_at IS NULL
            RETURNING *
            """
        ).first().map(AttendanceRecord.init(row:))
        // Nothing returned: a check-in of the same participant committed meanwhile, and stands.
        if let written { return written }
        return try await row(meeting: meeting, participant: participant.id, db)
    }

    static func recordCheckOut(
        _ current: AttendanceRecord?, at instant: Date, _ db: any SQLDatabase
    ) async throws
        -> AttendanceRecord
    {
        guard let current, let checkedIn = current.checkedInAt, instant >= checkedIn else { throw AttendanceError.notCheckedIn }
        try await db.raw(
            """
            UPDATE attendance SET checked_out_at = \(bind: instant), version = version + 1, updated_at = \(bind: instant)
            WHERE id = \(bind: current.id)
            """
        ).run()
        return try await row(meeting: current.meetingId, participant: current.participantId, db)
    }

    static func ensureRow(
        meeting: UUID, participant: Seat, now: Date, _ db: any SQLDatabase
    ) async throws
        -> AttendanceRecord
    {
        try await db.raw(
            """
            INSERT INTO attendance (id, meeting_id, participant_id, person_id, excused, version, updated_at)
            VALUES (\(bind: UUID()), \(bind: meeting), \(bind: participant.id), \(bind: participant.personId), \(bind: false), 1,
              \(bind: now))
            ON CONFLICT (meeting_id, participant_id) DO NOTHING
            """
        ).run()
        return try await row(meeting: meeting, participant: participant.id, db)
    }

    static func row(meeting: UUID, participant: UUID, _ db: any SQLDatabase) async throws -> AttendanceRecord {
        guard
            let r = try await db.raw(
                "SELECT * FROM attendance WHERE meeting_id = \(bind: meeting) AND participant_id = \(bind: participant)"
            ).first()
        else { throw AttendanceError.notParticipant }
        return try AttendanceRecord(row: r)
    }
}

extension Attendance {
    /// Whether the actor may mark participants and correct records: organiser, chair, room office.
    public func mayMark(_ meeting: MeetingRecord, actor: Actor) async throws -> Bool {
        try await Self.mayMark(meeting, actor: actor, store.reader)
    }

    public func isClosed(_ meetingId: UUID) async throws -> Bool {
        try await store.reader.raw("SELECT attendance_closed_at FROM meetings WHERE id = \(bind: meetingId)").first()?
            .decode(column: "attendance_closed_at", as: Date?.self) != nil
    }
}

extension Attendance {
    /// The row `person` checks in on, if any (on the list, or an accepted delegate).
    public func seat(meeting meetingId: UUID, person: UUID) async throws -> Seat? {
        try await Self.participant(of: meetingId, person: person, store.reader)
    }
}
