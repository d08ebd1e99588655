import HuiwuCore
import HuiwuStore
import Vapor

extension MeetingPages {
    struct Item: Encodable {
        var id: String
        var time: String
        var title: String
        var roomName: String
        var status: String
        var statusLabel: String
    }

    struct Day: Encodable {
        var date: String
        var label: String
        var today: Bool
        var inMonth: Bool
        var items: [Item]
    }

    struct ListView: Encodable {
        var view: String
        var heading: String
        var previous: String
        var next: String
        var weeks: [[Day]]
        var weekdayLabels: [String]
        var empty: Bool
        var canCreate: Bool
    }

    struct SeriesView: Encodable {
        var id: String
        var title: String
        var summary: String
        var rule: String
        var through: String
        var policyLabel: String
        var items: [SeriesItem]
    }

    struct SeriesItem: Encodable {
        var id: String
        var date: String
        var weekday: String
        var item: Item
        var overridden: Bool
    }

    struct PersonRow: Encodable {
        var id: String
        var name: String
        var detail: String
        var roleLabel: String
        var removed: Bool
        var canRemove: Bool
    }

    struct DeliveryRow: Encodable {
        var name: String
        var notNotified: Bool
        var cells: [String]
        var errors: String?
    }

    struct MeetingPageView: Encodable {
        var id: String
        var version: Int
        var title: String
        var date: String
        var weekday: String
        var time: String
        var roomName: String
        var organiserName: String
        var status: String
        var statusLabel: String
        var seriesId: String?
        var seriesSummary: String?
        var canChange: Bool
        var people: [PersonRow]
        var edit: EditForm
        var rooms: [Choice]
        var roles: [Choice]
        var errors: FormErrors
        var canNotify: Bool
        var deliveries: [DeliveryRow]
        var notNotified: Int
        var notified: Bool
        var work: MeetingWorkPages.WorkView
        /// Minutes are written after the meeting too (the organiser or the room office).
        var canEditMinutes: Bool
    }
}
