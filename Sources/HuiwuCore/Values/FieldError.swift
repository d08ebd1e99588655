/// One invalid field in an input, with a stable code the catalogs translate.
public struct FieldError: Error, Equatable, Sendable, Codable {
    public var field: String
    public var code: String
    public var parameters: [String: String]

    public init(_ field: String, _ code: String, _ parameters: [String: String] = [:]) {
        self.field = field
        self.code = code
        self.parameters = parameters
    }
}

/// Several invalid fields found at once (forms show them all, not one at a time).
public struct ValidationFailure: Error, Equatable, Sendable {
    public var errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }
}
