import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Bulk approval of bookings is the room office's (R1.1). Passwords (X1): everyone changes their own; only an administrator resets someone else's. A
/// change ends the caller's other sessions, so these calls use sessions and tokens of their own
/// and run last; the new password is the fixture's again, so later sign-ins still work.
extension MatrixRows {
    static var accountPages: [Row] {
        let own = ["currentPassword": Fixture.password, "newPassword": Fixture.password, "confirmPassword": Fixture.password]
        return [
            Row("POST /approvals/approve", ok: .managers) { w, _ in
                Call("/approvals/approve", form: ["items[]": try await w.booking()])
            },
            Row("GET /api/v1/people-search", ok: .everyone) { _, _ in Call("/api/v1/people-search?q=zw") },
            Row("GET /admin/people/:id/password", ok: [.admin]) { w, _ in
                Call("/admin/people/\(try await w.person())/password")
            },
            Row("POST /admin/people/:id/password", ok: [.admin]) { w, _ in
                Call(
                    "/admin/people/\(try await w.person())/password",
                    form: ["newPassword": "matrix reset phrase 7", "confirmPassword": "matrix reset phrase 7"])
            },
            Row("GET /me/password", ok: .everyone) { _, _ in Call("/me/password") },
            Row("POST /me/password", ok: .everyone) { w, who in
                Call("/me/password", form: own, session: try await w.spareSession(who))
            },
            Row("PUT /api/v1/me/password", ok: .everyone) { w, who in
                Call(
                    "/api/v1/me/password",
                    json: ["currentPassword": Fixture.password, "newPassword": Fixture.password],
                    token: try await w.spareToken(who))
            },
        ]
    }
}
