import HuiwuCore
import HuiwuStore
import Vapor

/// `GET /api/v1/people-search?q=zw`: people found by name, username or pinyin initials, for
/// picking participants as one types (R2.5, X6). It shows no more than the directory already
/// shows the caller (`viewPeople`, X1), and only people who are active.
struct PeopleSearchAPI: RouteCollection {
    static let defaultLimit = 10
    static let maxLimit = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.peopleSearch, use: search)
    }

    func search(req: Request) async throws -> [PersonDTO] {
        _ = try req.require(.viewPeople)
        var errors: [FieldError] = []
        let q = req.query[String.self, at: "q"] ?? ""
        if q.count > 100 { errors.append(FieldError("q", "field.too_long", ["max": "100"])) }
        if TextRules.hasForbiddenControl(q) { errors.append(FieldError("q", "field.control_characters")) }
        var limit = Self.defaultLimit
        if let text = req.query[String.self, at: "limit"] {
            if let n = Int(text), (1...Self.maxLimit).contains(n) {
                limit = n
            } else {
                errors.append(FieldError("limit", "field.out_of_range"))
            }
        }
        try Input.check(errors)
        return try await req.huiwu.people.search(q, limit: limit).map(PersonDTO.init)
    }
}
