import HuiwuCore
import HuiwuStore
import Vapor

/// Error pages for browsers (the API gets problem+json).
enum WebErrorPage {
    struct ErrorView: Encodable {
        var status: Int
        var message: String
    }

    static func render(_ problem: Problem, on req: Request) async throws -> Response {
        try await req.page(
            "error", title: problem.title, section: "error",
            ErrorView(status: problem.status, message: problem.title),
            status: HTTPResponseStatus(statusCode: problem.status))
    }
}
