import FluentKit
import Testing

@testable import HuiwuStore

/// The names under which databases recorded their migrations (`_fluent_migrations`). A
/// migration's file may move into its capability's folder or module; its name may not, or an
/// existing database would run it again (R1.1: the data survives upgrades).
@Suite("Migration identifiers stay as they were applied")
struct MigrationNamesTests {
    static let applied = [
        "HuiwuStore.CreateOrganisation",
        "HuiwuStore.CreateDepartment",
        "HuiwuStore.CreatePerson",
        "HuiwuStore.CreateAuthSession",
        "HuiwuStore.CreateLoginAttempt",
        "HuiwuStore.CreatePurpose",
        "HuiwuStore.CreateRoom",
        "HuiwuStore.CreateRoomEquipment",
        "HuiwuStore.CreateBooking",
        "HuiwuStore.AddBookingNoOverlapConstraint",
        "HuiwuStore.CreateBookingEvent",
        "HuiwuStore.CreateNotification",
        "HuiwuStore.AddUnreadNotificationIndex",
        "HuiwuStore.CreateCalendarDay",
        "HuiwuStore.CreateCalendarPeriod",
        "HuiwuStore.CreateMeetingType",
        "HuiwuStore.CreateMeetingSeries",
        "HuiwuStore.CreateMeeting",
        "HuiwuStore.CreateMeetingParticipant",
        "HuiwuStore.CreateCalendarFeed",
        "HuiwuStore.CreateNotice",
        "HuiwuStore.AddPersonWebhook",
        "HuiwuStore.AddNotificationMeeting",
        "HuiwuStore.CreateMeetingReminder",
        "HuiwuStore.CreateAgendaItem",
        "HuiwuStore.CreateMeetingReporter",
        "HuiwuStore.CreateChecklistItem",
        "HuiwuStore.CreateMaterial",
        "HuiwuStore.CreateMinutes",
        "HuiwuStore.CreateActionItem",
        "HuiwuStore.CreateCalendarCopy",
        "HuiwuStore.AddNoticeCalendarObject",
        "HuiwuStore.AddListSequence",
        "HuiwuStore.CreateAccountNotice",
        "HuiwuStore.AddMeetingTypeContentAccess",
        "HuiwuStore.AddChecklistTitleCode",
        "HuiwuStore.CreateRobot",
        "HuiwuStore.CreateRobotPost",
        "HuiwuStore.AddPersonChatAccounts",
        "HuiwuStore.CreateRulebookVersion",
        "HuiwuStore.CreateRuleDecision",
        "HuiwuStore.CreateAttendance",
        "HuiwuStore.CreatePenaltyEntry",
        "HuiwuStore.CreateApproval",
        "HuiwuStore.CreateLeaveRequest",
        "HuiwuStore.AddRoomKioskKeyGeneration",
        "HuiwuStore.AddParticipantAuthorisedBy",
        "HuiwuStore.ReaskEmptyApprovalSteps",
        "HuiwuStore.ClearStaffHostRole",
        "HuiwuStore.AddPersonNameSearch",
    ]

    @Test("every migration keeps its recorded name, in the recorded order")
    func namesAndOrderAreUnchanged() {
        #expect(MigrationList.all.map(\.name) == Self.applied)
    }

    /// A migration declared in another module, as one moved into a capability's module would be.
    struct MovedMigration: AsyncMigration, StoredMigration {
        func prepare(on database: any Database) async throws {}
        func revert(on database: any Database) async throws {}
    }

    @Test("a migration declared outside HuiwuStore is still named as if it lived there")
    func movedMigrationKeepsItsName() {
        #expect(MovedMigration().name == "HuiwuStore.MovedMigration")
    }
}
