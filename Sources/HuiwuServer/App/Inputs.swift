import HuiwuCore
import HuiwuStore
import Vapor

/// Parsing helpers shared by API inputs: strict timestamps, ids, versions.
enum Input {
    static func instant(_ text: String?, field: String, errors: inout [FieldError]) -> Date? {
        guard let text else {
            errors.append(FieldError(field, "field.required"))
            return nil
        }
        guard let date = try? Timestamp.parse(text) else {
            errors.append(FieldError(field, "field.timestamp"))
            return nil
        }
        return date
    }

    static func optionalInstant(_ text: String?, field: String, errors: inout [FieldError]) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        return instant(text, field: field, errors: &errors)
    }

    static func uuid(_ text: String?, field: String, errors: inout [FieldError]) -> UUID? {
        guard let text, let id = UUID(uuidString: text) else {
            errors.append(FieldError(field, text == nil ? "field.required" : "field.uuid"))
            return nil
        }
        return id
    }

    /// A text field: at most `max` code points as sent (`TextRules.length`, JSON Schema's
    /// `maxLength`), no forbidden control characters anywhere, returned trimmed; a required one
    /// must not be blank.
    static func text(_ value: String?, field: String, max: Int, required: Bool, errors: inout [FieldError]) -> String? {
        let trimmed = value?.trimmedWhitespace
        if required, (trimmed ?? "").isEmpty {
            errors.append(FieldError(field, "field.required"))
            return nil
        }
        if let value, TextRules.length(value) > max {
            errors.append(FieldError(field, "field.too_long", ["max": String(max)]))
            return nil
        }
        if let value, TextRules.hasForbiddenControl(value) {
            errors.append(FieldError(field, "field.control_characters"))
            return nil
        }
        return trimmed
    }

    /// An optional e-mail address (X1, R2.5): absent, null or empty is none; anything else must be
    /// an address by `EmailAddress`, exactly as given.
    static func email(_ value: String?, field: String, errors: inout [FieldError]) -> String? {
        guard let value, !value.isEmpty else { return nil }
        if value.unicodeScalars.count > EmailAddress.maxLength {
            errors.append(FieldError(field, "field.too_long", ["max": String(EmailAddress.maxLength)]))
        } else if !EmailAddress.isValid(value) {
            errors.append(FieldError(field, "field.email"))
        }
        return value
    }

    /// A `from`/`to` date range from the query string (defaults when absent): strict dates, in
    /// order, at most `maxDays` long; problems are added to `errors`.
    static func dateRange(
        _ req: Request, from fromDefault: CivilDate, to toDefault: (CivilDate) -> CivilDate, maxDays: Int,
        errors: inout [FieldError]
    ) -> (from: CivilDate, to: CivilDate) {
        func day(_ name: String, _ fallback: CivilDate, _ errors: inout [FieldError]) -> CivilDate {
            guard let text = req.query[String.self, at: name] else { return fallback }
            guard let parsed = CivilDate(text) else {
                errors.append(FieldError(name, "field.date"))
                return fallback
            }
            return parsed
        }
        let from = day("from", fromDefault, &errors)
        let to = day("to", toDefault(from), &errors)
        if errors.isEmpty && to < from { errors.append(FieldError("to", "register.range_order")) }
        if errors.isEmpty && to.daysSinceEpoch - from.daysSinceEpoch >= maxDays {
            errors.append(FieldError("to", "calendar.range_too_long", ["max": String(maxDays)]))
        }
        return (from, to)
    }

    static func check(_ errors: [FieldError]) throws {
        guard errors.isEmpty else { throw ValidationFailure(errors) }
    }
}

extension Request {
    /// The `{id}` path parameter as a UUID (404 for anything else).
    func idParameter(_ name: String = "id") throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            // An AbortError, so the problem middleware checks whether a fixed path of that name
            // exists under other methods (`GET /series/preview` is 405, not 404).
            throw Abort(.notFound)
        }
        return id
    }

    /// The version an `If-Match` header expects (`"3"`, `W/"3"`, `"v3"`), nil if absent or `*`.
    /// An unreadable tag matches no version: the write then fails with 412 — but only after the
    /// resource is found, so a missing resource still answers 404 (RFC 9110 §13.2.1).
    func expectedVersion() throws -> Int? {
        guard let raw = headers.first(name: .ifMatch) else { return nil }
        var tag = raw.trimmingCharacters(in: .whitespaces)
        if tag == "*" { return nil }
        if tag.hasPrefix("W/") { tag.removeFirst(2) }
        tag = tag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        if tag.hasPrefix("v") { tag.removeFirst() }
        guard let version = Int(tag), version > 0 else { return Self.unmatchableVersion }
        return version
    }

    /// A version no stored record has (versions start at 1).
    static let unmatchableVersion = -1

    /// Decodes a JSON body; a missing or non-JSON content type is 415.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard let ct = headers.contentType, ct.type == "application", ct.subType == "json" || ct.subType.hasSuffix("+json") else {
            throw ProblemError(.unsupportedMediaType, "unsupported_media_type")
        }
        guard let body = body.data, body.readableBytes > 0 else { throw ProblemError(.badRequest, "malformed_body") }
        return try JSONDecoder().decode(T.self, from: body)
    }
}

extension Response {
    func tag(version: Int) -> Response {
        headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"")
        return self
    }
}
