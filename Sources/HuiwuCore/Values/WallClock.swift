import Foundation

/// The one place that reads the wall clock. Everything else receives `now` from a clock,
/// so tests pin time (architecture: "the clock is injected").
public protocol WallClock: Sendable {
    func now() -> Date
}

public struct SystemClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock fixed at one instant, for tests and demos that need repeatable output.
public struct FixedClock: WallClock {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}
