import Foundation
import HuiwuCore
import Testing

/// Decisions are typed in the program and kept as strings in `rule_decisions` and
/// `penalty_entries` (X3): the strings are the records' vocabulary, so each kind, outcome and
/// trigger must keep the spelling the stored rows already use.
@Suite("Decisions keep the stored vocabulary")
struct DecisionTests {
    @Test("every kind of decision is stored under the name existing records use")
    func kindNames() {
        #expect(
            Decision.Kind.allCases.map(\.rawValue) == [
                "approval.step", "approval.reminder", "no_show.release", "no_show.series_flagged", "attendance.correction",
                "fine", "leave.refused", "delegation.refused", "leave.expired", "delegation.expired",
            ])
    }

    @Test("outcomes are stored as today's words, a correction as its attendance and a fine as its trigger")
    func outcomeNames() {
        let plain: [Decision.Outcome] = [.approved, .rejected, .reminded, .released, .flagged, .tooLate, .expired]
        #expect(plain.map(\.rawValue) == ["approved", "rejected", "reminded", "released", "flagged", "too_late", "expired"])
        #expect(Decision.Outcome.corrected(.excused).rawValue == AttendanceOutcome.excused.rawValue)
        #expect(Decision.Outcome.charged(.attendance(.absentUnnotified)).rawValue == "absent_unnotified")
        #expect(Decision.Outcome.charged(.offence).rawValue == "offence")
    }

    @Test("a fine's trigger reads back what it wrote, and nothing it does not know")
    func triggerRoundTrip() {
        let all = FineTrigger.allCases.map(ChargeTrigger.attendance) + [.offence]
        for trigger in all { #expect(ChargeTrigger(rawValue: trigger.rawValue) == trigger) }
        #expect(Set(all.map(\.rawValue)) == ["late", "early_leave", "absent", "absent_unnotified", "offence"])
        #expect(ChargeTrigger(rawValue: "Late") == nil && ChargeTrigger(rawValue: "") == nil)
    }
}
