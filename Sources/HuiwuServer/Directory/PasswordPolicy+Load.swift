import Foundation
import HuiwuCore

extension PasswordPolicy {
    /// The policy with the breached passwords of `path` (Resources/Passwords/breached.txt), read
    /// once at start.
    static func load(from path: String) throws -> PasswordPolicy {
        let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        return PasswordPolicy(breached: lines(of: text))
    }

    /// The password's problem as a field error on `field`, in the catalogs' terms.
    func fieldError(_ password: String, field: String = "password") -> FieldError? {
        guard let problem = problem(password) else { return nil }
        switch problem {
        case .tooShort: return FieldError(field, problem.rawValue, ["min": String(Self.minLength)])
        case .tooLong: return FieldError(field, problem.rawValue, ["max": String(Self.maxLength)])
        case .unprintable, .breached: return FieldError(field, problem.rawValue)
        }
    }
}
