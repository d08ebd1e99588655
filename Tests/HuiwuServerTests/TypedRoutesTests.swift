import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

@Suite("Typed routes: one table registers every route and builds every link")
struct TypedRoutesTests {
    @Test("a link fills each parameter, in order, and a registered route names it")
    func linksAndRegistration() {
        let meeting = UUID(uuidString: "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")!
        let item = UUID(uuidString: "00000000-0000-0000-0000-0000000000AB")!
        #expect(
            SiteURL.meetingChecklistToggle(.value(meeting), .value(item)).path == "/meetings/\(meeting)/checklist/\(item)/toggle")
        #expect(
            SiteURL.meetingChecklistToggle(.key, .key).pathComponents.map(\.description)
                == ["meetings", ":id", "checklist", ":item", "toggle"])
        #expect(APIURL.bookingStep(.value(item), .checkIn).path == "/api/v1/bookings/\(item)/check-in")
        #expect(SiteURL.home.path == "/")
        #expect(
            SiteURL.adminCalendarDayDelete(.value(CivilDate(year: 2026, month: 5, day: 1)!)).path
                == "/admin/calendar/days/2026-05-01/delete")
    }

    @Test("query values keep their order and are escaped so they cannot start another parameter or leave the path")
    func queryEscaping() {
        #expect(SiteURL.adminCalendar.href(["year": "2026", "done": "saved"]) == "/admin/calendar?year=2026&done=saved")
        #expect(SiteURL.login.href(["next": "/meetings?view=week&x=1"]) == "/login?next=%2Fmeetings%3Fview%3Dweek%26x%3D1")
        #expect(SiteURL.grid.href(["building": "主楼 A"]) == "/grid?building=%E4%B8%BB%E6%A5%BC%20A")
        #expect(
            SiteURL.meeting(.value(UUID(uuidString: "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")!)).href(
                ["done": "saved"], fragment: "agenda") == "/meetings/0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0?done=saved#agenda")
        #expect(SiteURL.language(.value("a/b")).path == "/lang/a%2Fb")
    }

    @Test("halves cut a path at its open parameter, for the grid's thousands of links")
    func halves() {
        let (before, after) = SiteURL.roomWeek(.key).halves
        #expect(before == "/rooms/")
        #expect(after == "/week")
    }

    @Test("no Swift handler and no template spells a path: links come from SiteURL and APIURL")
    func noPathLiterals() throws {
        let fm = FileManager.default
        let server = packageRoot + "/Sources/HuiwuServer"
        var offenders: [String] = []
        // A string literal that starts with a slash and a letter, outside the route table.
        let swiftPath = try Regex(#""/[a-z]"#)
        // A route registered by words rather than by a typed case.
        let literalRoute = try Regex(#"\b(routes|app|api)\.(get|post|put|patch|delete|on|grouped)\((\.[A-Z]+, )?""#)
        for case let file as String in fm.enumerator(atPath: server)!
        where file.hasSuffix(".swift") && !file.hasPrefix("App/Routing/") {
            let text = try String(contentsOfFile: server + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where (line.contains(swiftPath) && !line.contains("/proc/self/exe")) || line.contains(literalRoute) {
                offenders.append("\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        let templatePath = try Regex(#"(href|action|src)="/"#)
        for folder in Huiwu.capabilityFolders(root: packageRoot).all {
            let views = folder.path + "/Views"
            for file in (try? fm.contentsOfDirectory(atPath: views)) ?? [] where file.hasSuffix(".leaf") {
                let text = try String(contentsOfFile: views + "/" + file, encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where line.contains(templatePath) {
                    offenders.append("\(file):\(n + 1)")
                }
            }
        }
        #expect(offenders.isEmpty, "paths spelled outside the route table: \(offenders.joined(separator: "\n"))")
    }
}
