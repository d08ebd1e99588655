import Foundation
import HuiwuCore
import SQLKit

/// A group robot as stored (X2). The secret stays sealed; only `hasSecret` leaves the store
/// for display, and the dispatcher opens it when it signs a post.
public struct RobotRecord: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var platform: RobotPlatform
    public var url: String
    public var addressKey: String
    public var secretSealed: String?
    public var scope: RobotRouting.Scope
    public var scopeId: UUID
    public var createdAt: Date

    public var hasSecret: Bool { secretSealed != nil }

    /// Whether its posts go signed (a secret its platform uses).
    public var signs: Bool { hasSecret && platform.takesSecret }

    public var rule: RobotRouting.Robot {
        RobotRouting.Robot(id: id, scope: scope, scopeId: scopeId, addressKey: addressKey, signs: signs)
    }

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        name = try row.decode(column: "name", as: String.self)
        platform = try row.decode(enum: RobotPlatform.self, column: "platform")
        url = try row.decode(column: "url", as: String.self)
        addressKey = try row.decode(column: "address_key", as: String.self)
        secretSealed = try row.decode(column: "secret_sealed", as: String?.self)
        scope = try row.decode(enum: RobotRouting.Scope.self, column: "scope_kind")
        scopeId = try row.decode(column: "scope_id", as: UUID.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}

/// What a robot is set up as: name, platform, address and (optionally) its secret.
public struct RobotDraft: Sendable, Equatable {
    public var name: String
    public var platform: RobotPlatform
    public var url: String
    /// nil: keep the stored secret (on update; none on create); "": remove it.
    public var secret: String?

    public init(name: String, platform: RobotPlatform, url: String, secret: String?) {
        self.name = name
        self.platform = platform
        self.url = url
        self.secret = secret
    }
}
