import HuiwuCore
import HuiwuStore
import Vapor

/// Starting an organisation under a seed regulation (X3): `huiwu demo --rulebook A3`.
public enum DemoRulebook {
    public struct UnknownTemplate: Error, CustomStringConvertible {
        public var name: String
        public var known: [String]
        public var description: String { "no shipped rulebook \(name); shipped: \(known.joined(separator: ", "))" }
    }

    /// Adopts the shipped rulebook `name` as the organisation's next version, in force today
    /// (a first version keeps the template's own number and date). Returns the version stored.
    public static func adopt(_ app: Application, name: String) async throws -> RulebookVersion {
        let services = app.huiwu
        guard let template = services.rulebookTemplates.first(where: { $0.name == name }) else {
            throw UnknownTemplate(name: name, known: services.rulebookTemplates.map(\.name))
        }
        let now = services.clock.now()
        let newest = try await services.rulebooks.versions().first
        let source =
            newest.map {
                RulebookTemplates.renumbered(template.source, version: $0.version + 1, effective: services.time.date(of: now))
            } ?? template.source
        let made = try await services.rulebooks.adopt(source, by: nil, note: "huiwu demo --rulebook \(name)", now: now)
        // Bookings the demo asked for before its rulebook cite the rulebook's clause now (X3).
        try await services.ledger.citeAdoptedRulebook(now: now)
        return made
    }
}
