import Foundation
import HuiwuCore
import SQLKit

/// A booking with the names people read beside it.
public struct BookingView: Sendable, Equatable {
    public var booking: BookingRecord
    public var roomName: String
    public var bookerName: String
    public var departmentName: String?
}

/// Read-side queries over bookings: calendars, queues, the usage register (R1.3), history.
public struct Bookings: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    public struct Query: Sendable {
        public var roomId: UUID?
        public var bookerId: UUID?
        public var statuses: [BookingStatus]?
        public var from: Date?
        public var to: Date?
        public init(
            roomId: UUID? = nil, bookerId: UUID? = nil, statuses: [BookingStatus]? = nil, from: Date? = nil,
            to: Date? = nil
        ) {
            self.roomId = roomId
            self.bookerId = bookerId
            self.statuses = statuses
            self.from = from
            self.to = to
        }
    }

    /// Every booking the query matches, oldest start first. Callers bound it by a window or a
    /// status; the API pages instead (`page`), since its callers may ask for anything.
    public func list(_ q: Query) async throws -> [BookingView] {
        var sql = Self.matching(q)
        sql.appendInterpolation(unsafeRaw: " ORDER BY b.starts_at, r.name, b.id")
        return try await store.reader.raw(sql).all().map(Self.view)
    }

    /// One page of the bookings the query matches, in write order (a booking moved or
    /// added between page reads is neither skipped nor repeated).
    public func page(_ q: Query, _ request: PageRequest) async throws -> Page<BookingView> {
        var sql = Self.matching(q)
        Paging.append(request, seq: "b.seq", to: &sql)
        return try Paging.page(try await store.reader.raw(sql).all(), request, Self.view)
    }

    /// The usage register's rows after a position in (start, id) order, `count` at a time: the
    /// register streams a whole period in these chunks (R1.3).
    public func chunk(_ q: Query, after: (start: Date, id: UUID)?, count: Int) async throws -> [BookingView] {
        var sql = Self.matching(q)
        if let after {
            sql.appendInterpolation(unsafeRaw: " AND (b.starts_at > ")
            sql.appendInterpolation(bind: after.start)
            sql.appendInterpolation(unsafeRaw: " OR (b.starts_at = ")
            sql.appendInterpolation(bind: after.start)
            sql.appendInterpolation(unsafeRaw: " AND b.id > ")
            sql.appendInterpolation(bind: after.id)
            sql.appendInterpolation(unsafeRaw: "))")
        }
        sql.appendInterpolation(unsafeRaw: " ORDER BY b.starts_at, b.id LIMIT \(max(1, count))")
        return try await store.reader.raw(sql).all().map(Self.view)
    }

    /// Bookings overlapping [from, to) that match the query, up to the end of its WHERE clause.
    static func matching(_ q: Query) -> SQLQueryString {
        var sql = SQLQueryString(
            """
            SELECT b.*, r.name AS v_room_name, p.display_name AS v_booker_name, d.name AS v_department_name
            FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN people p ON p.id = b.booker_id
            LEFT JOIN departments d ON d.id = b.department_id WHERE 1 = 1
            """)
        if let roomId = q.roomId {
            sql.appendInterpolation(unsafeRaw: " AND b.room_id = ")
            sql.appendInterpolation(bind: roomId)
        }
        if let bookerId = q.bookerId {
            sql.appendInterpolation(unsafeRaw: " AND b.booker_id = ")
            sql.appendInterpolation(bind: bookerId)
        }
        if let statuses = q.statuses, !statuses.isEmpty {
            sql.appendInterpolation(unsafeRaw: " AND b.status IN ")
            sql.appendInterpolation(SQLBind.group(statuses.map(\.rawValue)))
        }
        if let to = q.to {
            sql.appendInterpolation(unsafeRaw: " AND b.starts_at < ")
            sql.appendInterpolation(bind: to)
        }
        if let from = q.from {
            sql.appendInterpolation(unsafeRaw: " AND b.ends_at > ")
            sql.appendInterpolation(bind: from)
            sql.appendInterpolation(unsafeRaw: " AND b.starts_at > ")
            sql.appendInterpolation(bind: from.addingTimeInterval(-BookingRules.longestSpan))
        }
        return sql
    }

    public func view(_ id: UUID) async throws -> BookingView? {
        try await store.reader.raw(
            """
            SELECT b.*, r.name AS v_room_name, p.display_name AS v_booker_name, d.name AS v_department_name
            FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN people p ON p.id = b.booker_id
            LEFT JOIN departments d ON d.id = b.department_id WHERE b.id = \(bind: id)
            """
        ).first().map(Self.view)
    }

    /// Active bookings overlapping a span, for every room at once (the day grid): only the
    /// columns the grid shows — with `labels`, also what its cells print (title, booker,
    /// department) — read by position (`Store.rows`): generic whole-record decoding of a few
    /// thousand rows dominated the grid's server time.
    public func active(in span: Interval, labels: Bool) async throws -> [GridBooking] {
        let window: SQLQueryString = """
            WHERE b.status IN ('pending', 'approved') AND b.starts_at < \(bind: span.end)
              AND b.starts_at > \(bind: span.start.addingTimeInterval(-BookingRules.longestSpan)) AND b.ends_at > \(bind: span.start)
            """
        let found =
            labels
            ? try await store.rows(
                GridBooking.labelledColumns,
                "FROM bookings b LEFT JOIN departments d ON d.id = b.department_id " + window,
                GridBooking.init(labelled:))
            : try await store.rows(GridBooking.columns, "FROM bookings b " + window, { try GridBooking($0) })
        return found.sorted { $0.startsAt < $1.startsAt }
    }

    public func history(_ id: UUID) async throws -> [(event: BookingEventRecord, actorName: String?)] {
        try await store.reader.raw(
            """
            SELECT e.*, p.display_name AS v_actor_name FROM booking_events e LEFT JOIN people p ON p.id = e.actor_id
            WHERE e.booking_id = \(bind: id) ORDER BY e.at, e.id
            """
        ).all().map { row in
            (
                try row.decode(BookingEventRecord.self),
                try row.decodeNil(column: "v_actor_name") ? nil : try row.decode(column: "v_actor_name", as: String.self)
            )
        }
    }

    static func view(_ row: any SQLRow) throws -> BookingView {
        BookingView(
            booking: try row.decode(BookingRecord.self),
            roomName: try row.decode(column: "v_room_name", as: String.self),
            bookerName: try row.decode(column: "v_booker_name", as: String.self),
            departmentName: try row.decodeNil(column: "v_department_name")
                ? nil
                : try row.decode(column: "v_department_name", as: String.self))
    }
}

extension Bookings {
    /// The register's query: approved bookings of the period, optionally of one room.
    public static func registerQuery(roomId: UUID?, span: Interval) -> Query {
        Query(roomId: roomId, statuses: [.approved], from: span.start, to: span.end)
    }

    /// The register line of a booking, with its recorded actual use.
    public static func registerLine(_ v: BookingView) -> RegisterLine {
        let b = v.booking
        let actual: Int? = b.checkedInAt.flatMap { start in b.checkedOutAt.map { Int($0.timeIntervalSince(start) / 60) } }
        return RegisterLine(view: v, bookedMinutes: Int(b.endsAt.timeIntervalSince(b.startsAt) / 60), actualMinutes: actual)
    }

    /// Every register line of the period (the web page, which shows them all).
    public func register(roomId: UUID?, span: Interval) async throws -> [RegisterLine] {
        try await list(Self.registerQuery(roomId: roomId, span: span)).map(Self.registerLine)
    }
}
