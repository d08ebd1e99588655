import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The cadence compliance report through the API (R2.4): per cadence clause of the
/// rulebook in force, per period, the meetings required and held.
struct CadenceReportAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.cadenceReport, use: report)
    }

    struct PeriodDTO: Content {
        var starts: String
        var ends: String
        var atLeast: Int
        var atMost: Int?
        var held: Int
        var heldOn: [String]
        var planned: Int
        var expectedDays: [String]
        var offDay: [String]
        var status: String
    }

    struct LineDTO: Content {
        var clause: CitationDTO?
        var meetingType: String
        var meetingTypeName: String?
        var per: String
        var atLeast: Int
        var atMost: Int?
        var periods: [PeriodDTO]
    }

    struct ReportDTO: Content {
        var rulebookVersion: Int?
        var from: String
        var through: String
        var hasSemesters: Bool
        var lines: [LineDTO]
    }

    /// `GET /api/v1/reports/cadence?from=YYYY-MM&months=N` (by default the last six months).
    func report(req: Request) async throws -> ReportDTO {
        _ = try req.require(.viewCompliance)
        let (from, through) = try Self.span(req)
        let report = try await req.huiwu.cadenceReports.report(from: from, through: through, now: req.now)
        let citations = Citations(req)
        var lines: [LineDTO] = []
        for line in report.lines {
            let r = line.clause.rule
            lines.append(
                LineDTO(
                    clause: try await citations.dto(line.clause.citation), meetingType: r.meetingType,
                    meetingTypeName: line.type?.template.name.text(req.uiLocale.rawValue), per: r.per.rawValue,
                    atLeast: r.atLeast, atMost: r.atMost,
                    periods: line.periods.map { p in
                        PeriodDTO(
                            starts: p.starts.description, ends: p.ends.description, atLeast: p.atLeast, atMost: p.atMost,
                            held: p.held.count, heldOn: p.held.map(\.description), planned: p.planned,
                            expectedDays: p.expected.map(\.description), offDay: p.offDay.map(\.description),
                            status: p.status.rawValue)
                    }))
        }
        return ReportDTO(
            rulebookVersion: report.rulebookVersion, from: from.description, through: through.description,
            hasSemesters: report.hasSemesters, lines: lines)
    }

    /// The report's days: `months` whole months (1–36, default 6) from the month `from`
    /// (`YYYY-MM`, default five months ago), so any well-formed pair names a real span.
    static func span(_ req: Request) throws -> (CivilDate, CivilDate) {
        var errors: [FieldError] = []
        var months = 6
        if let text = req.query[String.self, at: "months"] {
            if let n = Int(text), (1...36).contains(n), text.allSatisfy(\.isASCII) {
                months = n
            } else {
                errors.append(FieldError("months", "field.out_of_range"))
            }
        }
        var first = Escalation.period(.month, containing: req.huiwu.time.date(of: req.now)).start
        if let text = req.query[String.self, at: "from"] {
            do {
                first = req.huiwu.time.date(of: try MonthParameter.month(text, req: req, field: "from").span.start)
            } catch let failure as ValidationFailure {
                errors += failure.errors
            }
        } else {
            for _ in 0..<(months - 1) { first = Escalation.period(.month, containing: first.adding(days: -1)).start }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        var end = first
        for _ in 0..<months { end = Escalation.period(.month, containing: end).end }
        return (first, end.adding(days: -1))
    }
}
