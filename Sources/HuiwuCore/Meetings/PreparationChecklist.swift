import Foundation

/// What a preparation item is about (R5.3).
public enum ChecklistCategory: String, Sendable, Codable, CaseIterable {
    case venue, materials, equipment, other
}

/// The checklist every meeting starts with (R5.3, A1 room-office practice): the venue set up
/// the day before, materials ready two hours before, equipment tested half an hour before.
/// Titles are catalog keys, so each reader sees them in their own language; what people add
/// later is their own words.
public enum PreparationChecklist {
    public struct Item: Sendable, Equatable {
        public let category: ChecklistCategory
        /// The catalog key of the title (`checklist_default_venue` …).
        public let titleCode: String
        /// How long before the start it is due.
        public let lead: TimeInterval
    }

    public static let standard: [Item] = [
        Item(category: .venue, titleCode: "checklist_default_venue", lead: 86_400),
        Item(category: .materials, titleCode: "checklist_default_materials", lead: 7_200),
        Item(category: .equipment, titleCode: "checklist_default_equipment", lead: 1_800),
    ]

    /// The standard items of a meeting that starts at `start`, with their due times, in order.
    public static func items(startingAt start: Date) -> [(item: Item, dueAt: Date)] {
        standard.map { ($0, start.addingTimeInterval(-$0.lead)) }
    }
}
