import Foundation
import HuiwuCore
import Testing

/// Who may decide, as pure rules (X1, R5.4, R5.6, R5.7): the chair as the type names it, a
/// delegate one level down, an offence in its span, nobody in their own case.
@Suite("Authority rules: chair, delegate, offence span, own case")
struct AuthorityRulesTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    let gm = id(1), staff = id(2), organiser = id(3)
    let sales = id(10), salesBranch = id(11), kitchen = id(12), top = id(13)

    @Test("the chair is a host on the list, or the organiser holding the type's host role — never the organiser as such")
    func chairIsNamedByTheType() {
        #expect(MeetingChair.chairs(gm, role: .admin, hosts: [gm], organiser: organiser, typeHostRole: .admin))
        #expect(MeetingChair.chairs(organiser, role: .admin, hosts: [], organiser: organiser, typeHostRole: .admin))
        #expect(!MeetingChair.chairs(organiser, role: .staff, hosts: [], organiser: organiser, typeHostRole: .admin))
        #expect(!MeetingChair.chairs(organiser, role: .staff, hosts: [], organiser: organiser, typeHostRole: nil))
        #expect(!MeetingChair.chairs(staff, role: .admin, hosts: [gm], organiser: organiser, typeHostRole: .admin))
    }

    @Test("A5 §8's subordinate is the head of a department directly below the one the delegator heads")
    func subordinateIsOneLevelDown() {
        let rule = DelegationRule(to: .subordinate, acceptRequired: true, minimumNotice: nil)
        let head = DelegationRule.Place(role: .departmentHead, department: sales, ancestors: [top])
        let branchHead = DelegationRule.Place(role: .departmentHead, department: salesBranch, ancestors: [sales, top])
        let colleague = DelegationRule.Place(role: .staff, department: sales, ancestors: [top])
        let branchStaff = DelegationRule.Place(role: .staff, department: salesBranch, ancestors: [sales, top])
        let otherHead = DelegationRule.Place(role: .departmentHead, department: kitchen, ancestors: [top])
        let twoDown = DelegationRule.Place(role: .departmentHead, department: Self.id(14), ancestors: [salesBranch, sales, top])
        #expect(rule.admits(branchHead, for: head))
        #expect(!rule.admits(colleague, for: head), "a colleague in the department is no supervisor one level down")
        #expect(!rule.admits(branchStaff, for: head))
        #expect(!rule.admits(otherHead, for: head))
        #expect(!rule.admits(twoDown, for: head), "two levels down is not the next level")
        #expect(!rule.admits(branchHead, for: colleague), "a staff member has no level below to delegate to")
        let members = DelegationRule(to: .departmentMember, acceptRequired: true, minimumNotice: nil)
        #expect(members.admits(colleague, for: head) && members.admits(branchStaff, for: head))
        #expect(!members.admits(otherHead, for: head))
    }

    @Test("an offence is recordable while the meeting runs, and after it only for the clause's time")
    func offenceSpan() throws {
        let start = try Timestamp.parse("2026-12-01T10:00:00+08:00"), end = start.addingTimeInterval(3_600)
        let during = OffenceRule(recordedBy: [.chair], liable: .person, penalty: nil)
        #expect(during.recordable(start: start, end: end) == start...end)
        let later = OffenceRule(recordedBy: [.chair], liable: .person, penalty: nil, recordedWithin: RuleDuration(minutes: 30))
        #expect(later.recordable(start: start, end: end).contains(end.addingTimeInterval(1_800)))
        #expect(!later.recordable(start: start, end: end).contains(end.addingTimeInterval(1_801)))
        #expect(!later.recordable(start: start, end: end).contains(start.addingTimeInterval(-1)))
    }

    @Test("a decision concerning the one taking it is their own case")
    func ownCase() {
        #expect(OwnCase.applies(actor: gm, concerns: [staff, gm]))
        #expect(!OwnCase.applies(actor: gm, concerns: [staff, nil]))
    }
}
