// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gwx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gwx", targets: ["gwx"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: - System libraries and the C shim
        .systemLibrary(name: "CNCursesW",
                       providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        .target(name: "CShims", dependencies: ["CNCursesW", "CCurl", "COpenSSL"],
                linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("curl"), .linkedLibrary("crypto")]),

        // MARK: - Pure Swift core
        .target(name: "JavaRegex"),
        .target(name: "GatewayModel", dependencies: ["JavaRegex"]),
        .target(name: "Velocity", dependencies: ["JavaRegex"]),
        .target(name: "Mapping", dependencies: ["Velocity", "GatewayModel"]),

        // MARK: - Edges
        .target(name: "GatewayClient", dependencies: ["GatewayModel", "Mapping", "CShims"]),
        .target(name: "TerminalUI", dependencies: ["CShims"]),
        .target(name: "Explorer", dependencies: ["TerminalUI", "GatewayClient", "Mapping", "GatewayModel"]),
        .executableTarget(name: "gwx", dependencies: [
            "Explorer", "GatewayClient", "Mapping", "GatewayModel", "Velocity",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: - Benchmarks (scripts/bench.sh; `swift build -c release --product gwx-bench`)
        .executableTarget(name: "gwx-bench", dependencies: [
            "Explorer", "TerminalUI", "GatewayClient", "Mapping", "GatewayModel", "Velocity",
        ], path: "Benchmarks/Swift"),

        // MARK: - Fuzzing (`make fuzz`; not part of the gwx product)
        .executableTarget(name: "gwx-fuzz", dependencies: ["GatewayClient", "Mapping", "JavaRegex"], path: "Tools/gwx-fuzz"),

        // MARK: - Tests
        .testTarget(name: "JavaRegexTests", dependencies: ["JavaRegex"], exclude: ["Oracle"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GatewayModelTests", dependencies: ["GatewayModel"]),
        .testTarget(name: "VelocityTests", dependencies: ["Velocity"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "Velocity", "GatewayModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GatewayClientTests", dependencies: ["GatewayClient", "GatewayModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "TerminalUI", "GatewayClient", "GatewayModel"], resources: [.copy("Golden")]),
        .testTarget(name: "EndToEnd", dependencies: ["GatewayModel"], exclude: ["aws_cli_check.py", "aws_credentials_check.py", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
