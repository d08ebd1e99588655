import Crypto
import Foundation
import HuiwuCore
import SQLKit

public struct MaterialInfo: Sendable, Equatable {
    public var id: UUID
    public var filename: String
    public var contentType: String
    public var size: Int
    public var sha256: String
    public var uploadedByName: String
    public var uploadedAt: Date
}

/// The files attached to a meeting for its participants (R5.4).
public struct MeetingMaterials: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Largest file accepted.
    public static let maxMaterialBytes = 10 * 1024 * 1024

    public func materials(of meeting: UUID) async throws -> [MaterialInfo] {
        try await store.reader.raw(
            """
            SELECT m.id, m.filename, m.content_type, m.size, m.sha256, m.uploaded_at, p.display_name FROM materials m
            JOIN people p ON p.id = m.uploaded_by_id WHERE m.meeting_id = \(bind: meeting) ORDER BY m.uploaded_at, m.id
            """
        ).all().map { row in
            MaterialInfo(
                id: try row.decode(column: "id", as: UUID.self), filename: try row.decode(column: "filename", as: String.self),
                contentType: try row.decode(column: "content_type", as: String.self),
                size: try row.decode(column: "size", as: Int.self), sha256: try row.decode(column: "sha256", as: String.self),
                uploadedByName: try row.decode(column: "display_name", as: String.self),
                uploadedAt: try row.decode(column: "uploaded_at", as: Date.self))
        }
    }

    /// Stores a checked file (see `MaterialCheck`) for the meeting (organiser or room office).
    public func attach(
        _ meetingId: UUID, filename: String, contentType: String, bytes: [UInt8], by actor: Actor,
        now: Date
    ) async throws -> UUID {
        let id = OrderedID.next()
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        try await store.write { db in
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            try await db.raw(
                """
                INSERT INTO materials (id, meeting_id, filename, content_type, size, sha256, content, uploaded_by_id, uploaded_at)
                VALUES (\(bind: id), \(bind: meetingId), \(bind: filename), \(bind: contentType), \(bind: bytes.count), \(bind: digest),
                        \(bind: Data(bytes)), \(bind: actor.id), \(bind: now))
                """
            ).run()
        }
        return id
    }

    public func content(of materialId: UUID, meeting: UUID) async throws -> (MaterialInfo, Data)? {
        guard let info = try await materials(of: meeting).first(where: { $0.id == materialId }),
            let row = try await store.reader.raw("SELECT content FROM materials WHERE id = \(bind: materialId)").first()
        else {
            return nil
        }
        return (info, try row.decode(column: "content", as: Data.self))
    }

    public func detach(_ materialId: UUID, of meetingId: UUID, by actor: Actor) async throws -> Bool {
        try await store.write { db in
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            let found =
                try await db.raw(
                    """
                    SELECT id FROM materials WHERE id = \(bind: materialId) AND meeting_id = \(bind: meetingId)
                    """
                ).first() != nil
            if found { try await db.raw("DELETE FROM materials WHERE id = \(bind: materialId)").run() }
            return found
        }
    }
}
