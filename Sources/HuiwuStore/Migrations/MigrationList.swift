import FluentKit

/// Every migration, in order. One per change, named by intent; never edited after landing.
public enum MigrationList {
    public static var all: [any Migration] {
        [
            CreateOrganisation(),
            CreateDepartment(),
            CreatePerson(),
            CreateAuthSession(),
            CreateLoginAttempt(),
            CreatePurpose(),
            CreateRoom(),
            CreateRoomEquipment(),
            CreateBooking(),
            AddBookingNoOverlapConstraint(),
            CreateBookingEvent(),
            CreateNotification(),
            AddUnreadNotificationIndex(),
            CreateCalendarDay(),
            CreateCalendarPeriod(),
            CreateMeetingType(),
            CreateMeetingSeries(),
            CreateMeeting(),
            CreateMeetingParticipant(),
            CreateCalendarFeed(),
            CreateNotice(),
            AddPersonWebhook(),
            AddNotificationMeeting(),
            CreateMeetingReminder(),
            CreateAgendaItem(),
            CreateMeetingReporter(),
            CreateChecklistItem(),
            CreateMaterial(),
            CreateMinutes(),
            CreateActionItem(),
            CreateCalendarCopy(),
            AddNoticeCalendarObject(),
            AddListSequence(),
            CreateAccountNotice(),
            AddMeetingTypeContentAccess(),
            AddChecklistTitleCode(),
            CreateRobot(),
            CreateRobotPost(),
            AddPersonChatAccounts(),
            CreateRulebookVersion(),
        ]
    }
}
