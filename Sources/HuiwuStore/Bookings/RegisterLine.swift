import Foundation
import HuiwuCore
import SQLKit

/// One line of the usage register (会议室使用簿, R1.3): booked versus actual use.
public struct RegisterLine: Sendable, Equatable {
    public var view: BookingView
    public var bookedMinutes: Int
    public var actualMinutes: Int?
}
