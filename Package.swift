// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Huiwu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "huiwu", targets: ["huiwu"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.29.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    // Every product a source file imports is named here. One exception: Store's
    // Engine/SQLiteConnection.swift imports sqlite-nio's C target `VaporCSQLite`, which that package
    // does not export as a product (see the comment there).
    targets: [
        // Pure domain: time, availability, permissions, validation. No Vapor, no Fluent, no I/O.
        .target(name: "HuiwuCore", swiftSettings: strict),
        // Reading a rulebook's YAML (X3): line and column of every problem, nothing half-loaded.
        // Its own target because it is the one user of Yams; the model it builds is HuiwuCore's.
        .target(
            name: "HuiwuRulebookYAML",
            dependencies: ["HuiwuCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // QR codes for check-in links (R5.6): Debian's libqrcodegen, a real library, linked
        // as a system library (scripts/deps.sh installs libqrcodegen-dev).
        .systemLibrary(name: "CQRCodeGen", providers: [.apt(["libqrcodegen-dev"])]),
        // Storage: migrations (Fluent), queries (SQLKit), the single booking write path.
        .target(
            name: "HuiwuStore",
            dependencies: [
                "HuiwuCore", "HuiwuRulebookYAML",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
            ],
            swiftSettings: strict
        ),
        // HTTP: routes, controllers, Leaf views, auth, i18n.
        .target(
            name: "HuiwuServer",
            dependencies: [
                "HuiwuCore", "HuiwuStore", "HuiwuRulebookYAML", "CQRCodeGen",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Leaf", package: "leaf"),
                // A template source over every capability's Views folder (App/Assembly/ViewIndex.swift).
                .product(name: "LeafKit", package: "leaf-kit"),
                // The SMTP client (Notices/Delivery/SMTP).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // Signing robot calls (Notices/Robots/RobotSigning.swift).
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "huiwu",
            dependencies: [
                "HuiwuServer", "HuiwuStore", "HuiwuCore", "HuiwuRulebookYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // The benchmark fills a ledger of 100,000 entries directly (BenchAttendance.swift).
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Vapor", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        // One harness for every test target: fresh databases on both engines, a store, an app, the
        // fixture organisation and its building blocks, and the page client.
        .target(
            name: "HuiwuTestSupport",
            dependencies: [
                "HuiwuCore", "HuiwuStore", "HuiwuServer",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Vapor", package: "vapor"),
                // The page client and API calls drive the app in memory, as the tests do.
                .product(name: "VaporTesting", package: "vapor"),
            ],
            path: "Tests/HuiwuTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "HuiwuCoreTests", dependencies: ["HuiwuCore"], swiftSettings: strict),
        .testTarget(
            name: "HuiwuRulebookYAMLTests", dependencies: ["HuiwuRulebookYAML", "HuiwuCore"], swiftSettings: strict),
        .testTarget(
            name: "HuiwuStoreTests",
            dependencies: [
                "HuiwuStore", "HuiwuCore", "HuiwuTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HuiwuServerTests",
            dependencies: [
                "HuiwuServer", "HuiwuStore", "HuiwuCore", "HuiwuTestSupport",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// A warning in project code fails the build, so `make lint` and every build stay clean.
/// Dependencies are built with their warnings suppressed, as SwiftPM does for remote packages.
var strict: [SwiftSetting] { [.treatAllWarnings(as: .error)] }
