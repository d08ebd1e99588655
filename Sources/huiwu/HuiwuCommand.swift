import ArgumentParser
import Foundation
import HuiwuCore
import HuiwuServer
import HuiwuStore
import Vapor

/// `huiwu serve | migrate | admin create-user | demo`.
@main
struct HuiwuCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huiwu",
        abstract: "Huiwu (会务): meeting rooms, bookings and the rules that govern them.",
        subcommands: [
            Serve.self, Worker.self, Migrate.self, RoutesCommand.self, Admin.self, Demo.self, BenchSeed.self,
            BenchRecurrence.self,
            BenchMeetings.self, BenchAttendance.self,
        ],
        defaultSubcommand: Serve.self)
}

/// What every command that opens the database needs: where the data is, and where the
/// templates, catalogs and stylesheets are (found beside an installed binary unless given).
struct InstanceOptions: ParsableArguments {
    @ArgumentParser.Option(help: "Directory for the embedded SQLite database (ignored when DATABASE_URL is set).")
    var dataDir: String = "./data"

    @ArgumentParser.Option(
        help: "Directory holding Resources/ and Public/ (default: HUIWU_RESOURCES, else share/huiwu beside the binary).")
    var resources: String?

    func location() throws -> DatabaseLocation {
        try DatabaseLocation.from(environment: ProcessInfo.processInfo.environment, dataDirectory: dataDir)
    }
}

