import HuiwuCore
import HuiwuStore
import Vapor

/// JSON shapes of the API (documented in Resources/openapi.json). Instants are RFC 3339
/// in the organisation's time zone.
struct BookingDTO: Content, Equatable {
    var id: UUID
    var roomId: UUID
    var roomName: String?
    var startsAt: String
    var endsAt: String
    var status: String
    var version: Int
    var title: String?
    var purpose: String?
    var headcount: Int?
    var bookerId: UUID?
    var bookerName: String?
    var departmentId: UUID?
    var departmentName: String?
    var priority: Bool?
    var decisionReason: String?
    var checkedInAt: String?
    var checkedOutAt: String?
    var actualHeadcount: Int?
    var conditionNote: String?
    var createdAt: String?

    /// `redacted` shows only when and where (for conflicts seen by someone else).
    init(_ b: BookingRecord, time: OrgTime, redacted: Bool = false, view: BookingView? = nil) {
        id = b.id
        roomId = b.roomId
        roomName = view?.roomName
        startsAt = time.format(b.startsAt)
        endsAt = time.format(b.endsAt)
        status = b.status
        version = b.version
        guard !redacted else { return }
        title = b.title
        purpose = b.purpose
        headcount = b.headcount
        bookerId = b.bookerId
        bookerName = view?.bookerName
        departmentId = b.departmentId
        departmentName = view?.departmentName
        priority = b.priority
        decisionReason = b.decisionReason
        checkedInAt = b.checkedInAt.map(time.format)
        checkedOutAt = b.checkedOutAt.map(time.format)
        actualHeadcount = b.actualHeadcount
        conditionNote = b.conditionNote
        createdAt = time.format(b.createdAt)
    }

    init(_ v: BookingView, time: OrgTime) {
        self.init(v.booking, time: time, view: v)
    }
}

struct SlotDTO: Content, Equatable {
    var roomId: UUID
    var roomName: String
    var startsAt: String
    var endsAt: String
}

struct AlternativesDTO: Content, Equatable {
    var otherRooms: [SlotDTO]
    var sameRoom: [SlotDTO]

    init(_ a: BookingAlternatives, time: OrgTime) {
        func slot(_ s: AlternativeSlot) -> SlotDTO {
            SlotDTO(roomId: s.roomId, roomName: s.roomName, startsAt: time.format(s.startsAt), endsAt: time.format(s.endsAt))
        }
        otherRooms = a.otherRooms.map(slot)
        sameRoom = a.sameRoom.map(slot)
    }
}

/// `POST /api/v1/bookings/approve`'s answer (R1.1, X1): the bookings approved, and each refused
/// with the code its single approval would have answered.
struct ApprovedSeveralDTO: Content, Equatable {
    var approved: [UUID]
    var refused: [RefusedItemDTO]
}

/// A repeated booking's answer (R1.1, R2.2): the bookings made, and each day refused with why.
struct RepeatedBookingsDTO: Content, Equatable {
    var made: [BookingDTO]
    var refused: [RefusedItemDTO]
}

/// One item of a batch that was refused, and nothing written for it: a booking by `id` or a day
/// by `date`, with the problem its single request would have answered, as data.
struct RefusedItemDTO: Content, Equatable {
    var id: UUID?
    var date: String?
    var code: String
    var detail: String
    var errors: [ProblemFieldError]?
    /// The booking's version now, when the one sent was stale.
    var currentVersion: Int?

    init(id: UUID? = nil, date: String? = nil, _ problem: Problem) {
        self.id = id
        self.date = date
        code = problem.code
        detail = problem.detail ?? problem.title
        errors = problem.errors
        currentVersion = problem.currentVersion
    }
}
