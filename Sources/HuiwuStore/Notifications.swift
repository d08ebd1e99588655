import Foundation
import HuiwuCore
import SQLKit

/// Parameters of an in-app notification; the text is rendered in the reader's language.
public struct NotificationParams: Codable, Sendable, Equatable {
    public var roomName: String?
    public var title: String?
    public var startsAt: Date?
    public var endsAt: Date?
    public var reason: String?
    public var actorName: String?
    public var alternatives: [AlternativeSlot]?

    public init(roomName: String? = nil, title: String? = nil, startsAt: Date? = nil, endsAt: Date? = nil,
                reason: String? = nil, actorName: String? = nil, alternatives: [AlternativeSlot]? = nil) {
        self.roomName = roomName
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.reason = reason
        self.actorName = actorName
        self.alternatives = alternatives
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .secondsSince1970
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .secondsSince1970
        return d
    }()

    /// The same JSON `encoder` makes (sorted keys, dates as seconds), written by hand: this runs
    /// inside every booking's write, where JSONEncoder's generic machinery showed in profiles.
    var json: String {
        var fields: [String] = []
        func number(_ date: Date) -> String { String(date.timeIntervalSince1970) }
        if let alternatives {
            let items = alternatives.map { a in
                "{\"endsAt\":\(number(a.endsAt)),\"roomId\":\(JSONText.string(a.roomId.uuidString)),"
                    + "\"roomName\":\(JSONText.string(a.roomName)),\"startsAt\":\(number(a.startsAt))}"
            }
            fields.append("\"alternatives\":[" + items.joined(separator: ",") + "]")
        }
        if let actorName { fields.append("\"actorName\":" + JSONText.string(actorName)) }
        if let endsAt { fields.append("\"endsAt\":" + number(endsAt)) }
        if let reason { fields.append("\"reason\":" + JSONText.string(reason)) }
        if let roomName { fields.append("\"roomName\":" + JSONText.string(roomName)) }
        if let startsAt { fields.append("\"startsAt\":" + number(startsAt)) }
        if let title { fields.append("\"title\":" + JSONText.string(title)) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    public static func decode(_ text: String) -> NotificationParams {
        (try? decoder.decode(NotificationParams.self, from: Data(text.utf8))) ?? NotificationParams()
    }
}

/// Kinds of in-app notification (stable codes; catalogs hold their text).
public enum NotificationKind: String, Sendable, CaseIterable {
    case bookingReceived = "booking.received"
    case bookingApproved = "booking.approved"
    case bookingRejected = "booking.rejected"
    case bookingDisplaced = "booking.displaced"
    case bookingCancelled = "booking.cancelled"
    /// Repeated failed log-ins to the person's account (X1, ASVS V2.2.3); `title` holds the count,
    /// `reason` the client address of the latest.
    case accountLoginFailures = "account.login_failures"
}

enum Outbox {
    /// Adds an in-app notification in the caller's transaction.
    static func notify(_ db: any SQLDatabase, person: UUID, kind: NotificationKind, booking: UUID?,
                       params: NotificationParams, at: Date) async throws {
        let json = params.json
        // Spelled-out SQL rather than a model insert: this runs in every booking's write.
        try await db.raw("""
            INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
            VALUES (\(bind: OrderedID.next()), \(bind: person), \(bind: kind.rawValue), \(bind: booking), \(bind: json),
                    \(bind: at), NULL)
            """).run()
    }

    /// Appends to the booking's audit trail (X5) in the caller's transaction.
    static func audit(_ db: any SQLDatabase, booking: UUID, actor: UUID?, action: String,
                      detail: [String: String], at: Date) async throws {
        try await db.raw("""
            INSERT INTO booking_events (id, booking_id, actor_id, action, detail, at)
            VALUES (\(bind: OrderedID.next()), \(bind: booking), \(bind: actor), \(bind: action),
                    \(bind: JSONText.object(detail)), \(bind: at))
            """).run()
    }
}

/// Small JSON writer for flat string maps (audit details): Foundation's JSONSerialization
/// is slow on Linux, and this runs inside every booking's write.
public enum JSONText {
    public static func object(_ fields: [String: String]) -> String {
        var out = "{"
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            out += string(key) + ":" + string(fields[key]!)
        }
        return out + "}"
    }

    /// A JSON string literal (RFC 8259 escaping).
    public static func string(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a JSON string literal's UTF-8 bytes (RFC 8259 escaping).
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
