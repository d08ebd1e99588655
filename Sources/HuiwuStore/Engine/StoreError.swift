/// Failures of non-booking writes, mapped to HTTP in one place by the server.
public enum StoreError: Error, Sendable, Equatable {
    case notFound
    /// A unique value is already taken (`field` names it, e.g. "username").
    case duplicate(field: String)
    case staleVersion(current: Int)
    /// Still referenced (a department with people, a room with bookings).
    case inUse
    /// A value that breaks a rule the store owns (e.g. a department made its own ancestor).
    case invalid(field: String, code: String)
}
