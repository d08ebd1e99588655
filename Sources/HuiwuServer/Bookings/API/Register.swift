import HuiwuCore
import HuiwuStore
import Vapor

/// Parameters of the usage register (R1.3): a room (optional) and a local date range.
struct RegisterQuery {
    var roomId: UUID?
    var from: CivilDate
    var to: CivilDate
    var span: Interval

    /// `from`/`to` are local dates (inclusive); default: the last 30 days up to today.
    static func parse(_ req: Request) throws -> RegisterQuery {
        var errors: [FieldError] = []
        let time = req.huiwu.time
        let today = time.date(of: req.now)
        func date(_ name: String, _ fallback: CivilDate) -> CivilDate {
            guard let text = req.query[String.self, at: name], !text.isEmpty else { return fallback }
            guard let d = CivilDate(text) else {
                errors.append(FieldError(name, "field.date"))
                return fallback
            }
            return d
        }
        let from = date("from", today.adding(days: -30))
        let to = date("to", today)
        var room: UUID?
        if let text = req.query[String.self, at: "roomId"], !text.isEmpty {
            room = Input.uuid(text, field: "roomId", errors: &errors)
        }
        if from > to { errors.append(FieldError("to", "register.range_order")) }
        if to.daysSinceEpoch - from.daysSinceEpoch > 366 { errors.append(FieldError("to", "register.range_too_long")) }
        try Input.check(errors)
        return RegisterQuery(
            roomId: room, from: from, to: to,
            span: Interval(start: time.instant(from, minutes: 0), end: time.instant(to.adding(days: 1), minutes: 0)))
    }
}

struct RegisterLineDTO: Content {
    var bookingId: UUID
    var roomName: String
    var title: String
    var purpose: String
    var bookerName: String
    var departmentName: String?
    var bookedStart: String
    var bookedEnd: String
    var actualStart: String?
    var actualEnd: String?
    var bookedHeadcount: Int
    var actualHeadcount: Int?
    var condition: String?
    var bookedMinutes: Int
    var actualMinutes: Int?

    init(_ line: RegisterLine, time: OrgTime) {
        let b = line.view.booking
        bookingId = b.id
        roomName = line.view.roomName
        title = b.title
        purpose = b.purpose
        bookerName = line.view.bookerName
        departmentName = line.view.departmentName
        bookedStart = time.format(b.startsAt)
        bookedEnd = time.format(b.endsAt)
        actualStart = b.checkedInAt.map(time.format)
        actualEnd = b.checkedOutAt.map(time.format)
        bookedHeadcount = b.headcount
        actualHeadcount = b.actualHeadcount
        condition = b.conditionNote
        bookedMinutes = line.bookedMinutes
        actualMinutes = line.actualMinutes
    }
}

/// The register of a period, streamed (R1.3, X4): people export whole months and years,
/// so every line is written as it is read, `chunk` lines at a time in (start, id) order, and no
/// line is left out however many there are. JSON is an array; CSV is UTF-8 with a BOM so
/// spreadsheet programs read Chinese correctly (X6).
enum RegisterExport {
    static let chunk = 500

    static func response(_ query: RegisterQuery, csv: Bool, on req: Request) -> Response {
        let time = req.huiwu.time
        let bookings = req.huiwu.bookings
        let header = [
            "register.col.room", "register.col.title", "register.col.purpose", "register.col.booker",
            "register.col.department", "register.col.booked_start", "register.col.booked_end",
            "register.col.actual_start", "register.col.actual_end", "register.col.booked_headcount",
            "register.col.actual_headcount", "register.col.condition", "register.col.purpose_code",
        ].map { req.t($0) }
        let filter = Bookings.registerQuery(roomId: query.roomId, span: query.span)
        let logger = req.logger
        let organisation = req.huiwu.organisation, locale = req.uiLocale
        let response = Response(
            status: .ok,
            body: .init(managedAsyncStream: { writer in
                let encoder = JSONEncoder()
                var first = true
                var out = csv ? "\u{FEFF}" + header.map(escape).joined(separator: ",") + "\r\n" : "["
                var after: (start: Date, id: UUID)?
                do {
                    let purposes = Dictionary(
                        uniqueKeysWithValues: try await organisation.purposes(includeInactive: true)
                            .map { ($0.code, $0.localizedName(locale)) })
                    while true {
                        let views = try await bookings.chunk(filter, after: after, count: chunk)
                        for view in views {
                            let line = Bookings.registerLine(view)
                            if csv {
                                out += row(line, time: time, purposes: purposes).map(escape).joined(separator: ",") + "\r\n"
                            } else {
                                out +=
                                    (first ? "" : ",")
                                    + String(
                                        decoding: try encoder.encode(RegisterLineDTO(line, time: time)),
                                        as: UTF8.self)
                                first = false
                            }
                        }
                        try await writer.writeBuffer(ByteBuffer(string: out))
                        out = ""
                        guard views.count == chunk, let last = views.last else { break }
                        after = (last.booking.startsAt, last.booking.id)
                    }
                    if !csv { try await writer.writeBuffer(ByteBuffer(string: "]")) }
                } catch {
                    // The status line is sent; cutting the body short is how the client learns of it.
                    logger.error("register stream stopped: \(String(reflecting: error))")
                    throw error
                }
            }))
        if csv {
            response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"register.csv\"")
        } else {
            response.headers.contentType = .json
        }
        return response
    }

    /// A line as an office reads it in Excel or WPS (X6): the purpose by its name in the
    /// reader's language, times as local `YYYY-MM-DD HH:MM` (which spreadsheets take as dates);
    /// the purpose's code last, for whoever sorts or imports by it. The JSON export keeps
    /// RFC 3339 times and codes.
    static func row(_ line: RegisterLine, time: OrgTime, purposes: [String: String]) -> [String] {
        let b = line.view.booking
        return [
            line.view.roomName, b.title, purposes[b.purpose] ?? b.purpose, line.view.bookerName,
            line.view.departmentName ?? "", time.readable(b.startsAt), time.readable(b.endsAt),
            b.checkedInAt.map(time.readable) ?? "", b.checkedOutAt.map(time.readable) ?? "", String(b.headcount),
            b.actualHeadcount.map(String.init) ?? "", b.conditionNote ?? "", b.purpose,
        ]
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula.
    static func escape(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
