import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("A meeting's agenda, checklist, materials, minutes and action items (R5.3, R5.4, R5.8)")
struct MeetingWorkAPITests {
    /// A weekly series of A5's routine meeting type (standing agenda, reporters in order).
    func routineSeries(_ app: Application, _ f: Fixture) async throws -> [[String: Any]] {
        _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"])
        let types = try await app.send(.GET, "/api/v1/meeting-types", as: f.tokens["office"])
        let routine = try #require(types.jsonArray.first { $0["code"] as? String == "a5.routine_daily" }?["id"] as? String)
        let created = try await app.send(
            .POST, "/api/v1/series", as: f.tokens["office"],
            json: [
                "typeId": routine, "roomId": f.big.id.uuidString, "rule": "FREQ=WEEKLY;BYDAY=WE", "start": "2026-12-02T09:00:00",
                "through": "2026-12-23", "headcount": 5, "participants": [["kind": "role", "value": "staff"]],
            ])
        #expect(created.status == .created)
        return created.json["meetings"] as? [[String: Any]] ?? []
    }

    func multipart(_ name: String, _ bytes: [UInt8]) -> (HTTPHeaders, ByteBuffer) {
        let boundary = "test-boundary-42"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n")
        body.writeString("Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return (["Content-Type": "multipart/form-data; boundary=\(boundary)"], body)
    }

    func upload(
        _ app: Application, _ meeting: String, token: String?, name: String, bytes: [UInt8]
    ) async throws -> TestingHTTPResponse {
        let (headers, body) = multipart(name, bytes)
        var result: TestingHTTPResponse?
        try await app.testing().test(
            .POST, "/api/v1/meetings/\(meeting)/materials", headers: headers,
            beforeRequest: { req in
                if let token { req.headers.bearerAuthorization = .init(token: token) }
                req.body = body
            }, afterResponse: { result = $0 })
        return result!
    }

    @Test(
        "a typed meeting starts with the type's agenda, the speaking order and a checklist; items are signed off",
        arguments: TestDatabase.allCases)
    func agendaAndChecklist(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let meetings = try await routineSeries(app, f)
            let first = try #require(meetings.first?["id"] as? String)
            let agenda = try await app.send(.GET, "/api/v1/meetings/\(first)/agenda", as: f.tokens["staff"])
            #expect(((agenda.json["items"] as? [[String: Any]])?.count ?? 0) >= 2)
            #expect((agenda.json["totalMinutes"] as? Int ?? 0) > 0)
            let replaced = try await app.send(
                .PUT, "/api/v1/meetings/\(first)/agenda", as: f.tokens["office"],
                json: [
                    "items": [
                        ["title": "各部门汇报", "minutes": 20] as [String: any Sendable],
                        ["title": "总经理布置", "minutes": 10, "presenterId": f.office.id.uuidString] as [String: any Sendable],
                    ],
                    "reporters": [f.staff.id.uuidString, f.colleague.id.uuidString],
                ])
            #expect(replaced.status == .ok)
            let reporters = (replaced.json["reporters"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(reporters == ["刘洋", "陈静"])
            #expect(
                try await app.send(.PUT, "/api/v1/meetings/\(first)/agenda", as: f.tokens["staff"], json: ["items": [String]()])
                    .status
                    == .forbidden)
            let checklist = try await app.send(.GET, "/api/v1/meetings/\(first)/checklist", as: f.tokens["office"])
            #expect(checklist.jsonArray.compactMap { $0["category"] as? String } == ["venue", "materials", "equipment"])
            let item = try #require(checklist.jsonArray.first?["id"] as? String)
            let signed = try await app.send(.POST, "/api/v1/meetings/\(first)/checklist/\(item)/done", as: f.tokens["office"])
            #expect(signed.jsonArray.first?["doneByName"] as? String == "王芳")
            let staffSign = try await app.send(.POST, "/api/v1/meetings/\(first)/checklist/\(item)/done", as: f.tokens["staff"])
            #expect(staffSign.status == .forbidden)
        }
    }

    @Test(
        "the standard checklist reads in the reader's language; an item a person adds keeps their words (R5.3)",
        arguments: TestDatabase.allCases)
    func checklistInReadersLanguage(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let first = try #require(try await routineSeries(app, f).first?["id"] as? String)
            func titles(_ language: String) async throws -> [String] {
                try await app.send(
                    .GET, "/api/v1/meetings/\(first)/checklist", as: f.tokens["office"],
                    headers: ["Accept-Language": language]
                ).jsonArray.compactMap { $0["title"] as? String }
            }
            #expect(try await titles("zh-CN") == ["会场布置", "会议材料", "设备调试"])
            #expect(try await titles("zh-TW") == ["會場佈置", "會議材料", "設備調試"])
            #expect(try await titles("en") == ["Set up the venue", "Prepare the materials", "Test the equipment"])
            let dueAt = try #require(
                try await app.send(.GET, "/api/v1/meetings/\(first)", as: f.tokens["office"]).json["startsAt"] as? String)
            let added = try await app.send(
                .POST, "/api/v1/meetings/\(first)/checklist", as: f.tokens["office"],
                json: ["category": "other", "title": "准备茶水", "dueAt": dueAt])
            #expect(added.status == .created)
            #expect(try await titles("en").last == "准备茶水")
        }
    }

    @Test(
        "materials are checked by their bytes, stored, and served as attachments; others are refused",
        arguments: TestDatabase.allCases)
    func materials(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let meeting = try #require(try await routineSeries(app, f).first?["id"] as? String)
            let pdf = Array("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".utf8)
            let ok = try await upload(app, meeting, token: f.tokens["office"], name: "../../成本报表.pdf", bytes: pdf)
            #expect(ok.status == .created)
            let listed = try #require(ok.jsonArray.first)
            #expect(listed["filename"] as? String == "成本报表.pdf")
            #expect(listed["contentType"] as? String == "application/pdf")
            let id = try #require(listed["id"] as? String)
            let download = try await app.send(.GET, "/api/v1/meetings/\(meeting)/materials/\(id)", as: f.tokens["staff"])
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == pdf)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let disguised = try await upload(
                app, meeting, token: f.tokens["office"], name: "report.pdf", bytes: Array("<script>".utf8))
            #expect(disguised.status == .unprocessableEntity)
            let code = (disguised.json["errors"] as? [[String: Any]])?.first?["code"] as? String
            #expect(code == "material.unsupported_type")
            let exe = try await upload(
                app, meeting, token: f.tokens["office"], name: "tool.exe", bytes: [0x4D, 0x5A, 0x90, 0x00])
            #expect(exe.status == .unprocessableEntity)
            #expect(try await upload(app, meeting, token: f.tokens["staff"], name: "a.pdf", bytes: pdf).status == .forbidden)
        }
    }

    @Test(
        "minutes are saved with versions and published; an open action item is followed up at the next meeting",
        arguments: TestDatabase.allCases)
    func minutesAndActions(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let meetings = try await routineSeries(app, f)
            let first = try #require(meetings.first?["id"] as? String)
            let second = try #require(meetings.dropFirst().first?["id"] as? String)
            let saved = try await app.send(
                .PUT, "/api/v1/meetings/\(first)/minutes", as: f.tokens["office"],
                json: ["body": "各部门汇报了本周工作。", "decisions": "下周起提前十分钟开会"],
                headers: ["If-Match": "\"0\""])
            #expect(saved.status == .ok)
            #expect(saved.json["version"] as? Int == 1)
            let stale = try await app.send(
                .PUT, "/api/v1/meetings/\(first)/minutes", as: f.tokens["office"],
                json: ["body": "x"], headers: ["If-Match": "\"0\""])
            #expect(stale.status == .preconditionFailed)
            let published = try await app.send(.POST, "/api/v1/meetings/\(first)/minutes/publish", as: f.tokens["office"])
            #expect(published.status == .accepted)
            let inbox = try await app.send(.GET, "/api/v1/notifications", as: f.tokens["staff"])
            #expect(inbox.pageItems.contains { $0["kind"] as? String == "meeting.minutes" })

            let added = try await app.send(
                .POST, "/api/v1/meetings/\(first)/actions", as: f.tokens["office"],
                json: ["title": "整理采购清单", "ownerId": f.staff.id.uuidString, "dueOn": "2026-12-08"])
            #expect(added.status == .created)
            let action = try #require(added.jsonArray.first)
            let next = try await app.send(.GET, "/api/v1/meetings/\(second)/agenda", as: f.tokens["staff"])
            let carried = (next.json["carriedOver"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
            #expect(carried == ["整理采购清单"])
            let actionId = try #require(action["id"] as? String)
            // A status the form never offers is refused on the page too, not read as "done".
            let browser = try await PageClient.signIn(app, "staff")
            for odd in ["finished", ""] {
                let refused = try await browser.post("/actions/\(actionId)/status", ["_csrf": browser.csrf, "status": odd])
                #expect(refused.status == .unprocessableEntity)
            }
            let kept = try await app.send(.GET, "/api/v1/meetings/\(second)/agenda", as: f.tokens["staff"])
            #expect((kept.json["carriedOver"] as? [[String: Any]])?.count == 1)
            // The owner closes it: it no longer carries over.
            let closed = try await app.send(
                .PATCH, "/api/v1/actions/\(actionId)", as: f.tokens["staff"],
                json: ["status": "done"])
            #expect(closed.status == .ok)
            let after = try await app.send(.GET, "/api/v1/meetings/\(second)/agenda", as: f.tokens["staff"])
            let still = (after.json["carriedOver"] as? [[String: Any]])?.count
            #expect(still == 0)
            let bad = try await app.send(
                .POST, "/api/v1/meetings/\(first)/actions", as: f.tokens["office"],
                json: ["title": "", "ownerId": "x", "dueOn": "2026-13-01"])
            let fields = Set((bad.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["title", "ownerId", "dueOn"])
        }
    }
}
