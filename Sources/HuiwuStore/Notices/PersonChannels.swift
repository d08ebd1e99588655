import Foundation
import HuiwuCore
import SQLKit

/// The channels a person's notices go to besides in-app (X2): their e-mail and a chat-bot webhook.
public struct PersonChannels: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    public struct Channels: Sendable, Equatable {
        public var email: String?
        public var webhookUrl: String?
        public var webhookFormat: WebhookFormat?
    }

    public func channels(of person: UUID) async throws -> Channels {
        guard
            let row = try await store.reader.raw(
                """
                SELECT email, webhook_url, webhook_format FROM people WHERE id = \(bind: person)
                """
            ).first()
        else { throw StoreError.notFound }
        return Channels(
            email: try row.decode(column: "email", as: String?.self),
            webhookUrl: try row.decode(column: "webhook_url", as: String?.self),
            webhookFormat: try row.decode(column: "webhook_format", as: String?.self).flatMap(WebhookFormat.init(rawValue:)))
    }

    public func setWebhook(of person: UUID, url: String?, format: WebhookFormat?) async throws {
        try await store.write { db in
            try await db.raw(
                """
                UPDATE people SET webhook_url = \(bind: url), webhook_format = \(bind: format?.rawValue) WHERE id = \(bind: person)
                """
            ).run()
        }
    }
}
