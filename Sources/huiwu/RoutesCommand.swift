import ArgumentParser
import Vapor

/// `huiwu routes`: every route the server registers, one `METHOD /path` a line (`:id` for a
/// parameter), sorted. What an operator checks a proxy's rules against, and what the contract
/// test compares with the API document.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "List every route the server answers.")
    @ArgumentParser.OptionGroup var storage: InstanceOptions

    func run() async throws {
        let lines = try await withApplication(storage) { app in
            app.routes.all.map { route in
                route.method.rawValue + " /" + route.path.map(\.description).joined(separator: "/")
            }
        }
        for line in Set(lines).sorted() { print(line) }
    }
}
