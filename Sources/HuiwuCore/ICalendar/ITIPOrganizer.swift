import Foundation

/// What one recipient holds of one calendar object (a series or a single meeting), as the
/// last iTIP message sent to them described it. The organiser's side of RFC 5546 keeps this
/// per recipient, because each recipient holds a different object: only their own meetings.
public struct CalendarCopy: Sendable, Equatable, Codable {
    /// The SEQUENCE of the last message sent (RFC 5545 §3.8.7.4).
    public var sequence: Int
    /// The object as the last message described it (for a CANCEL: what was cancelled), with
    /// SEQUENCE left at 0 so that copies compare by content.
    public var events: [ICalEvent]
    /// After the last message the recipient holds the object (REQUEST) or not (CANCEL).
    public var held: Bool
    /// The last message was delivered. Until then the recipient may hold an older version,
    /// so the next change is sent whole, never as a change to one instance.
    public var confirmed: Bool

    public init(sequence: Int, events: [ICalEvent], held: Bool, confirmed: Bool) {
        self.sequence = sequence
        self.events = events
        self.held = held
        self.confirmed = confirmed
    }
}

/// An iTIP message: one METHOD, components of one UID (RFC 5546 §1.4, §3.2).
public struct ITIPMessage: Sendable, Equatable {
    public var method: String
    public var events: [ICalEvent]
    public var sequence: Int
}

/// The organiser's side of RFC 5546 for one recipient and one object: given what they hold
/// (`copy`) and what they should hold now (`truth`, the object written for them), the message
/// that brings their calendar there, and the copy they hold after it.
///
/// - Nothing held, nothing to hold: no message.
/// - The same object as last sent: the same message again at the same SEQUENCE (a re-send is
///   a duplicate to the client, never a change).
/// - Instances gone from a delivered copy, nothing else changed: CANCEL of those instances by
///   RECURRENCE-ID (§3.2.5), SEQUENCE + 1.
/// - Nothing left to hold: CANCEL of the whole object as they held it, SEQUENCE + 1.
/// - Anything else: REQUEST with the whole object (§3.2.2), SEQUENCE + 1.
public enum ITIPOrganizer {
    /// `firstSequence`: where a first message starts (an object may have been sent before the
    /// recipient's copy was kept).
    public static func next(
        copy: CalendarCopy?, truth: [ICalEvent],
        firstSequence: Int = 0
    ) -> (message: ITIPMessage?, copy: CalendarCopy?) {
        let truth = truth.map(\.unsequenced)
        guard let copy else {
            guard !truth.isEmpty else { return (nil, nil) }
            return (
                message("REQUEST", truth, firstSequence),
                CalendarCopy(sequence: firstSequence, events: truth, held: true, confirmed: false)
            )
        }
        if truth.isEmpty {
            guard copy.held || !copy.confirmed else { return (nil, copy) }
            let cancelled = copy.events.map { e -> ICalEvent in
                var e = e
                e.cancelled = true
                return e
            }
            // A CANCEL not known to have arrived goes again as it was.
            let sequence = copy.held ? copy.sequence + 1 : copy.sequence
            return (
                message("CANCEL", cancelled, sequence),
                CalendarCopy(
                    sequence: sequence, events: copy.events, held: false,
                    confirmed: copy.held ? false : copy.confirmed)
            )
        }
        if copy.held && copy.events == truth {
            return (message("REQUEST", truth, copy.sequence), copy)
        }
        let sequence = copy.sequence + 1
        let next = CalendarCopy(sequence: sequence, events: truth, held: true, confirmed: false)
        if copy.held && copy.confirmed, let gone = removedInstances(from: copy.events, to: truth) {
            return (message("CANCEL", gone, sequence), next)
        }
        return (message("REQUEST", truth, sequence), next)
    }

    static func message(_ method: String, _ events: [ICalEvent], _ sequence: Int) -> ITIPMessage {
        ITIPMessage(
            method: method,
            events: events.map { e in
                var e = e
                e.sequence = sequence
                return e
            }, sequence: sequence)
    }

    /// When `new` is `old` with some instances taken out and nothing else changed: those
    /// instances as the recipient holds them, cancelled, with their RECURRENCE-ID.
    static func removedInstances(from old: [ICalEvent], to new: [ICalEvent]) -> [ICalEvent]? {
        guard let oldMaster = old.first(where: { $0.recurrenceId == nil }), oldMaster.rule != nil || !oldMaster.rdates.isEmpty,
            let newMaster = new.first(where: { $0.recurrenceId == nil }), old.filter({ $0.recurrenceId == nil }).count == 1,
            new.filter({ $0.recurrenceId == nil }).count == 1
        else { return nil }
        let excluded = Set(newMaster.exdates).subtracting(oldMaster.exdates)
        let dropped = Set(oldMaster.rdates).subtracting(newMaster.rdates)
        let gone = excluded.union(dropped)
        guard !gone.isEmpty else { return nil }
        var expected = oldMaster
        expected.exdates = newMaster.exdates
        expected.rdates = oldMaster.rdates.filter { !dropped.contains($0) }
        guard expected == newMaster, Set(oldMaster.exdates).isSubset(of: newMaster.exdates) else { return nil }
        let oldOverrides = old.filter { $0.recurrenceId != nil }
        guard oldOverrides.filter({ !gone.contains($0.recurrenceId!) }) == new.filter({ $0.recurrenceId != nil }) else {
            return nil
        }
        let length = oldMaster.end.secondsSince(oldMaster.start)
        return gone.sorted().map { key in
            var e =
                oldOverrides.first { $0.recurrenceId == key }
                ?? ICalEvent(
                    uid: oldMaster.uid, sequence: 0, start: key, end: key.adding(seconds: length), summary: oldMaster.summary)
            if e.recurrenceId == nil { e.location = oldMaster.location }
            e.recurrenceId = key
            e.cancelled = true
            return e
        }
    }
}

extension ICalEvent {
    var unsequenced: ICalEvent {
        var e = self
        e.sequence = 0
        return e
    }
}
