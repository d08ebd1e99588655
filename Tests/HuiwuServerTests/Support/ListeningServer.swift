import Foundation
import Vapor

extension Application {
    /// Runs `body` against the app listening on a free loopback port, for clients racing over real
    /// HTTP. The server is shut down whatever `body` throws: a running server left to deinit trips
    /// Vapor's assertion and takes the whole test process down with it.
    func whileListening<T: Sendable>(_ body: (_ port: Int) async throws -> T) async throws -> T {
        try await server.start(address: .hostname("127.0.0.1", port: 0))
        let outcome: Result<T, any Error>
        do {
            guard let port = http.server.shared.localAddress?.port else { throw Abort(.internalServerError) }
            outcome = .success(try await body(port))
        } catch {
            outcome = .failure(error)
        }
        await server.shutdown()
        return try outcome.get()
    }
}
