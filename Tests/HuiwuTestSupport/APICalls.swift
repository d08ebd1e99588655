import Foundation
import HuiwuServer
import HuiwuStore
import SQLKit
import Vapor
import VaporTesting

/// Local wall-clock time on the test day (2026-12-01, Shanghai) as RFC 3339.
public func at(_ hhmm: String, day: String = "2026-12-01") -> String { "\(day)T\(hhmm):00+08:00" }

extension Application {
    /// Sends a JSON request as `user` and hands back the response.
    public func send(
        _ method: HTTPMethod, _ path: String, as token: String?, json: [String: any Sendable]? = nil,
        headers extra: HTTPHeaders = [:], rawBody: String? = nil
    ) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await testing().test(
            method, path, headers: extra,
            beforeRequest: { req in
                if let token { req.headers.bearerAuthorization = .init(token: token) }
                if let json {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
                } else if let rawBody {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: rawBody)
                }
            }, afterResponse: { res in result = res })
        return result!
    }
}

extension TestingHTTPResponse {
    public var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
    public var jsonArray: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [[String: Any]] ?? []
    }

    /// The rows of one page of a paged list (`{"items": […], "next": …}`).
    public var pageItems: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}

/// The JSON body of a booking of `room` on the test day.
public func bookingBody(
    _ room: RoomRecord, _ from: String, _ to: String, purpose: String = "meeting", headcount: Int = 5,
    title: String = "周例会"
) -> [String: any Sendable] {
    [
        "roomId": room.id.uuidString, "startsAt": at(from), "endsAt": at(to), "purpose": purpose, "headcount": headcount,
        "title": title,
    ]
}

/// How many bookings the database holds.
public func bookingCount(_ app: Application) async throws -> Int {
    try await app.huiwu.store.reader.raw("SELECT COUNT(*) AS n FROM bookings").first()!.decode(column: "n", as: Int.self)
}
