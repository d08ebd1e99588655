/// The one list of capabilities an instance is assembled from. Adding a capability means its
/// folder (`Sources/…/<Name>`, `Capabilities/<Name>/Resources`) and one line here; routes, pages,
/// jobs, problem answers, API fragment, catalog entries and templates come from its declaration.
extension Huiwu {
    static let capabilities: [any Capability] = [
        DirectoryCapability(),
        RoomsCapability(),
        BookingsCapability(),
        RecurrenceCapability(),
        OrgCalendarCapability(),
        ICalendarCapability(),
        MeetingsCapability(),
        NoticesCapability(),
        RulebookCapability(),
        AttendanceCapability(),
        ApprovalsCapability(),
        LeaveCapability(),
        LedgerCapability(),
        ReportsCapability(),
    ]

    /// Where the listed capabilities keep their resources, under `root`.
    public static func capabilityFolders(root: String) -> CapabilityFolders {
        CapabilityFolders(root: root, names: capabilities.map(\.name))
    }
}
