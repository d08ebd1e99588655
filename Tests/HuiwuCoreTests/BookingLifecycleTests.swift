import Foundation
import HuiwuCore
import Testing

@Suite("The booking state machine (R1.1, R1.3)")
struct BookingLifecycleTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let end = start.addingTimeInterval(3_600)

    func state(_ status: BookingStatus, checkedIn: Bool = false, checkedOut: Bool = false) -> BookingState {
        BookingState(
            status: status, startsAt: Self.start, endsAt: Self.end, headcount: 10, checkedIn: checkedIn, checkedOut: checkedOut)
    }

    func refusal(_ step: BookingStep, _ s: BookingState, minutesFromStart: Double = -60) -> BookingStepRefusal? {
        BookingLifecycle.refusal(of: step, on: s, roomCapacity: 12, now: Self.start.addingTimeInterval(minutesFromStart * 60))
    }

    @Test("only a pending booking is approved or rejected")
    func decisionsOnPendingOnly() {
        for status in BookingStatus.allCases {
            let expected: BookingStepRefusal? = status == .pending ? nil : .invalidTransition(from: status, action: "approve")
            #expect(refusal(.approve, state(status)) == expected)
            #expect((refusal(.reject, state(status)) == nil) == (status == .pending))
        }
    }

    @Test("a booking is cancelled while it holds its slot, before it is used and before its end")
    func cancelWhileHolding() {
        #expect(refusal(.cancel, state(.pending)) == nil)
        #expect(refusal(.cancel, state(.approved), minutesFromStart: 30) == nil)
        #expect(refusal(.cancel, state(.approved, checkedIn: true)) == .invalidTransition(from: .approved, action: "cancel"))
        #expect(refusal(.cancel, state(.approved), minutesFromStart: 60) == .invalidTransition(from: .approved, action: "cancel"))
        #expect(refusal(.cancel, state(.rejected)) == .invalidTransition(from: .rejected, action: "cancel"))
    }

    @Test("check-in opens 15 minutes before the start and closes at the end; headcounts must be plausible")
    func checkInWindowAndHeadcount() {
        let approved = state(.approved)
        #expect(refusal(.checkIn(headcount: nil), approved, minutesFromStart: -16) == .checkInNotOpen)
        #expect(refusal(.checkIn(headcount: nil), approved, minutesFromStart: -15) == nil)
        #expect(refusal(.checkIn(headcount: 24), approved, minutesFromStart: 59) == nil)
        #expect(refusal(.checkIn(headcount: nil), approved, minutesFromStart: 60) == .checkInNotOpen)
        #expect(refusal(.checkIn(headcount: 25), approved, minutesFromStart: 0) == .headcountOutOfRange(capacity: 12))
        #expect(refusal(.checkIn(headcount: -1), approved, minutesFromStart: 0) == .headcountOutOfRange(capacity: 12))
        #expect(
            refusal(.checkIn(headcount: nil), state(.pending), minutesFromStart: 0)
                == .invalidTransition(from: .pending, action: "check-in"))
        #expect(refusal(.checkIn(headcount: nil), state(.approved, checkedIn: true), minutesFromStart: 0) == .alreadyCheckedIn)
    }

    @Test("check-out needs a check-in, once")
    func checkOutOnce() {
        #expect(refusal(.checkOut(headcount: nil), state(.approved)) == .notCheckedIn)
        #expect(refusal(.checkOut(headcount: 8), state(.approved, checkedIn: true)) == nil)
        #expect(
            refusal(.checkOut(headcount: nil), state(.approved, checkedIn: true, checkedOut: true))
                == .invalidTransition(from: .approved, action: "check-out"))
        #expect(BookingStepRefusal.checkInNotOpen.code == "booking.check_in_not_open")
    }
}
