import Foundation
import HuiwuCore
import Testing
import Vapor

@testable import HuiwuServer

/// Nobody decides their own case (X1), through the pages: a correction of the organiser's own
/// record and the organiser's own leave go to someone else (the API's rows are beside theirs).
extension MatrixRows {
    static var ownCasePages: [Row] {
        [
            Row(
                "POST /meetings/:id/attendance/:participant/correction", "the organiser's own record", ok: [.admin, .office],
                forbidden: [.organiser, .participant], otherwise: .notFound
            ) { w, _ in
                let (meeting, row) = try await w.organisersOwnRecord()
                return Call("/meetings/\(meeting)/attendance/\(row)/correction", form: ["outcome": "on_time", "reason": "签到机故障"])
            },
            Row(
                "POST /approvals/:id/:decision", "the organiser's own leave", ok: [.admin], forbidden: [.organiser, .office],
                otherwise: .notFound
            ) { w, _ in
                Call("/approvals/\(try await w.organisersOwnLeave())/approve", form: [:])
            },
        ]
    }
}
