import Foundation

/// The directory holding `Resources/` (templates, catalogs, the API document), `Capabilities/`
/// (each capability's own) and `Public/` (stylesheets). An installed binary finds it wherever it is started from: before, a release
/// binary run outside the package root failed even `huiwu migrate` with Foundation's
/// "NSCocoaErrorDomain Code=260 … zh-Hans.json".
public struct ResourceRoot: Sendable, Equatable {
    public let path: String

    /// Files an instance cannot run without: one per kind of resource, so a partial copy is caught.
    static let required = [
        "Resources/Locales/zh-Hans.json", "Resources/Locales/zh-Hant.json", "Resources/Locales/en.json",
        "Resources/Views/layout.leaf", "Resources/openapi.json", "Resources/Rulebooks/A1.yaml",
        "Resources/Passwords/breached.txt", "Public/css", "Capabilities/Bookings/Resources/Views/grid.leaf",
    ]

    /// The missing files of `required` under `directory`, empty when it holds them all.
    static func missing(in directory: String) -> [String] {
        required.filter { !FileManager.default.fileExists(atPath: directory + "/" + $0) }
    }

    public struct NotFound: Error, CustomStringConvertible {
        public var looked: [(place: String, missing: [String])]
        public var description: String {
            var lines = [
                "Huiwu cannot find its templates, message catalogs and stylesheets (Resources/, Capabilities/ and Public/)."
            ]
            for (place, missing) in looked {
                let what =
                    missing.count == ResourceRoot.required.count ? "none of them" : "missing " + missing.joined(separator: ", ")
                lines.append("  \(place): \(what)")
            }
            lines.append(
                "Install with `make install PREFIX=…` (it puts them in PREFIX/share/huiwu), or name the "
                    + "directory that holds Resources/, Capabilities/ and Public/ with --resources DIR or HUIWU_RESOURCES.")
            return lines.joined(separator: "\n")
        }
    }

    /// Where to look, in order: the directory given (`--resources`, then `HUIWU_RESOURCES`) and
    /// nothing else when one is given; otherwise `share/huiwu` beside the binary's `bin/` (what
    /// `make install` and `make dist` lay out), the binary's own directory, and — for a binary
    /// built inside a checkout, as `swift run` and the tests use — the checkout it was built in.
    public static func candidates(
        explicit: String?, environment: [String: String], executable: String,
        checkout: String = Self.checkoutRoot
    ) -> [String] {
        if let given = explicit ?? environment["HUIWU_RESOURCES"], !given.isEmpty { return [absolute(given)] }
        let binDir = (absolute(executable) as NSString).deletingLastPathComponent
        var places = [
            ((binDir as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/huiwu"),
            binDir,
        ]
        // Only a binary under the checkout's own `.build/` uses the checkout: a copy installed
        // elsewhere must carry its resources, and a missing install step must show.
        if absolute(executable).hasPrefix(checkout + "/.build/") { places.append(checkout) }
        return places
    }

    public static func locate(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = Self.executablePath
    ) throws -> ResourceRoot {
        var looked: [(String, [String])] = []
        for place in candidates(explicit: explicit, environment: environment, executable: executable) {
            let missing = missing(in: place)
            if missing.isEmpty { return ResourceRoot(path: place) }
            looked.append((place, missing))
        }
        throw NotFound(looked: looked)
    }

    /// The running binary's path, with symbolic links resolved (a `/usr/local/bin/huiwu` link to
    /// an unpacked archive finds the archive's `share/`).
    public static var executablePath: String {
        let raw = CommandLine.arguments.first ?? ""
        let viaProc = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? raw
        return URL(fileURLWithPath: viaProc).resolvingSymlinksInPath().path
    }

    /// The package root this file was compiled in (Sources/HuiwuServer/App/ResourceRoot.swift).
    public static let checkoutRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func absolute(_ path: String) -> String {
        let url =
            path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }
}
