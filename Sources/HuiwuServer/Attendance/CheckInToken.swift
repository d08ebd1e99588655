import Foundation
import HuiwuStore
import Vapor

/// The token of a check-in link (R5.6): which meeting, until when, signed with the
/// installation's key. Short-lived, so a photo of a QR code sent out of the room soon stops
/// working; the room kiosk and the meeting page show a fresh one. Format `<expiry>.<signature>`.
struct CheckInToken: Sendable, Equatable {
    static let lifetime: TimeInterval = 10 * 60
    static let purpose = "check-in"

    var meetingId: UUID
    var expires: Date

    static func message(_ meeting: UUID, _ expiry: Int) -> String { "\(meeting.uuidString.lowercased())\n\(expiry)" }

    static func make(for meeting: UUID, now: Date, box: SecretBox) -> String {
        let expiry = Int(now.timeIntervalSince1970 + lifetime)
        return "\(expiry)." + box.signature(of: message(meeting, expiry), purpose: purpose)
    }

    enum Refusal: String, Error {
        /// Not a token this installation made, or for another meeting.
        case forged = "attendance.link_invalid"
        case expired = "attendance.link_expired"
    }

    /// The token's meeting and expiry, if it is genuine and still valid at `now`.
    static func verify(_ token: String?, meeting: UUID, now: Date, box: SecretBox) throws(Refusal) -> CheckInToken {
        guard let token, token.count < 200 else { throw .forged }
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].count <= 12, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            let expiry = Int(parts[0]),
            box.verify(parts[1], of: message(meeting, expiry), purpose: purpose)
        else { throw .forged }
        let expires = Date(timeIntervalSince1970: TimeInterval(expiry))
        guard now < expires else { throw .expired }
        return CheckInToken(meetingId: meeting, expires: expires)
    }
}

extension CheckInToken {
    /// The token checked for a request: a forged link is 403, an expired one 410 on pages (the
    /// API answers 403 for both, with the code saying which).
    static func require(_ token: String?, meeting: UUID, req: Request, expiredStatus: HTTPResponseStatus = .gone) throws {
        do {
            _ = try verify(token, meeting: meeting, now: req.now, box: req.huiwu.secrets)
        } catch {
            throw ProblemError(error == .expired ? expiredStatus : .forbidden, error.rawValue)
        }
    }
}
