import HuiwuCore
import HuiwuStore
import Vapor

/// `PUT /api/v1/me/password`: the caller changes their own password (X1, ASVS V2.1). Every other
/// session and token of theirs ends; the one that asked stays. An administrator resets someone
/// else's with `PUT /api/v1/people/{id}` and a `password`.
struct PasswordAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.put(APIURL.myPassword, use: change)
    }

    struct ChangeBody: Decodable {
        var currentPassword: String
        var newPassword: String
    }

    func change(req: Request) async throws -> HTTPStatus {
        _ = try req.actor()
        let body = try req.decodeJSON(ChangeBody.self)
        try await PasswordChange.changeOwn(current: body.currentPassword, new: body.newPassword, confirm: nil, on: req)
        return .noContent
    }
}
