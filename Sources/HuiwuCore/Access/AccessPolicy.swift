/// Everything a person can try to do. Routes name one of these; `AccessPolicy` decides.
public enum Action: String, CaseIterable, Sendable {
    case viewRooms, manageRooms
    case viewPeople, managePeople, manageDepartments
    case bookRoom
    case viewAllBookings
    /// Reading any meeting's content (agenda, minutes, decisions, action items), not only those
    /// one organises or is on: seeing who holds which room (`viewAllBookings`) is not that.
    case readAllMeetings
    /// Changing any meeting (time, room, participants, notices, agenda, minutes), not only one's
    /// own: the room office arranging the organisation's meetings (R2.1, R5.2).
    case manageAllMeetings
    /// The notice outbox's state across the organisation: is mail flowing (X2)?
    case viewNoticeOutbox
    /// Setting up group robots for departments and meeting types (R5.2, X2).
    case manageRobots
    /// Reading the rulebook in force and its versions: everyone, so a person can see why (X3).
    case readRulebook
    /// Adopting a new rulebook version (X3).
    case manageRulebook
    /// The penalty ledger of everyone, and waiving, deciding appeals, settling (R3.2).
    case managePenalties
    /// Reports on how the organisation keeps its regulations (R2.4 cadence compliance).
    case viewCompliance
    case approveBookings  // R1.1: the room office approves or rearranges
    case placePriorityBooking  // R1.2: special reception / ad-hoc arrangement
    case viewRegister, exportRegister  // R1.3
    case manageOrganisation
}

/// The one permission check module (X1). Pure: role and action in, yes or no out.
public enum AccessPolicy {
    public static func allows(_ role: Role, _ action: Action) -> Bool {
        switch action {
        case .viewRooms, .viewPeople, .readRulebook:
            return true
        case .bookRoom:
            return role != .cleaning
        case .manageRooms, .approveBookings, .placePriorityBooking, .exportRegister, .manageAllMeetings, .viewNoticeOutbox,
            .managePenalties:
            return role == .admin || role == .roomOffice
        case .viewAllBookings, .viewRegister:
            return role == .admin || role == .roomOffice || role == .infoCentre || role == .cleaning
        case .readAllMeetings:
            return role == .admin || role == .roomOffice
        case .viewCompliance:
            return role == .admin || role == .roomOffice || role == .departmentHead
        case .managePeople, .manageDepartments, .manageOrganisation, .manageRobots, .manageRulebook:
            return role == .admin
        }
    }

    /// Changing one booking (cancel, check-in/out, move): its booker, or the room office.
    public static func mayChangeBooking(role: Role, actorID: String, bookerID: String) -> Bool {
        actorID == bookerID || allows(role, .approveBookings)
    }

    /// Changing a meeting (its time, room, participants, notices, agenda, minutes): its
    /// organiser, or the room office arranging.
    public static func mayManageMeeting<ID: Equatable>(role: Role, actorID: ID, organiserID: ID) -> Bool {
        actorID == organiserID || allows(role, .manageAllMeetings)
    }

    /// Seeing one booking's details: its booker, a head of the same department, or whoever sees all.
    public static func maySeeBooking<ID: Equatable>(
        role: Role, actorID: ID, actorDepartment: ID?,
        bookerID: ID, bookingDepartment: ID?
    ) -> Bool {
        if actorID == bookerID || allows(role, .viewAllBookings) { return true }
        return role == .departmentHead && actorDepartment != nil && actorDepartment == bookingDepartment
    }
}
