import FluentKit

/// A migration that keeps the identifier it was first applied under. Fluent records each applied
/// migration by name, and its default name is the module-qualified type name: moving a migration
/// into a capability's own module would change it, and an existing database would run the
/// migration again. Every Huiwu migration is named as it was when all of them lived in
/// `HuiwuStore`, wherever its file now lives.
protocol StoredMigration: Migration {}

extension StoredMigration {
    var name: String { "HuiwuStore." + String(describing: Self.self) }
}
