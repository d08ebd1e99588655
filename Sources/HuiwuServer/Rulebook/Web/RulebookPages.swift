import HuiwuCore
import HuiwuStore
import Vapor

/// The rulebook for everyone (X3): the version in force with every clause in the
/// reader's language, and each earlier version with what it changed — so whoever a decision
/// concerns can read the clause it cites.
struct RulebookPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.rulebook, use: inForce)
        routes.get(SiteURL.rulebookVersion(.key), use: version)
    }

    struct VersionRow: Encodable {
        var version: Int
        var effective: String
        var clauseCount: Int
        var note: String
        var adoptedAt: String
        var inForce: Bool
        var upcoming: Bool
        var href: String
    }

    struct DiffLine: Encodable {
        var change: String
        var oldNumber: String
        var newNumber: String
        var text: String
    }

    struct RulebookView: Encodable {
        var version: Int?
        var title: String
        var effective: String
        var inForce: Bool
        var clauses: [ClauseRow]
        var versions: [VersionRow]
        var source: String?
        var diff: [DiffLine]
        var added: [String]
        var removed: [String]
        var changed: [String]
        var canManage: Bool
        var manageHref = SiteURL.adminRulebook.path
    }

    func inForce(req: Request) async throws -> Response {
        _ = try req.webRequire(.readRulebook)
        let today = req.huiwu.time.date(of: req.now)
        let current = try await req.huiwu.rulebooks.inForce(on: today)
        return try await render(req, shown: current, inForce: current?.version, withSource: false)
    }

    func version(req: Request) async throws -> Response {
        _ = try req.webRequire(.readRulebook)
        guard let n = req.parameters.get("version").flatMap(Int.init), n > 0, let v = try await req.huiwu.rulebooks.version(n)
        else { throw Abort(.notFound) }
        let current = try await req.huiwu.rulebooks.inForce(on: req.huiwu.time.date(of: req.now))
        return try await render(req, shown: v, inForce: current?.version, withSource: true)
    }

    func render(_ req: Request, shown: RulebookVersion?, inForce: Int?, withSource: Bool) async throws -> Response {
        let rulebooks = req.huiwu.rulebooks
        let all = try await rulebooks.versions()
        let time = req.huiwu.time
        let today = time.date(of: req.now)
        let rows = all.map { v in
            VersionRow(
                version: v.version, effective: v.effective.description, clauseCount: v.clauseCount, note: v.note ?? "",
                adoptedAt: time.readable(v.createdAt), inForce: v.version == inForce, upcoming: v.effective > today,
                href: SiteURL.rulebookVersion(.value(v.version)).path)
        }
        let actor = try req.actor()
        var view = RulebookView(
            version: shown?.version, title: "", effective: shown?.effective.description ?? "",
            inForce: shown?.version == inForce && shown != nil, clauses: [], versions: rows, source: nil, diff: [], added: [],
            removed: [], changed: [], canManage: AccessPolicy.allows(actor.role, .manageRulebook))
        if let shown {
            let book = try rulebooks.rulebook(shown)
            view.title = book.title.text(req.uiLocale.rawValue)
            view.clauses = book.clauses.map { ClauseRow($0, req: req) }
            if withSource {
                view.source = shown.source
                // What this version changed against the one before it.
                let previous = all.first { $0.version < shown.version }
                let diff = RulebookDiff(
                    from: try previous.map { try rulebooks.rulebook($0) }, oldSource: previous?.source ?? "", to: book,
                    newSource: shown.source)
                view.added = diff.added
                view.removed = diff.removed
                view.changed = diff.changed
                view.diff = Self.lines(diff.lines)
            }
        }
        let title =
            shown == nil ? req.t("ui_rulebook_title") : req.t("ui_rulebook_version_title", ["version": "\(shown!.version)"])
        return try await req.page("rulebook", title: title, section: "rulebook", view)
    }

    /// The changed lines with three lines of context around each change.
    static func lines(_ lines: [LineDiff.Line]) -> [DiffLine] {
        let changed = lines.indices.filter { lines[$0].change != .kept }
        var keep = Set<Int>()
        for i in changed { for j in max(0, i - 3)...min(lines.count - 1, i + 3) { keep.insert(j) } }
        var out: [DiffLine] = []
        var last = -1
        for i in keep.sorted() {
            if last >= 0, i > last + 1 { out.append(DiffLine(change: "gap", oldNumber: "", newNumber: "", text: "…")) }
            let l = lines[i]
            out.append(
                DiffLine(
                    change: l.change.rawValue, oldNumber: l.oldNumber.map(String.init) ?? "",
                    newNumber: l.newNumber.map(String.init) ?? "",
                    text: l.text))
            last = i
        }
        return out
    }
}
