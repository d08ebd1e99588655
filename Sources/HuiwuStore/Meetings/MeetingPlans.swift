import Foundation
import HuiwuCore
import SQLKit

/// What an organiser asks for when creating a recurring series (R2.2).
public struct SeriesDraft: Sendable, Equatable {
    public var typeId: UUID?
    public var title: String
    /// The room every occurrence books (nil: held without a booked room).
    public var roomId: UUID?
    public var headcount: Int
    public var schedule: SeriesSchedule
    public var participants: [ParticipantSelector]

    public init(
        typeId: UUID?, title: String, roomId: UUID?, headcount: Int, schedule: SeriesSchedule,
        participants: [ParticipantSelector]
    ) {
        self.typeId = typeId
        self.title = title
        self.roomId = roomId
        self.headcount = headcount
        self.schedule = schedule
        self.participants = participants
    }
}

/// The organiser's answer to one conflicting occurrence (R2.2).
public enum OccurrenceResolution: Sendable, Equatable {
    /// Leave the occurrence out (it becomes an EXDATE).
    case skip
    /// Hold it at another local start, same duration.
    case move(LocalDateTime)
    /// Hold it in another room (typically one of the offered alternatives).
    case room(UUID)
}

/// One occurrence as it would be placed, with anything in its way.
public struct PlannedOccurrence: Sendable, Equatable {
    public var key: LocalDateTime
    public var start: LocalDateTime
    public var interval: Interval
    public var roomId: UUID?
    public var resolution: OccurrenceResolution?
    /// Active bookings holding the room at that time.
    public var conflicts: [BookingRecord]
    /// Another occurrence of the same series already placed in that room at that time.
    public var clashesWith: LocalDateTime?
    public var violations: [BookingRuleViolation]
    /// Filled in for occurrences with a problem: free rooms then, free times in the room.
    public var alternatives: BookingAlternatives

    public var isSkipped: Bool { resolution == .skip }
    public var isClear: Bool { isSkipped || (conflicts.isEmpty && clashesWith == nil && violations.isEmpty) }
}

/// Why a meeting operation did not happen; nothing is written when one is thrown.
public enum MeetingError: Error, Sendable {
    /// Occurrences still in conflict or breaking a booking rule: the report, for the organiser
    /// to skip, move or re-room them.
    case unresolved([PlannedOccurrence])
    case noOccurrences
    case tooManyOccurrences(max: Int)
    case forbidden
    case notFound
    /// The meeting is over or cancelled and can no longer be changed.
    case notChangeable
    /// Naming oneself its chair: someone else authorises (X1).
    case ownCase(person: UUID)
}

/// Places occurrences against the rooms' calendars: shared by the preview (on the reader) and
/// by creation and edits (in the write transaction, where the answer is final).
enum OccurrencePlanner {
    /// The purpose every meeting booking carries (R1.4: rooms are for meetings).
    static let purpose = "meeting"

    static func plan(
        _ wanted: [(key: LocalDateTime, start: LocalDateTime, roomId: UUID?, resolution: OccurrenceResolution?)],
        durationMinutes: Int, durations: [Int]? = nil, headcount: Int, by actor: Actor, excluding: Set<UUID> = [],
        time: OrgTime, now: Date, _ db: any SQLDatabase
    ) async throws -> [PlannedOccurrence] {
        var rooms: [UUID: (RoomRecord, Set<String>)] = [:]
        var placed: [UUID: [(Interval, LocalDateTime)]] = [:]
        var out: [PlannedOccurrence] = []
        out.reserveCapacity(wanted.count)
        let privileged = AccessPolicy.allows(actor.role, .approveBookings)
        // Where each occurrence would be held.
        // Each occurrence's own length when given (an edit keeps each meeting's), else the series'.
        let slots = wanted.enumerated().map { i, w -> (start: LocalDateTime, roomId: UUID?, interval: Interval) in
            let minutes = durations?[i] ?? durationMinutes
            var start = w.start, roomId = w.roomId
            switch w.resolution {
            case .move(let to)?: start = to
            case .room(let id)?: roomId = id
            default: break
            }
            let begins = time.instant(start.date, minutes: start.secondOfDay / 60)
            return (start, roomId, Interval(start: begins, end: begins.addingTimeInterval(Double(minutes) * 60)))
        }
        // One read per room of every active booking in the series' span, instead of one per
        // occurrence (a year's weekly series was 52 round trips on PostgreSQL).
        var holders: [UUID: [BookingRecord]] = [:]
        for (roomId, group) in Dictionary(
            grouping: zip(wanted, slots).filter { $0.0.resolution != .skip && $0.1.roomId != nil },
            by: { $0.1.roomId! })
        {
            let first = group.map(\.1.interval.start).min()!, last = group.map(\.1.interval.end).max()!
            holders[roomId] = try await BookingLedger.activeOverlapping(
                room: roomId, Interval(start: first, end: last),
                excluding: nil, db
            )
            .filter { !excluding.contains($0.id) }
        }
        for (w, slot) in zip(wanted, slots) {
            let (start, roomId, interval) = slot
            var p = PlannedOccurrence(
                key: w.key, start: start, interval: interval, roomId: roomId, resolution: w.resolution,
                conflicts: [], clashesWith: nil, violations: [], alternatives: .none)
            if let roomId, !p.isSkipped {
                if rooms[roomId] == nil {
                    guard let found = try await BookingLedger.roomAndPurpose(roomId, purpose: purpose, db) else {
                        throw BookingError.roomNotFound
                    }
                    rooms[roomId] = found
                }
                let (room, allowed) = rooms[roomId]!
                p.violations = BookingRules.violations(
                    of: BookingRequest(interval: interval, purpose: purpose, headcount: headcount), room: room.policy,
                    allowedPurposes: allowed, time: time, now: now, privileged: privileged)
                p.conflicts = (holders[roomId] ?? []).filter { $0.interval.overlaps(interval) }
                p.clashesWith = placed[roomId]?.first { $0.0.overlaps(interval) }?.1
                placed[roomId, default: []].append((interval, w.key))
            } else if !p.isSkipped, interval.start < now.addingTimeInterval(-60) {
                p.violations = [.inPast]
            }
            out.append(p)
        }
        return out
    }

    /// Adds the alternatives (free rooms at that time, nearest free times in the room) to every
    /// occurrence with a problem — read after the transaction, outside the write lock.
    static func withAlternatives(
        _ plan: [PlannedOccurrence], headcount: Int, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws -> [PlannedOccurrence] {
        var out = plan
        for i in out.indices where !out[i].isClear {
            guard let roomId = out[i].roomId else { continue }
            out[i].alternatives = try await BookingLedger.alternatives(
                for: out[i].interval, roomId: roomId, headcount: headcount,
                time: time, now: now, db)
        }
        return out
    }
}
