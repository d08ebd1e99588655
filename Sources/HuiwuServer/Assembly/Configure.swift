import Fluent
import HuiwuCore
import HuiwuStore
import Leaf
import Vapor

/// Builds a Huiwu application: storage, services, middleware, routes.
public enum Huiwu {
    public static func configure(_ app: Application, _ config: AppConfig) async throws {
        app.directory = DirectoryConfiguration(
            workingDirectory: config.workingDirectory.hasSuffix("/")
                ? config.workingDirectory : config.workingDirectory + "/")
        app.passwords.use(.bcrypt(cost: config.bcryptCost))
        app.routes.defaultMaxBodySize = "1mb"
        app.http.server.configuration.serverName = "huiwu"
        app.capabilities = Huiwu.capabilities
        let folders = Huiwu.capabilityFolders(root: app.directory.workingDirectory)
        app.views.use(.leaf)
        app.leaf.sources = .singleSource(try ViewIndex(folders, fileio: app.fileio))
        // Templates are parsed once, except in Vapor's development environment (VAPOR_ENV=development),
        // where Leaf re-reads them on every request.
        app.leaf.cache.isEnabled = app.environment.isRelease || app.environment == .testing

        let store = try await StoreBootstrap.open(
            config.location, databases: app.databases, migrations: app.migrations, threadPool: app.threadPool,
            eventLoopGroup: app.eventLoopGroup, logger: app.logger, migrate: config.migrate)
        let settings = try await Organisation(store: store).settings()
        let zone = TimeZone(identifier: settings.timeZone) ?? TimeZone(identifier: OrgTime.defaultZoneIdentifier)!
        let catalogs = try Catalogs.load(folders)
        app.storage[OpenAPIDocumentKey.self] = try OpenAPIAssembly.assemble(folders)
        let templates = try MeetingTemplates.load(from: app.directory.resourcesDirectory + "Templates/meeting-types.json")
        let rulebookTemplates = try RulebookTemplates.load(from: app.directory.resourcesDirectory + "Rulebooks")
        let passwordPolicy = try PasswordPolicy.load(from: app.directory.resourcesDirectory + "Passwords/breached.txt")
        let dummyHash = try await app.password.async.hash(UUID().uuidString)
        app.huiwu = HuiwuServices(
            store: store, clock: config.clock, time: OrgTime(zone: zone), organisationName: settings.name,
            catalogs: catalogs, bcryptCost: config.bcryptCost, dummyPasswordHash: dummyHash,
            secureCookies: config.secureCookies, templates: templates, rulebookTemplates: rulebookTemplates,
            loginThrottle: config.loginThrottle, noticeSettings: config.notices, secrets: config.secrets,
            passwordPolicy: passwordPolicy)
        app.lifecycle.use(StoreShutdown(store: store))
        app.storage[NoticeSettingsKey.self] = config.notices
        // A webhook answered with a redirect is not followed (it could point inside the network).
        app.http.client.configuration.redirectConfiguration = .disallow
        // Background jobs run where this process is asked to run them (`serve`, `worker`), never
        // from a handler; `serve --no-dispatch` leaves them to a fleet's workers.
        let scheduler = JobScheduler()
        if config.notices.dispatch {
            for job in BackgroundJobs.all(config.notices, app.capabilities) { try scheduler.register(job) }
        }
        app.jobs = scheduler
        app.lifecycle.use(scheduler)

        app.middleware = Middlewares()
        app.middleware.use(ServerTimingMiddleware())
        app.middleware.use(ProblemMiddleware())
        app.middleware.use(PublicFiles(publicDirectory: app.directory.publicDirectory))
        app.middleware.use(AuthenticationMiddleware())
        app.middleware.use(BodyGateMiddleware())
        app.middleware.use(CSRFMiddleware())
        try routes(app)
        app.storage[MethodTableKey.self] = MethodTable(app.routes)
    }

    static func routes(_ app: Application) throws {
        app.get(SiteURL.healthz) { req async throws -> Response in
            _ = try await req.huiwu.store.reader.raw("SELECT 1 AS ok").first()
            let response = Response(status: .ok, body: .init(string: "{\"status\":\"ok\"}"))
            response.headers.contentType = .json
            return response
        }
        app.get(SiteURL.openAPI) { req async throws -> Response in
            let document = req.application.storage[OpenAPIDocumentKey.self] ?? Data()
            let response = Response(status: .ok, body: .init(data: document))
            response.headers.contentType = .json
            return response
        }
        for capability in app.capabilities { try capability.routes(app) }
    }
}

/// The API document assembled at start-up from the shell's and the capabilities' fragments.
struct OpenAPIDocumentKey: StorageKey { typealias Value = Data }

struct StoreShutdown: LifecycleHandler {
    let store: Store
    func shutdownAsync(_ application: Application) async {
        await store.shutdown()
    }
}

// The middlewares are EventLoopFuture-based on purpose: Vapor runs every `AsyncMiddleware` in
// a Task of its own, so four of them cost four task hand-offs per request on top of the route's.

/// `Server-Timing: app;dur=…` on every response: the benchmark reads server time from it.
struct ServerTimingMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let started = ContinuousClock.now
        return next.respond(to: request).map { response in
            let elapsed = ContinuousClock.now - started
            let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
            let fraction = String(micros % 1000)
            let text = "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
            response.headers.replaceOrAdd(name: "Server-Timing", value: "app;dur=" + text)
            return response
        }
    }
}

/// Serves `Public/` (stylesheets) only for its own paths: Vapor's `FileMiddleware` asks the
/// file system about every request, API calls included.
struct PublicFiles: Middleware {
    static let prefixes = SiteURL.publicFolders
    let files: FileMiddleware

    init(publicDirectory: String) { files = FileMiddleware(publicDirectory: publicDirectory) }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.url.path
        guard Self.prefixes.contains(where: { path.hasPrefix($0) }) else { return next.respond(to: request) }
        return files.respond(to: request, chainingTo: next)
    }
}
