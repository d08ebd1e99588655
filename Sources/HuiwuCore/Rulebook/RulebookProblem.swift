/// One thing wrong with a rulebook document (X3): a stable code the catalogs translate
/// (`error.rulebook.<code>`), where it is (line and column, 1-based, when known) and the
/// words that fill the message. A document with any problem is not loaded at all.
public struct RulebookProblem: Error, Sendable, Equatable, Codable {
    public var code: String
    /// The place in the document as a path (`clauses[2].fine.amount`).
    public var path: String
    public var line: Int?
    public var column: Int?
    public var parameters: [String: String]

    public init(_ code: String, at path: String, line: Int? = nil, column: Int? = nil, _ parameters: [String: String] = [:]) {
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.parameters = parameters
    }
}

/// A rulebook refused on load: every problem found, in document order.
public struct RulebookRefusal: Error, Sendable, Equatable {
    public var problems: [RulebookProblem]
    public init(_ problems: [RulebookProblem]) { self.problems = problems }
}
