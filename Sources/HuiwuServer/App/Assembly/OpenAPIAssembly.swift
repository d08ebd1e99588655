import Foundation

/// `/openapi.json`, assembled at start-up (X4): the shell's `Resources/openapi.json` (info,
/// security, shared schemas and responses) with each capability's fragment, which may hold only
/// `tags`, `paths` and `components`. A path, tag or component named twice is a start-up error.
enum OpenAPIAssembly {
    static let fragmentKeys: Set<String> = ["tags", "paths", "components"]

    static func assemble(_ folders: CapabilityFolders) throws -> Data {
        let base = try object(at: (folders.shell as NSString).appendingPathComponent("openapi.json"))
        var document = base
        var owners: [String: String] = [:]
        func claim(_ kind: String, _ name: String, _ owner: String) throws {
            let key = kind + "\u{0}" + name
            if let first = owners[key] { throw DuplicateResource(kind: kind, name: name, owners: [first, owner]) }
            owners[key] = owner
        }
        var tags = base["tags"] as? [[String: Any]] ?? []
        var paths = base["paths"] as? [String: Any] ?? [:]
        var components = base["components"] as? [String: Any] ?? [:]
        for tag in tags { try claim("tag", tag["name"] as? String ?? "", "Resources") }
        for path in paths.keys { try claim("path", path, "Resources") }
        for (section, entries) in components {
            for name in (entries as? [String: Any] ?? [:]).keys { try claim(section, name, "Resources") }
        }
        for folder in folders.all.dropFirst() {
            let file = (folder.path as NSString).appendingPathComponent("openapi.json")
            guard FileManager.default.fileExists(atPath: file) else { continue }
            let fragment = try object(at: file)
            if let extra = Set(fragment.keys).subtracting(fragmentKeys).sorted().first {
                throw MalformedResource(path: file, reason: "a fragment holds only tags, paths and components, not \(extra)")
            }
            for tag in fragment["tags"] as? [[String: Any]] ?? [] {
                try claim("tag", tag["name"] as? String ?? "", folder.owner)
                tags.append(tag)
            }
            for (path, item) in fragment["paths"] as? [String: Any] ?? [:] {
                try claim("path", path, folder.owner)
                paths[path] = item
            }
            for (section, entries) in fragment["components"] as? [String: Any] ?? [:] {
                var merged = components[section] as? [String: Any] ?? [:]
                for (name, value) in entries as? [String: Any] ?? [:] {
                    try claim(section, name, folder.owner)
                    merged[name] = value
                }
                components[section] = merged
            }
        }
        document["tags"] = tags
        document["paths"] = paths
        document["components"] = components
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func object(at path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw MalformedResource(path: path, reason: "not a JSON object")
        }
        return object
    }
}
