import Foundation

/// Work waiting to be done in batches by at most `lanes` drainers at once (group commit).
/// `push` reports whether the caller must start a drainer; a drainer calls `takeBatch` until
/// it returns nil, after which it is no longer counted.
final class BatchQueue<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item] = []
    private var drainers = 0
    /// Most items in one batch: bounds how long the first of a batch waits.
    let maxBatch: Int
    let lanes: Int

    init(maxBatch: Int, lanes: Int) {
        self.maxBatch = maxBatch
        self.lanes = lanes
    }

    func push(_ item: Item) -> Bool {
        lock.withLock {
            items.append(item)
            if drainers >= lanes { return false }
            drainers += 1
            return true
        }
    }

    /// The next batch, or nil (and this drainer stops) when nothing is waiting.
    func takeBatch() -> [Item]? {
        lock.withLock {
            if items.isEmpty {
                drainers -= 1
                return nil
            }
            let count = min(items.count, maxBatch)
            let batch = Array(items.prefix(count))
            items.removeFirst(count)
            return batch
        }
    }
}
