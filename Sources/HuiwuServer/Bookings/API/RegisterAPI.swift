import HuiwuCore
import HuiwuStore
import Vapor

/// The usage register and the day grid as data (R1.3, R1.2).
struct RegisterAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.register, use: register)
        routes.get(APIURL.grid, use: grid)
    }

    /// The usage register (R1.3) as JSON, or CSV with `format=csv`.
    func register(req: Request) async throws -> Response {
        _ = try req.require(.viewRegister)
        let format = req.query[String.self, at: "format"].flatMap { $0.isEmpty ? nil : $0 } ?? "json"
        guard format == "json" || format == "csv" else { throw ValidationFailure([FieldError("format", "field.enum")]) }
        let query = try RegisterQuery.parse(req)
        if format == "csv" { _ = try req.require(.exportRegister) }
        return RegisterExport.response(query, csv: format == "csv", on: req)
    }

    /// Rooms × bookings for one local day (the day grid's data).
    func grid(req: Request) async throws -> Response {
        _ = try req.require(.viewRooms)
        let dayText = try? req.query.get(String.self, at: "date")
        let services = req.huiwu
        let day: CivilDate
        if let dayText {
            guard let parsed = CivilDate(dayText) else { throw ValidationFailure([FieldError("date", "field.date")]) }
            day = parsed
        } else {
            day = services.time.date(of: req.now)
        }
        let grid = try await DayGrid.load(day: day, labels: false, services: services) { try await services.rooms.gridRooms() }
        let response = Response(status: .ok, body: .init(buffer: GridJSON.render(grid, time: services.time)))
        response.headers.contentType = .json
        return response
    }
}
