import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// A clause a decision cited, as the API and pages show it (X3).
struct CitationDTO: Content, Equatable {
    var version: Int
    var clauseId: String
    var cite: String
    var text: String
    /// `article`: the regulation's words; `local`: the organisation's own setting beside the
    /// article it serves (X3), shown as such, never as the article.
    var source: String = Clause.Source.article.rawValue
}

/// Clause texts of the versions a page or list cites, each version read once.
final class Citations {
    private let req: Request
    private var books: [Int: Rulebook?] = [:]

    init(_ req: Request) { self.req = req }

    func clause(_ c: Citation?) async throws -> Clause? {
        guard let c else { return nil }
        if let builtIn = BuiltInChains.chain(c) {
            // Huiwu's own rule (version 0): its words are in the catalogs.
            var clause = builtIn.clause
            clause.text = LocalizedText(req.t("rulebook_builtin_" + c.clauseID))
            return clause
        }
        if books[c.version] == nil {
            let v = try await req.huiwu.rulebooks.version(c.version)
            books[c.version] = try v.map { try req.huiwu.rulebooks.rulebook($0) }
        }
        return books[c.version]??.clause(c.clauseID)
    }

    func dto(_ c: Citation?) async throws -> CitationDTO? {
        guard let c else { return nil }
        let clause = try await clause(c)
        return CitationDTO(
            version: c.version, clauseId: c.clauseID, cite: clause?.cite ?? c.clauseID,
            text: clause?.text.text(req.uiLocale.rawValue) ?? "", source: (clause?.source ?? .article).rawValue)
    }
}
