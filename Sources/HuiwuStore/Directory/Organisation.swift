import Foundation
import SQLKit

/// The organisation's settings and the allowed booking purposes (R1.4).
public struct OrganisationSettings: Codable, Sendable, Equatable {
    public var name: String
    public var timeZone: String

    enum CodingKeys: String, CodingKey {
        case name
        case timeZone = "time_zone"
    }
}

public struct Organisation: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    public func settings() async throws -> OrganisationSettings {
        guard let row = try await store.reader.raw("SELECT name, time_zone FROM organisation WHERE key = 'default'").first()
        else {
            return OrganisationSettings(name: "Huiwu", timeZone: "Asia/Shanghai")
        }
        return try row.decode(OrganisationSettings.self)
    }

    public func update(_ settings: OrganisationSettings) async throws {
        guard TimeZone(identifier: settings.timeZone) != nil else {
            throw StoreError.invalid(field: "timeZone", code: "organisation.unknown_time_zone")
        }
        try await store.write { db in
            try await db.raw(
                """
                UPDATE organisation SET name = \(bind: settings.name), time_zone = \(bind: settings.timeZone) WHERE key = 'default'
                """
            ).run()
        }
    }

    public func purposes(includeInactive: Bool = false) async throws -> [PurposeRecord] {
        let rows = try await store.reader.raw("SELECT * FROM purposes ORDER BY sort_order, code").all()
        return try rows.map { try $0.decode(PurposeRecord.self) }.filter { includeInactive || $0.active }
    }

    /// Adds or replaces a purpose (codes are stable; deactivating keeps old bookings readable).
    public func savePurpose(_ purpose: PurposeRecord) async throws {
        try await store.write { db in
            try await db.raw("DELETE FROM purposes WHERE code = \(bind: purpose.code)").run()
            try await db.insert(into: "purposes").row(purpose).run()
        }
    }
}
