import Foundation

/// State a capability keeps per store — its caches, its write batches — made on first use and
/// kept as long as the store. The engine holds it without knowing its type, so the engine knows
/// no domain type; each capability names its own (`extension Store { var placementCache … }`).
final class StoreLocals: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: any Sendable] = [:]

    /// The store's one `T`, made by `make` the first time it is asked for.
    func value<T: Sendable>(_ type: T.Type, _ make: () -> T) -> T {
        lock.withLock {
            if let value = values[ObjectIdentifier(type)] as? T { return value }
            let value = make()
            values[ObjectIdentifier(type)] = value
            return value
        }
    }
}

/// A cache that other processes of a fleet may tell to forget (see `CacheSignals`).
protocol SignalledCache: AnyObject, Sendable {
    /// Whether entries may be used: false while this process cannot hear the others.
    func setTrusted(_ value: Bool)
    /// Forgets everything.
    func clear()
    /// Acts on one signal's payload if it is meant for this cache, ignores it otherwise.
    func hear(_ payload: String)
}
