import HuiwuCore
import HuiwuStore
import Vapor

/// Rulebook: rulebooks: versions, checks, dry runs (X3).
struct RulebookCapability: Capability {
    var name: String { "Rulebook" }

    func routes(_ app: Application) throws {
        try app.register(collection: RulebookAPI())
        try app.register(collection: RulebookPages())
        try app.register(collection: AdminRulebookPage())
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? RulebookRefusal else { return nil }
        let catalogs = context.req.huiwu.catalogs
        let locale = context.req.uiLocale
        var p = context.make(.unprocessableEntity, "rulebook.invalid", ["count": String(e.problems.count)])
        p.problems = e.problems.map { RulebookProblemDTO($0, catalogs: catalogs, locale: locale) }
        return p
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var rulebooks: Rulebooks { Rulebooks(store: store) }
}
