/// The capabilities' contributions the store's shared engines call back, listed once. An
/// engine knows only the interface it defines (`ApprovalClient`, `MeetingActListener`); the list is the one place
/// that names the clients.
enum StoreAssembly {
    static let approvalClients: [any ApprovalClient] = [LeaveApprovals(), BookingApprovals()]
    static let meetingActListeners: [any MeetingActListener] = [PresenceByActingListener()]
    /// The parts of a rulebook's dry run, in the order the report lists their changes.
    static let rulebookReplays: [any RulebookReplay] = [AttendanceReplay(), LeaveReplay()]
    /// The caches a fleet's processes keep honest for each other (`CacheSignals`).
    static func signalledCaches(_ store: Store) -> [any SignalledCache] { [store.sessionCache] }
}
