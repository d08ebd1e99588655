/// What an agenda may hold (R5.3): the limits both the API and the meeting page apply.
public enum AgendaRules {
    /// Items on one agenda.
    public static let maxItems = 50
    /// An item's time box, in minutes: at least one, at most a working day.
    public static let minutes = 1...480
    /// An item's time box when the page's line gives none.
    public static let defaultMinutes = 10
    public static let maxTitleLength = 200

    /// Whether `count` items fit on one agenda.
    public static func allows(itemCount count: Int) -> Bool { count <= maxItems }

    /// Whether a time box is allowed.
    public static func allows(minutes value: Int) -> Bool { minutes.contains(value) }
}
