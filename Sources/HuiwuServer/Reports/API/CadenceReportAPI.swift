import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The cadence compliance report through the API (issue 13, R2.4): per cadence clause of the
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

    /// `GET /api/v1/reports/cadence?from=&through=` (dates; by default the last six months).
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

    /// The report's days from `from` and `through` (strict dates, at most three years apart);
    /// by default from the first of the month five months ago to the end of this month.
    static func span(_ req: Request) throws -> (CivilDate, CivilDate) {
        let today = req.huiwu.time.date(of: req.now)
        let monthStart = CivilDate(year: today.year, month: today.month, day: 1)!
        let nextMonth = Escalation.period(.month, containing: today).end
        var back = monthStart
        for _ in 0..<5 { back = Escalation.period(.month, containing: back.adding(days: -1)).start }
        var errors: [FieldError] = []
        func day(_ name: String, _ fallback: CivilDate) -> CivilDate {
            guard let text = req.query[String.self, at: name], !text.isEmpty else { return fallback }
            guard let d = CivilDate(text), (2000...2100).contains(d.year) else {
                errors.append(FieldError(name, "field.date"))
                return fallback
            }
            return d
        }
        let from = day("from", back)
        let through = day("through", nextMonth.adding(days: -1))
        if errors.isEmpty, through < from { errors.append(FieldError("through", "field.date_order")) }
        if errors.isEmpty, through.daysSinceEpoch - from.daysSinceEpoch > 3 * 366 {
            errors.append(FieldError("through", "field.span_too_long", ["max": "3"]))
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return (from, through)
    }
}
