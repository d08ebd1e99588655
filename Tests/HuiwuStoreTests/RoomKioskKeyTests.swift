import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing

@testable import HuiwuStore

/// A room's kiosk key generation (X1, X5), on both databases: it starts at 0, each rotation
/// raises it and records who and when, concurrent rotations are all counted, and editing the
/// room leaves it alone.
@Suite("Room kiosk keys")
struct RoomKioskKeyTests {
    @Test(
        "a new room's kiosk key is generation 0; a rotation raises it, records who and when, and a room edit keeps it",
        arguments: TestDatabase.allCases)
    func rotation(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let rooms = Rooms(store: store)
            let fresh = try #require(try await rooms.kioskKey(of: f.room.id))
            #expect(fresh.generation == 0 && fresh.rotatedAt == nil && fresh.rotatedBy == nil)
            let later = storeNow.addingTimeInterval(600)
            let rotated = try await rooms.rotateKioskKey(of: f.room.id, by: f.office.id, now: later)
            #expect(rotated.generation == 1 && rotated.rotatedAt == later && rotated.rotatedBy == f.office.id)
            #expect(rotated.rotatedByName == "office")
            #expect(try await rooms.kioskKey(of: f.other.id)?.generation == 0, "only that room's key changes")
            _ = try await rooms.update(f.room.id, RoomSpec(name: "A", capacity: 12), expectedVersion: nil, now: later)
            #expect(try await rooms.kioskKey(of: f.room.id)?.generation == 1, "editing the room keeps its key")
            await #expect(throws: StoreError.self) {
                _ = try await rooms.rotateKioskKey(of: UUID(), by: f.office.id, now: later)
            }
            #expect(try await rooms.kioskKey(of: UUID()) == nil)
        }
    }

    @Test("rotations at the same moment are each counted: no earlier key survives one of them", arguments: TestDatabase.allCases)
    func concurrentRotations(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let rooms = Rooms(store: store)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await rooms.rotateKioskKey(of: f.room.id, by: f.office.id, now: storeNow).generation }
                }
                var seen: Set<Int> = []
                for try await generation in group { seen.insert(generation) }
                #expect(seen == Set(1...8), "each rotation saw its own generation")
            }
            #expect(try await rooms.kioskKey(of: f.room.id)?.generation == 8)
        }
    }
}
