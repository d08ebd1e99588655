import HuiwuCore
import HuiwuStore
import Vapor

/// How an instance is started: where data lives, which clock, how costly password hashing is.
public struct AppConfig: Sendable {
    public var location: DatabaseLocation
    public var clock: any WallClock
    /// bcrypt cost; 12 in production, lower in tests (hashing dominates otherwise).
    public var bcryptCost: Int
    /// Directory holding `Resources/` and `Public/` (the package root when run from source).
    public var workingDirectory: String
    public var secureCookies: Bool
    public var migrate: Bool

    public init(location: DatabaseLocation, clock: any WallClock = SystemClock(), bcryptCost: Int = 12,
                workingDirectory: String = DirectoryConfiguration.detect().workingDirectory,
                secureCookies: Bool = false, migrate: Bool = true) {
        self.location = location
        self.clock = clock
        self.bcryptCost = bcryptCost
        self.workingDirectory = workingDirectory
        self.secureCookies = secureCookies
        self.migrate = migrate
    }
}
