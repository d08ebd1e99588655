import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// One problem of a rulebook document: where (line, column, path) and what, in the reader's language.
struct RulebookProblemDTO: Content, Equatable {
    var code: String
    var path: String
    var line: Int?
    var column: Int?
    var message: String
    /// What fills the message's placeholders, so a page showing the check renders the same
    /// words as the API (X6); not part of the API's body, which carries `message` filled.
    var parameters: [String: String] = [:]

    enum CodingKeys: String, CodingKey { case code, path, line, column, message }

    init(_ p: RulebookProblem, catalogs: Catalogs, locale: UILocale) {
        code = p.code
        path = p.path
        line = p.line
        column = p.column
        parameters = p.parameters
        message = catalogs.text("error.rulebook." + p.code, locale, p.parameters)
    }
}

/// A clause as the API shows it: ids, words in every language, its kind and parameters.
struct ClauseDTO: Content {
    var id: String
    var cite: String
    var quote: String
    var text: LocalizedText
    /// `article` (says what its article says, and quotes it) or `local` (the organisation's own
    /// setting for what the article leaves open: no quote, `cite` is the article it serves).
    var source: String
    var kind: String
    /// Parameter values as the rulebook writes them; an approval chain's steps as
    /// `any_of: role:room_office` lines.
    var parameters: [String: String]

    init(_ c: Clause) {
        id = c.id
        cite = c.cite
        quote = c.quote
        text = c.text
        source = c.source.rawValue
        kind = c.rule.kind
        var params: [String: String] = [:]
        for (name, value) in c.rule.parameters {
            switch value {
            case .text(let t), .choice(let t): params[name] = t
            case .duration(let d): params[name] = d.description
            case .choices(let list): params[name] = list.joined(separator: ", ")
            case .flag(let b): params[name] = b ? "true" : "false"
            case .steps(let steps):
                params[name] = steps.map { "\($0.mode.rawValue): " + $0.approvers.map(\.code).joined(separator: ", ") }
                    .joined(separator: "; ")
            }
        }
        parameters = params
    }
}

/// A stored version, without its clauses.
struct RulebookVersionDTO: Content {
    var version: Int
    var key: String
    var effective: String
    var clauseCount: Int
    var note: String?
    var adoptedAt: String
    var adoptedBy: String?
    var inForce: Bool

    init(_ v: RulebookVersion, inForce: Int?, time: OrgTime) {
        version = v.version
        key = v.key
        effective = v.effective.description
        clauseCount = v.clauseCount
        note = v.note
        adoptedAt = time.format(v.createdAt)
        adoptedBy = v.createdBy?.uuidString
        self.inForce = v.version == inForce
    }
}

/// A version with its title, clauses and document.
struct RulebookDetailDTO: Content {
    var version: Int
    var key: String
    var title: LocalizedText
    var effective: String
    var note: String?
    var adoptedAt: String
    var inForce: Bool
    var clauses: [ClauseDTO]
    var source: String

    init(_ v: RulebookVersion, _ book: Rulebook, inForce: Int?, time: OrgTime) {
        version = v.version
        key = v.key
        title = book.title
        effective = v.effective.description
        note = v.note
        adoptedAt = time.format(v.createdAt)
        self.inForce = v.version == inForce
        clauses = book.clauses.map(ClauseDTO.init)
        source = v.source
    }
}

/// What checking a document says: whether it would load, every problem, and what it would change.
struct RulebookCheckDTO: Content {
    var valid: Bool
    var problems: [RulebookProblemDTO]
    var version: Int?
    var effective: String?
    /// Against the newest stored version (nil when there is none or the document does not load).
    var added: [String]?
    var removed: [String]?
    var changed: [String]?
}

/// A shipped seed rulebook.
struct RulebookTemplateDTO: Content {
    var name: String
    var key: String
    var title: LocalizedText
    var clauseCount: Int
    var source: String
}
