/// Who a meeting invites (R2.5): a person, everyone holding a role, position or department
/// at the time the list is taken ("all counsellors", "every department head"), or a guest
/// from outside with a name and an e-mail address.
public struct ParticipantSelector: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case person, role, position, department, guest
    }

    public var kind: Kind
    /// The person's or department's id, the role code, the position title, or the guest's name.
    public var value: String
    /// A guest's e-mail address.
    public var email: String?
    /// How a template names the group, in each language.
    public var label: LocalizedText?

    public init(kind: Kind, value: String, email: String? = nil, label: LocalizedText? = nil) {
        self.kind = kind
        self.value = value
        self.email = email
        self.label = label
    }

    /// The stable text a snapshot row records as its origin: `role:department_head`,
    /// `position:辅导员`, `department:<id>`, `person`, `guest`.
    public var source: String {
        switch kind {
        case .person, .guest: kind.rawValue
        case .role, .position, .department: kind.rawValue + ":" + value
        }
    }

    /// Problems with a selector as typed, as field codes (the caller adds the field path).
    public func problems() -> [String] {
        var found: [String] = []
        let text = value.trimmedWhitespace
        if text.isEmpty { found.append("field.required") }
        if TextRules.length(value) > 200 || TextRules.length(email ?? "") > EmailAddress.maxLength {
            found.append("field.too_long")
        }
        if TextRules.hasForbiddenControl(value) || TextRules.hasForbiddenControl(email ?? "") {
            found.append("field.control_characters")
        }
        switch kind {
        case .role where Role(rawValue: text) == nil: found.append("field.enum")
        case .guest:
            if !EmailAddress.isValid(email ?? "") { found.append("meeting.guest_email") }
        default: break
        }
        return found
    }
}
