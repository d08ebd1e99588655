import Foundation
import HuiwuCore
import SQLKit

/// The robots an organisation has set up (R5.2, X2): admins set them up for departments and
/// meeting types, each person may add a private one. Secrets are sealed by `box` on the way in.
public struct Robots: Sendable {
    public let store: Store
    public let box: SecretBox

    public init(store: Store, box: SecretBox) {
        self.store = store
        self.box = box
    }

    public func all() async throws -> [RobotRecord] {
        try await store.reader.raw("SELECT * FROM robots ORDER BY created_at, id").all().map(RobotRecord.init(row:))
    }

    public func robot(_ id: UUID) async throws -> RobotRecord? {
        try await store.reader.raw("SELECT * FROM robots WHERE id = \(bind: id)").first().map(RobotRecord.init(row:))
    }

    /// A person's private robot, if they set one up.
    public func privateRobot(of person: UUID) async throws -> RobotRecord? {
        try await Self.privateRobot(of: person, store.reader)
    }

    /// The person's private robot, read on `db` (a reader, or the caller's transaction).
    static func privateRobot(of person: UUID, _ db: any SQLDatabase) async throws -> RobotRecord? {
        try await db.raw(
            "SELECT * FROM robots WHERE scope_kind = 'person' AND scope_id = \(bind: person) ORDER BY created_at, id"
        ).first().map(RobotRecord.init(row:))
    }

    /// Sets up a robot for a department, a meeting type or a person; the scope must exist.
    public func create(_ draft: RobotDraft, scope: RobotRouting.Scope, scopeId: UUID, now: Date) async throws -> RobotRecord {
        let id = UUID()
        let sealed = try draft.secret.flatMap { $0.isEmpty ? nil : try box.seal($0) }
        try await store.write { db in
            try await Self.requireScope(scope, scopeId, db)
            try await db.raw(
                """
                INSERT INTO robots (id, name, platform, url, address_key, secret_sealed, scope_kind, scope_id, created_at)
                VALUES (\(bind: id), \(bind: draft.name), \(bind: draft.platform.rawValue), \(bind: draft.url),
                        \(bind: RobotRouting.addressKey(draft.url)), \(bind: sealed), \(bind: scope.rawValue), \(bind: scopeId),
                        \(bind: now))
                """
            ).run()
            try await Self.handOver(RobotRouting.addressKey(draft.url), db)
        }
        guard let made = try await robot(id) else { throw StoreError.notFound }
        return made
    }

    /// Changes a robot's name, platform, address or secret (nil keeps the secret, "" removes it).
    public func update(_ id: UUID, _ draft: RobotDraft) async throws -> RobotRecord {
        let sealed = try draft.secret.flatMap { $0.isEmpty ? nil : try box.seal($0) }
        try await store.write { db in
            guard let before = try await db.raw("SELECT * FROM robots WHERE id = \(bind: id)").first().map(RobotRecord.init(row:))
            else { throw StoreError.notFound }
            try await db.raw(
                """
                UPDATE robots SET name = \(bind: draft.name), platform = \(bind: draft.platform.rawValue), url = \(bind: draft.url),
                  address_key = \(bind: RobotRouting.addressKey(draft.url))
                WHERE id = \(bind: id)
                """
            ).run()
            if draft.secret != nil {
                try await db.raw("UPDATE robots SET secret_sealed = \(bind: sealed) WHERE id = \(bind: id)").run()
            }
            // A robot moved to another address leaves its old chat to the robots still there.
            let key = RobotRouting.addressKey(draft.url)
            if key != before.addressKey { try await Self.handOver(before.addressKey, from: [id], db) }
            try await Self.handOver(key, db)
        }
        guard let changed = try await robot(id) else { throw StoreError.notFound }
        return changed
    }

    /// Removes a robot; posts still waiting for it go by the next robot of its chat, or, when it
    /// was the chat's last, go nowhere and say so.
    public func delete(_ id: UUID, now: Date) async throws {
        try await store.write { db in
            guard let gone = try await db.raw("SELECT * FROM robots WHERE id = \(bind: id)").first().map(RobotRecord.init(row:))
            else { throw StoreError.notFound }
            // The chat's next robot takes over what was waiting; only a chat left without robots
            // loses its posts.
            try await Self.handOver(gone.addressKey, from: [id], without: id, db)
            try await db.raw(
                """
                UPDATE notices SET state = 'failed', last_error = 'the robot was removed'
                WHERE state = 'queued' AND post_id IN (SELECT id FROM robot_posts WHERE robot_id = \(bind: id))
                """
            ).run()
            try await db.raw("DELETE FROM robot_posts WHERE robot_id = \(bind: id)").run()
            try await db.raw("DELETE FROM robots WHERE id = \(bind: id)").run()
        }
    }

    /// Queued posts to the chat at `addressKey` go by its poster as the chat is now (after a robot
    /// was set up, changed or removed there), so a post waiting when the admin adds the 加签 secret
    /// goes signed. `from`: robots whose queued posts belong to this chat although they are no
    /// longer at its address (moved or being removed); `without`: a robot being removed.
    static func handOver(_ addressKey: String, from: [UUID] = [], without: UUID? = nil, _ db: any SQLDatabase) async throws {
        let chat = try await db.raw("SELECT * FROM robots WHERE address_key = \(bind: addressKey) ORDER BY created_at, id")
            .all().map(RobotRecord.init(row:)).filter { $0.id != without }
        guard let pick = RobotRouting.poster(chat.map(\.rule)), let poster = chat.first(where: { $0.id == pick.id }) else {
            return
        }
        let sources = Set(chat.map(\.id) + from).subtracting([poster.id])
        guard !sources.isEmpty else { return }
        let waiting = try await db.raw(
            """
            SELECT id FROM robot_posts WHERE state = 'queued' AND robot_id IN (\(binds: Array(sources)))
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !waiting.isEmpty else { return }
        try await db.raw(
            "UPDATE robot_posts SET robot_id = \(bind: poster.id) WHERE id IN (\(binds: waiting)) AND state = 'queued'"
        ).run()
        // The delivery table names the robot a participant hears by.
        try await db.raw(
            """
            UPDATE notices SET address = \(bind: poster.name), format = \(bind: poster.platform.rawValue)
            WHERE post_id IN (\(binds: waiting)) AND state = 'queued'
            """
        ).run()
    }

    /// Sets (or with nil removes) a person's private robot; there is at most one.
    public func setPrivateRobot(of person: UUID, _ draft: RobotDraft?, now: Date) async throws {
        if let existing = try await privateRobot(of: person) {
            if let draft { _ = try await update(existing.id, draft) } else { try await delete(existing.id, now: now) }
        } else if let draft {
            _ = try await create(draft, scope: .person, scopeId: person, now: now)
        }
    }

    static func requireScope(_ scope: RobotRouting.Scope, _ id: UUID, _ db: any SQLDatabase) async throws {
        let table =
            switch scope {
            case .department: "departments"
            case .meetingType: "meeting_types"
            case .person: "people"
            }
        guard try await db.raw("SELECT id FROM \(ident: table) WHERE id = \(bind: id)").first() != nil else {
            throw StoreError.invalid(field: "scopeId", code: "robot.scope_not_found")
        }
    }
}
