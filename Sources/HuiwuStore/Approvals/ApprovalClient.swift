import Foundation
import HuiwuCore
import SQLKit

/// What a capability whose requests go through an approval chain gives the engine (R1.1,
/// R3.1): how its approvers are told, what the end of a chain does to its subject, and the
/// facts about the request that resolving approvers and showing them need. The engine knows
/// clients only through this, so a new kind of request (equipment, a shift swap) registers a
/// client instead of the engine switching on it.
protocol ApprovalClient: Sendable {
    var subject: ApprovalSubject { get }
    /// Whether whoever asked may decide too (the room office's own booking is an arrangement,
    /// not a case against itself: A1 三). False: the requester is never their own approver.
    var requesterMayApprove: Bool { get }
    /// Tells `people` they are asked to decide, in the engine's transaction.
    func tellAsked(
        _ people: [UUID], subjectId: UUID, params: NotificationParams, now: Date, _ db: any SQLDatabase)
        async throws
    /// The end of a chain: the subject is granted or refused (with `reason`), and its people told.
    func finished(
        _ subjectId: UUID, approved: Bool, reason: String, by person: UUID?, now: Date, _ db: any SQLDatabase
    ) async throws
    /// The requester's own words, shown to approvers; nil when the subject has none.
    func requestReason(of subjectId: UUID, _ db: any SQLDatabase) async throws -> String?
    /// The meeting's organiser, for a chain naming "the organiser"; nil when there is no meeting.
    func organiser(of subjectId: UUID, _ db: any SQLDatabase) async throws -> UUID?
}

extension ApprovalClient {
    var requesterMayApprove: Bool { false }

    /// By default approvers hear on every channel they have (in-app, e-mail, their robot).
    func tellAsked(
        _ people: [UUID], subjectId: UUID, params: NotificationParams, now: Date, _ db: any SQLDatabase
    ) async throws {
        try await PersonNotices.tell(
            people.map { PersonNotices.Notice(person: $0, kind: .approvalRequested, meeting: nil, params: params) },
            now: now, db)
    }

    func requestReason(of subjectId: UUID, _ db: any SQLDatabase) async throws -> String? { nil }
    func organiser(of subjectId: UUID, _ db: any SQLDatabase) async throws -> UUID? { nil }
}

/// What an approval request is for, by the name it is stored under. Each client's capability
/// defines its own (`.leave`, `.booking`); the engine defines none.
public struct ApprovalSubject: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    /// A subject's definition, by the capability that owns it.
    public init(named name: String) { rawValue = name }

    /// Reads a stored or sent name: only a registered client's subject.
    public init?(rawValue: String) {
        guard ApprovalClients.client(named: rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }
}

/// The registered clients, one per subject.
enum ApprovalClients {
    private static let bySubject: [String: any ApprovalClient] = Dictionary(
        uniqueKeysWithValues: StoreAssembly.approvalClients.map { ($0.subject.rawValue, $0) })

    static func client(named name: String) -> (any ApprovalClient)? { bySubject[name] }

    /// The client of a subject the program made or read (a subject's name is only ever read
    /// back through `init?(rawValue:)`, which knows it is registered).
    static func client(_ subject: ApprovalSubject) -> any ApprovalClient {
        guard let client = bySubject[subject.rawValue] else {
            preconditionFailure("approval subject \(subject.rawValue) has no registered client (StoreAssembly)")
        }
        return client
    }
}
