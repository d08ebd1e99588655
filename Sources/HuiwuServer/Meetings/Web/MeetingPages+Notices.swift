import HuiwuCore
import HuiwuStore
import Vapor

extension MeetingPages.DeliveryRow {
    /// Who was notified of a meeting, by which channel (R5.2), for its organiser. An e-mail that
    /// could not go because the installation has no mail server is not this person's failure:
    /// the page says once that e-mail is not set up, and the row shows no e-mail at all. The
    /// stored notice keeps its honest "failed" and reason (the API shows them), and someone
    /// reached by no channel (a guest has e-mail only) still counts as not notified.
    static func rows(of meeting: UUID, req: Request) async throws -> [Self] {
        try await req.huiwu.notices.deliveries(of: meeting).map { d in
            let counted = d.notices.filter { !Self.channelNotSetUp($0) }
            return Self(
                name: d.participant.name,
                notNotified: d.notNotified,
                cells: NoticeChannel.allCases.map { channel in
                    guard let n = d.notices.first(where: { $0.channel == channel }) else { return "—" }
                    return Self.channelNotSetUp(n) ? "—" : req.t("ui_notice_state_" + n.state.rawValue)
                },
                errors: counted.compactMap { n in
                    n.state == .failed && n.lastError == NoticeDispatcher.noMailAddress
                        ? req.t("ui_notice_error_no_mail_address") : n.lastError
                }.first)
        }
    }

    /// A notice that failed only because its channel is not set up on this installation.
    static func channelNotSetUp(_ n: NoticeRecord) -> Bool {
        n.channel == .email && n.state == .failed && n.lastError == NoticeDispatcher.mailNotSetUp
    }
}
