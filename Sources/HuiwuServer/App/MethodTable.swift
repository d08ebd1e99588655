import Vapor

/// Which methods each registered path answers, so a known path asked with another method
/// gets 405 with a truthful `Allow` header (RFC 9110 §15.5.6) instead of 404.
struct MethodTable: Sendable {
    private let routes: [(method: String, path: [PathComponent])]

    init(_ routes: Routes) {
        self.routes = routes.all.map { ($0.method.rawValue, $0.path) }
    }

    /// The methods registered for a path (HEAD implied by GET), empty if the path is unknown.
    /// Only the most specific routes count, as in the router: `/series/preview` is POST's fixed
    /// path, not `GET /series/{id}` with the id "preview".
    func methods(for path: String) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let matching = routes.filter { Self.matches($0.path, parts) }
        let best = matching.map { Self.specificity($0.path) }.max { $0.lexicographicallyPrecedes($1) } ?? []
        var found = Set<String>()
        for route in matching where Self.specificity(route.path) == best {
            found.insert(route.method)
            if route.method == "GET" { found.insert("HEAD") }
        }
        return found.sorted()
    }

    /// 1 for each fixed component, 0 for a parameter: compared position by position.
    static func specificity(_ pattern: [PathComponent]) -> [Int] {
        pattern.map { if case .constant = $0 { 1 } else { 0 } }
    }

    static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        var i = 0
        for component in pattern {
            switch component {
            case .catchall: return i < parts.count
            case .constant(let c):
                guard i < parts.count, parts[i] == c else { return false }
            case .parameter, .anything:
                guard i < parts.count else { return false }
            }
            i += 1
        }
        return i == parts.count
    }
}

struct MethodTableKey: StorageKey { typealias Value = MethodTable }
