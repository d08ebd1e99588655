import Foundation

/// Where each capability keeps its own resources: `Capabilities/<Name>/Resources/` beside the
/// shell's `Resources/`, in a checkout and in an installed `share/huiwu` alike. A capability's
/// API fragment (`openapi.json`), catalog entries (`Locales/`) and templates (`Views/`) live
/// there, and start-up assembles them with the shell's into one document, one catalog per
/// language and one set of templates.
public struct CapabilityFolders: Sendable {
    /// The directory holding `Resources/` and `Capabilities/`.
    public let root: String
    /// The capabilities' names, in the order of the capability list.
    public let names: [String]

    public init(root: String, names: [String]) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.names = names
    }

    /// The shell's resources.
    public var shell: String { root + "/Resources" }

    /// One capability's resources (which may not exist: a capability need not have any).
    public func resources(of name: String) -> String { root + "/Capabilities/" + name + "/Resources" }

    /// Every resource folder with a name for messages: the shell first, then each capability.
    public var all: [(owner: String, path: String)] {
        [("Resources", shell)] + names.map { ("Capabilities/\($0)", resources(of: $0)) }
    }

}

/// Two resource folders claim the same thing: an API path, a schema, a tag, a catalog key or a
/// template. Start-up stops, naming both, because which one wins would otherwise be an accident.
public struct DuplicateResource: Error, CustomStringConvertible, Equatable {
    public var kind: String
    public var name: String
    public var owners: [String]
    public var description: String {
        "\(kind) \(name) is declared twice, by \(owners.joined(separator: " and "))"
    }
}

/// A capability's resource file that start-up cannot use: not the JSON it must be, or only some
/// of the three languages.
public struct MalformedResource: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
