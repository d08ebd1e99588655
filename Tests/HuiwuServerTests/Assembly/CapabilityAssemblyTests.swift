import Foundation
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// The instance is assembled from the capability list: each capability's API fragment, catalog
/// entries and templates join the shell's, and two claims on one name stop start-up (X4, X6).
@Suite("Assembly from the capability list")
struct CapabilityAssemblyTests {
    /// A scratch resource root: the shell's files and one folder per capability, as JSON text.
    struct Root {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("assembly-" + UUID().uuidString).path
        func write(_ relative: String, _ text: String) throws {
            let file = path + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        func catalogs(_ relative: String, _ json: String) throws {
            for locale in ["zh-Hans", "zh-Hant", "en"] { try write(relative + "/Locales/\(locale).json", json) }
        }
        func folders(_ names: [String]) -> CapabilityFolders { CapabilityFolders(root: path, names: names) }
        static func shell() throws -> Root {
            let root = Root()
            try root.write(
                "Resources/openapi.json",
                #"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"tags":[{"name":"meta"}],"#
                    + #""paths":{"/healthz":{}},"components":{"schemas":{"Problem":{"type":"object"}}}}"#)
            try root.catalogs("Resources", #"{"ui_title":"t"}"#)
            try root.write("Resources/Views/layout.leaf", "#(body)")
            return root
        }
    }

    @Test("the served /openapi.json is the shell's document with every capability's paths and schemas")
    func servedDocumentJoinsEveryFragment() async throws {
        try await withHuiwu(.sqlite) { app in
            try await app.testing().test(.GET, "/openapi.json") { res in
                #expect(res.status == .ok)
                let served = try #require(try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [String: Any])
                let paths = try #require(served["paths"] as? [String: Any])
                let schemas = try #require((served["components"] as? [String: Any])?["schemas"] as? [String: Any])
                var expectedPaths = 0
                for folder in Huiwu.capabilityFolders(root: packageRoot).all {
                    let file = folder.path + "/openapi.json"
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    let fragment = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                    for path in (fragment["paths"] as? [String: Any] ?? [:]).keys {
                        #expect(paths[path] != nil, "\(path) of \(folder.owner) is not served")
                        expectedPaths += 1
                    }
                    let own = (fragment["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
                    for name in own.keys { #expect(schemas[name] != nil, "schema \(name) of \(folder.owner) is not served") }
                }
                #expect(paths.count == expectedPaths)
                #expect(paths["/api/v1/meetings/{id}/attendance"] != nil)
            }
        }
    }

    @Test("every folder under Capabilities/ is a listed capability, and each lists its three languages alike")
    func everyFolderIsListed() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Capabilities").filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(present) == Set(Huiwu.capabilities.map(\.name)))
        #expect(Huiwu.capabilities.count == Set(Huiwu.capabilities.map(\.name)).count)
        let catalogs = try Catalogs.load(Huiwu.capabilityFolders(root: packageRoot))
        let keys = Set(catalogs.table(.zhHans).keys)
        #expect(keys.count > 1000)
        #expect(Set(catalogs.table(.zhHant).keys) == keys)
        #expect(Set(catalogs.table(.en).keys) == keys)
    }

    @Test("each capability's fragment documents exactly the API operations that capability registers")
    func fragmentsDescribeTheirOwnRoutes() async throws {
        let methods: Set<String> = ["get", "post", "put", "patch", "delete"]
        let folders = Huiwu.capabilityFolders(root: packageRoot)
        for capability in Huiwu.capabilities {
            let app = try await Application.make(.testing)
            try capability.routes(app)
            let registered = Set(
                app.routes.all.compactMap { route -> String? in
                    let path =
                        "/"
                        + route.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }
                        .joined(separator: "/")
                    return path.hasPrefix("/api/") || path.hasPrefix("/ical/") ? route.method.rawValue + " " + path : nil
                })
            try await app.asyncShutdown()
            var documented: Set<String> = []
            let file = folders.resources(of: capability.name) + "/openapi.json"
            if let data = FileManager.default.contents(atPath: file),
                let paths = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["paths"] as? [String: Any]
            {
                for (path, item) in paths {
                    for method in (item as? [String: Any] ?? [:]).keys where methods.contains(method) {
                        documented.insert(method.uppercased() + " " + path)
                    }
                }
            }
            #expect(
                registered == documented,
                "\(capability.name): registered \(registered.subtracting(documented).sorted()), documented \(documented.subtracting(registered).sorted())"
            )
        }
    }

    @Test("a capability's fragment joins the shell's document")
    func fragmentJoins() throws {
        let root = try Root.shell()
        try root.write(
            "Capabilities/Rooms/Resources/openapi.json",
            #"{"tags":[{"name":"rooms"}],"paths":{"/api/v1/rooms":{}},"components":{"schemas":{"Room":{}}}}"#)
        let data = try OpenAPIAssembly.assemble(root.folders(["Rooms", "Empty"]))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((document["paths"] as? [String: Any])?.keys.sorted() == ["/api/v1/rooms", "/healthz"])
        #expect(((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?.keys.sorted() == ["Problem", "Room"])
        #expect((document["tags"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["meta", "rooms"])
        #expect((document["info"] as? [String: Any])?["title"] as? String == "t")
    }

    @Test("a path, schema or tag claimed twice stops start-up, naming both owners")
    func duplicateClaimsStopStartUp() throws {
        let cases: [(String, DuplicateResource)] = [
            (
                #"{"paths":{"/healthz":{}}}"#,
                DuplicateResource(kind: "path", name: "/healthz", owners: ["Resources", "Capabilities/Rooms"])
            ),
            (
                #"{"components":{"schemas":{"Problem":{}}}}"#,
                DuplicateResource(kind: "schemas", name: "Problem", owners: ["Resources", "Capabilities/Rooms"])
            ),
            (
                #"{"tags":[{"name":"meta"}]}"#,
                DuplicateResource(kind: "tag", name: "meta", owners: ["Resources", "Capabilities/Rooms"])
            ),
        ]
        for (fragment, expected) in cases {
            let root = try Root.shell()
            try root.write("Capabilities/Rooms/Resources/openapi.json", fragment)
            #expect(throws: expected) { try OpenAPIAssembly.assemble(root.folders(["Rooms"])) }
        }
        let root = try Root.shell()
        try root.write("Capabilities/A/Resources/openapi.json", #"{"paths":{"/api/v1/x":{}}}"#)
        try root.write("Capabilities/B/Resources/openapi.json", #"{"paths":{"/api/v1/x":{}}}"#)
        #expect(throws: DuplicateResource(kind: "path", name: "/api/v1/x", owners: ["Capabilities/A", "Capabilities/B"])) {
            try OpenAPIAssembly.assemble(root.folders(["A", "B"]))
        }
    }

    @Test("a fragment may not replace the document's info, servers or security")
    func fragmentHoldsOnlyItsOwn() throws {
        let root = try Root.shell()
        try root.write("Capabilities/Rooms/Resources/openapi.json", #"{"info":{"title":"mine"},"paths":{}}"#)
        #expect(throws: MalformedResource.self) { try OpenAPIAssembly.assemble(root.folders(["Rooms"])) }
    }

    @Test("catalog entries join per language; a key in two folders, or a language missing, stops start-up")
    func catalogsJoin() throws {
        let root = try Root.shell()
        try root.catalogs("Capabilities/Rooms/Resources", #"{"ui_rooms":"会议室"}"#)
        let catalogs = try Catalogs.load(root.folders(["Rooms"]))
        #expect(catalogs.text("ui_rooms", .en) == "会议室")
        #expect(catalogs.text("ui_title", .zhHant) == "t")

        try root.catalogs("Capabilities/Leave/Resources", #"{"ui_title":"again"}"#)
        #expect(throws: DuplicateResource(kind: "catalog key", name: "ui_title", owners: ["Resources", "Capabilities/Leave"])) {
            try Catalogs.load(root.folders(["Rooms", "Leave"]))
        }
        let partial = try Root.shell()
        try partial.write("Capabilities/Rooms/Resources/Locales/zh-Hans.json", #"{"ui_rooms":"会议室"}"#)
        #expect(throws: MalformedResource.self) { try Catalogs.load(partial.folders(["Rooms"])) }
    }

    @Test("templates from every folder are found by name; a name in two folders stops start-up")
    func templatesByName() async throws {
        let root = try Root.shell()
        try root.write("Capabilities/Rooms/Resources/Views/rooms.leaf", "rooms")
        let app = try await Application.make(.testing)
        defer { Task { try? await app.asyncShutdown() } }
        let index = try ViewIndex(root.folders(["Rooms"]), fileio: app.fileio)
        let rooms = try await index.file(template: "rooms", escape: false, on: app.eventLoopGroup.any()).get()
        #expect(String(buffer: rooms) == "rooms")
        let layout = try await index.file(template: "layout.leaf", escape: false, on: app.eventLoopGroup.any()).get()
        #expect(String(buffer: layout) == "#(body)")
        #expect(throws: (any Error).self) { try index.file(template: "missing", escape: false, on: app.eventLoopGroup.any()) }

        try root.write("Capabilities/Leave/Resources/Views/layout.leaf", "mine")
        #expect(throws: DuplicateResource(kind: "template", name: "layout", owners: ["Resources", "Capabilities/Leave"])) {
            try ViewIndex(root.folders(["Rooms", "Leave"]), fileio: app.fileio)
        }
    }
}
