import FluentKit
import Foundation
import HuiwuCore
import HuiwuTestSupport
import Logging
import NIOPosix
import SQLKit
import Testing

@testable import HuiwuStore

/// Several processes, each with its own connection pool, on one PostgreSQL database.
/// Each store here stands for one server process.
// Time limits turn a hang (a stuck connection, a listener that never stops) into a failure
// naming the test, instead of a test run that never ends. They are generous: the whole run
// shares two cores, so a suite's wall time is mostly waiting its turn (two minutes was
// reached on CI by starvation alone). Speed is measured by `make bench`, not here.
@Suite("Writes of a fleet on one PostgreSQL database", .timeLimit(.minutes(10)))
struct FleetWriteTests {
    @Test("three stores racing for one slot, five times: one placed each time, every refusal names it")
    func storesRacingForOneSlot() async throws {
        try await withStores(.postgres, count: 3) { stores in
            let f = try await StoreFixture.make(stores[0])
            let ledgers = stores.map { BookingLedger(store: $0, time: shanghai) }
            for race in 0..<5 {
                let draft = f.draft(Self.hhmm(9 * 60 + race * 60), Self.hhmm(10 * 60 + race * 60))
                let outcomes = await withTaskGroup(of: Result<UUID, any Error>.self) { group in
                    for i in 0..<64 {
                        let ledger = ledgers[i % ledgers.count]
                        group.addTask {
                            do { return .success(try await ledger.place(draft, by: f.staff, now: storeNow).booking.id) } catch {
                                return .failure(error)
                            }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let placed = outcomes.compactMap { try? $0.get() }
                #expect(placed.count == 1, "race \(race)")
                for case .failure(let error) in outcomes {
                    guard case BookingError.conflict(let holders, _) = error else {
                        Issue.record("race \(race): expected a conflict, got \(error)")
                        continue
                    }
                    #expect(holders.map(\.id) == placed, "race \(race)")
                }
            }
            #expect(try await Bookings(store: stores[1]).list(.init()).count == 5)
        }
    }

    @Test("a transaction PostgreSQL aborts as a deadlock victim is run again, and both writes commit")
    func deadlockVictimIsRetried() async throws {
        try await withStore(.postgres) { store in
            try await store.write { db in
                try await db.raw("CREATE TABLE tally (id INT PRIMARY KEY, n INT NOT NULL)").run()
                try await db.raw("INSERT INTO tally VALUES (1, 0), (2, 0)").run()
            }
            let meeting = Rendezvous(parties: 2)
            let runs = Counter()
            // Each takes one row, waits until the other holds its row, then wants the other's:
            // a deadlock PostgreSQL breaks by aborting one of them (40P01).
            func crossing(_ first: Int, _ second: Int) async throws {
                try await store.write { db in
                    runs.add()
                    try await db.raw("UPDATE tally SET n = n + 1 WHERE id = \(bind: first)").run()
                    await meeting.arrive()
                    try await db.raw("UPDATE tally SET n = n + 1 WHERE id = \(bind: second)").run()
                }
            }
            async let a: Void = crossing(1, 2)
            async let b: Void = crossing(2, 1)
            try await a
            try await b
            #expect(runs.value == 3, "one of the two ran twice")
            let rows = try await store.reader.raw("SELECT n FROM tally ORDER BY id").all()
            #expect(try rows.map { try $0.decode(column: "n", as: Int.self) } == [2, 2])
        }
    }

    @Test("a read inside a write uses the write's own connection and sees its rows; a write inside joins it")
    func readsInsideAWriteShareItsConnection() async throws {
        // One connection per event loop: a second connection taken inside the write would wait
        // for itself (a pool timeout), which is what a fleet under load ran into.
        var pool = PostgresPool()
        pool.connectionsPerEventLoop = 1
        // Long enough for a connection to be opened on a loaded 2-core machine (500 ms timed out
        // while a build ran beside the tests); a connection waiting for itself still times out.
        pool.timeoutMilliseconds = 3_000
        try await withStores(.postgres, count: 1, pool: pool) { stores in
            let store = stores[0]
            let f = try await StoreFixture.make(store)
            let seen = try await store.write { db in
                try await db.raw("UPDATE rooms SET name = 'renamed' WHERE id = \(bind: f.room.id)").run()
                let pid = try await db.raw("SELECT pg_backend_pid() AS p").first()!.decode(column: "p", as: Int.self)
                let readerPid = try await store.reader.raw("SELECT pg_backend_pid() AS p").first()!.decode(
                    column: "p", as: Int.self)
                let name = try await store.reader.raw("SELECT name FROM rooms WHERE id = \(bind: f.room.id)").first()!
                    .decode(column: "name", as: String.self)
                let nestedPid = try await store.write { inner in
                    try await inner.raw("SELECT pg_backend_pid() AS p").first()!.decode(column: "p", as: Int.self)
                }
                return (pid == readerPid, pid == nestedPid, name)
            }
            #expect(seen.0 && seen.1)
            #expect(seen.2 == "renamed")
        }
    }

    @Test("a shared insert places the free rows and reports the ones in the way, without failing the batch")
    func batchLeavesOutOverlapsOnly() async throws {
        try await withStore(.postgres) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            _ = try await ledger.place(f.draft("09:00", "10:00"), by: f.staff, now: storeNow)
            let room = f.room
            func item(_ from: String, _ to: String, version: Int = room.version) -> PostgresBookingBatch.Item {
                let booking = BookingLedger.newBooking(
                    id: OrderedID.next(), f.draft(from, to), room: room, by: f.staff,
                    priorityReason: nil, now: storeNow)
                return PostgresBookingBatch.Item(
                    booking: booking, roomVersion: version, detail: "{}", kind: "booking.received",
                    params: "{}")
            }
            let overlapsHeld = item("09:30", "10:30")
            let first = item("11:00", "12:00")
            let overlapsFirst = item("11:30", "12:30")
            let free = item("13:00", "14:00")
            let stale = item("15:00", "16:00", version: room.version + 7)
            let outcomes = try await PostgresBookingBatch.insert([overlapsHeld, overlapsFirst, free, first, stale], store.reader)
            #expect(outcomes[overlapsHeld.booking.id] == .overlap)
            // Rows go in by room and start, so of two overlapping rows the earlier start wins.
            #expect(outcomes[first.booking.id] == .placed)
            #expect(outcomes[overlapsFirst.booking.id] == .overlap)
            #expect(outcomes[free.booking.id] == .placed)
            #expect(outcomes[stale.booking.id] == .stale)
            let rows = try await store.reader.raw(
                """
                SELECT (SELECT COUNT(*) FROM bookings) AS b,
                       (SELECT COUNT(*) FROM booking_events WHERE action = 'created') AS e,
                       (SELECT COUNT(*) FROM notifications WHERE kind = 'booking.received') AS n
                """
            ).first()
            // The held booking and the two placed ones, each with its audit event and receipt.
            #expect(try rows?.decode(column: "b", as: Int.self) == 3)
            #expect(try rows?.decode(column: "e", as: Int.self) == 3)
            #expect(try rows?.decode(column: "n", as: Int.self) == 3)
        }
    }

    @Test("shared statements of two processes crossing two rooms in opposite orders both finish, one row per slot")
    func crossingBatchesDoNotDeadlock() async throws {
        try await withStores(.postgres, count: 2) { stores in
            let f = try await StoreFixture.make(stores[0])
            func item(_ room: RoomRecord, _ from: String, _ to: String) -> PostgresBookingBatch.Item {
                let booking = BookingLedger.newBooking(
                    id: OrderedID.next(), f.draft(from, to, room: room), room: room,
                    by: f.staff, priorityReason: nil, now: storeNow)
                return PostgresBookingBatch.Item(
                    booking: booking, roomVersion: room.version, detail: "{}",
                    kind: "booking.received", params: "{}")
            }
            for round in 0..<20 {
                let start = 8 * 60 + round * 30, hh = Self.hhmm
                // One process asks for A then B, the other for B then A, each overlapping the other's.
                let one = [item(f.room, hh(start), hh(start + 20)), item(f.other, hh(start), hh(start + 20))]
                let two = [item(f.other, hh(start + 10), hh(start + 30)), item(f.room, hh(start + 10), hh(start + 30))]
                async let a = PostgresBookingBatch.insert(one, stores[0].reader)
                async let b = PostgresBookingBatch.insert(two, stores[1].reader)
                let outcomes = try await a.merging(try await b) { x, _ in x }
                for pair in [(one[0], two[1]), (one[1], two[0])] {
                    let got = [outcomes[pair.0.booking.id], outcomes[pair.1.booking.id]]
                    #expect(got.filter { $0 == .placed }.count == 1, "round \(round): \(got)")
                    #expect(got.filter { $0 == .overlap }.count == 1, "round \(round): \(got)")
                }
            }
            #expect(try await Bookings(store: stores[0]).list(.init()).count == 40)
        }
    }

    @Test("instances started together on an empty database migrate once, and every one starts")
    func concurrentStartsMigrateOnce() async throws {
        try await withEmptyDatabase(.postgres) { location in
            let logger = Logger(label: "store-test")
            let group = MultiThreadedEventLoopGroup.singleton
            let pools = (0..<3).map { _ in Databases(threadPool: NIOThreadPool.singleton, on: group) }
            let opened = await withTaskGroup(of: Result<Store, any Error>.self) { tasks in
                for databases in pools {
                    tasks.addTask {
                        do {
                            return .success(
                                try await StoreBootstrap.open(
                                    location, databases: databases, migrations: Migrations(), threadPool: NIOThreadPool.singleton,
                                    eventLoopGroup: group, logger: logger))
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                return await tasks.reduce(into: [Result<Store, any Error>]()) { $0.append($1) }
            }
            let stores = opened.compactMap { try? $0.get() }
            for case .failure(let error) in opened { Issue.record("an instance failed to start: \(error)") }
            if let store = stores.first {
                let applied = try await store.reader.raw(
                    "SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS d FROM _fluent_migrations"
                )
                .first()
                #expect(try applied?.decode(column: "n", as: Int.self) == applied?.decode(column: "d", as: Int.self))
                #expect(try applied?.decode(column: "n", as: Int.self) == MigrationList.all.count)
            }
            for store in stores { await store.shutdown() }
            for databases in pools { await databases.shutdownAsync() }
        }
    }

    static func hhmm(_ minutes: Int) -> String { Timestamp.pad(minutes / 60, 2) + ":" + Timestamp.pad(minutes % 60, 2) }
}

/// Lets `parties` tasks wait until all of them have arrived (later arrivals pass at once).
actor Rendezvous {
    private let parties: Int
    private var arrived = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(parties: Int) { self.parties = parties }

    func arrive() async {
        arrived += 1
        if arrived >= parties {
            for w in waiting { w.resume() }
            waiting = []
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
}
