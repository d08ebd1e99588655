import HuiwuCore
import HuiwuStore
import Vapor

/// Reports: reports: cadence compliance (R5.1).
struct ReportsCapability: Capability {
    var name: String { "Reports" }

    func routes(_ app: Application) throws {
        try app.register(collection: CadenceReportAPI())
        try app.register(collection: CadenceReportPage())
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var cadenceReports: CadenceReports { CadenceReports(store: store, time: time) }
}