/// Starts a Vapor application for a command; `arguments` are what Vapor's own parser sees.
func withApplication<T>(
    _ storage: InstanceOptions, arguments: [String] = ["huiwu"], migrate: Bool = true,
    dispatchNotices: Bool = false, listening: String? = nil, _ body: (Application) async throws -> T
) async throws -> T {
    // Before anything else: a missing resource directory is named plainly, not as a Foundation error.
    let resources: ResourceRoot, location: DatabaseLocation, secrets: SecretBox
    var notices: NoticeSettings
    let environment = ProcessInfo.processInfo.environment
    do {
        resources = try ResourceRoot.locate(explicit: storage.resources)
        location = try storage.location()
        notices = try NoticeSettings(environment: environment, dispatch: dispatchNotices)
        if notices.publicURL == nil { notices.publicURL = listening }
        secrets = try SecretBox.load(
            base64: environment["HUIWU_SECRET_KEY"],
            file: URL(fileURLWithPath: storage.dataDir).appendingPathComponent("secret.key"))
    } catch let error as ResourceRoot.NotFound {
        throw stopBeforeStart(error.description)
    } catch let error as BadSetting {
        throw stopBeforeStart(error.description)
    } catch let error as SecretBox.KeyError {
        throw stopBeforeStart(error.description)
    }
    var env = try Environment.detect(arguments: arguments)
    // Huiwu runs as a product unless VAPOR_ENV says otherwise: in Vapor's default development
    // environment Leaf re-parses every template on every request.
    if Environment.process.VAPOR_ENV == nil { env = .production }
    env.arguments = arguments
    try LoggingSystem.bootstrap(from: &env)
    let app = try await Application.make(env)
    do {
        try await Huiwu.configure(
            app,
            {
                var config = AppConfig(
                    location: location, workingDirectory: resources.path,
                    migrate: migrate, notices: notices)
                config.secrets = secrets
                return config
            }())
        let result = try await body(app)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// Stops a command before it starts: the message on standard error, exit code 2 (a setting or
/// an installation to fix, not a crash).
func stopBeforeStart(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    return ExitCode(2)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web server and API.")
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    @ArgumentParser.Option(help: "Address to listen on.") var hostname: String = "127.0.0.1"
    @ArgumentParser.Option(help: "Port to listen on.") var port: Int = 8080
    @ArgumentParser.Flag(help: "Load the demo organisation first (only into an empty database).") var demo = false
    @ArgumentParser.Flag(
        inversion: .prefixedNo,
        help: "Deliver notices from this process (a fleet leaves it to `huiwu worker`).")
    var dispatch = true

    func run() async throws {
        try await withApplication(
            storage, arguments: ["huiwu", "serve", "--hostname", hostname, "--port", String(port)],
            dispatchNotices: dispatch, listening: "http://\(hostname):\(port)"
        ) { app in
            if demo { try await DemoCommandSupport.load(app) }
            try await app.execute()
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    func run() async throws {
        try await withApplication(storage) { _ in print("migrations applied") }
    }
}

struct Admin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Administration tasks.", subcommands: [CreateUser.self])

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create-user", abstract: "Create a person who can sign in.")
        @ArgumentParser.OptionGroup var storage: InstanceOptions
        @ArgumentParser.Option var username: String
        @ArgumentParser.Option var password: String
        @ArgumentParser.Option(help: "admin, room_office, info_centre, department_head, staff or cleaning") var role: String
        @ArgumentParser.Option(help: "Department name (created if missing).") var department: String?
        @ArgumentParser.Option(help: "Display name (defaults to the username).") var name: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError(
                    "unknown role '\(role)'; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try await withApplication(storage) { app in
                do {
                    let person = try await AdminTasks.createUser(
                        app, username: username, password: password, role: role,
                        department: department, displayName: name ?? username)
                    print("created \(person.username) (\(person.role)) id \(person.id)")
                } catch let failure as ValidationFailure {
                    // The same words the API and the admin page use (ASVS V2.1).
                    throw ValidationError(
                        failure.errors.map { "--\($0.field): " + app.huiwu.catalogs.text("error." + $0.code, .en, $0.parameters) }
                            .joined(separator: "\n"))
                }
            }
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo organisation into an empty database, under a seed rulebook (A1 by default).")
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    @ArgumentParser.Option(help: "The seed regulation to run under: A1, A2, A3, A4 or A5.") var rulebook: String?
    func run() async throws {
        try await withApplication(storage) { app in try await DemoCommandSupport.load(app, rulebook: rulebook) }
    }
}

struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-seed", abstract: "Fill the database for `make bench`.",
        shouldDisplay: false)
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    @ArgumentParser.Option var rooms: Int = 500
    @ArgumentParser.Option var bookings: Int = 200_000
    @ArgumentParser.Option var users: Int = 32
    func run() async throws {
        try await withApplication(storage) { app in
            try await BenchSeeder.seed(app, rooms: rooms, bookings: bookings, users: users)
        }
    }
}

/// `make bench`: expanding a ten-year weekly series (R2.2; target ≤ 1 ms), median of many runs.
struct BenchRecurrence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-recurrence",
        abstract: "Time recurrence expansion for `make bench`.", shouldDisplay: false)
    func run() throws {
        let zone = OrgTime(zone: TimeZone(identifier: OrgTime.defaultZoneIdentifier)!)
        let cases: [(String, String)] = [
            ("weekly, 10 years", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20361130T235959"),
            ("Friday before the 25th, 10 years", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24;UNTIL=20361130T235959"),
        ]
        let start = LocalDateTime("2026-12-01T14:30")!
        for (label, text) in cases {
            let rule = try RecurrenceRule(parsing: text)
            var samples: [Double] = []
            var count = 0
            for _ in 0..<201 {
                let t0 = ContinuousClock.now
                count = RecurrenceExpansion.occurrences(of: rule, start: start, zone: zone).count
                let elapsed = ContinuousClock.now - t0
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
            samples.sort()
            print("| \(label) | \(count) occurrences | \(String(format: "%.0f", samples[samples.count / 2])) µs |")
        }
    }
}

enum DemoCommandSupport {
    /// Loads the demo; `rulebook` (or A1, the demo company's own, on a first load) is adopted.
    static func load(_ app: Application, rulebook: String? = nil) async throws {
        // A first load is the organisation the rulebook describes, adopted with it; a later one
        // only adopts the rulebook asked for.
        let result = try await DemoData.load(app, rulebook: rulebook ?? "A1")
        var adopted = result.adopted
        if adopted == nil, let rulebook { adopted = try await DemoRulebook.adopt(app, name: rulebook) }
        if let v = adopted {
            print("Rulebook \(v.key) version \(v.version) in force from \(v.effective).")
        }
        if result.loaded {
            print("Demo organisation loaded. Sign in with (password for all: \(DemoData.password)):")
            for line in result.logins { print("  " + line) }
        } else {
            print(
                "Database already has people; demo not loaded. Demo log-ins, if loaded earlier (password \(DemoData.password)):")
            for line in result.logins { print("  " + line) }
        }
    }
}
