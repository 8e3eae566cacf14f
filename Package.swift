// swift-tools-version:6.0
import PackageDescription

// The release link of `gwx` (README, "Performance"): start-up is mostly the dynamic loader, so
// libstdc++, ncursesw and libgcc are linked in (scripts/static-libs.sh puts their archives in
// .build/static-libs, searched first; without that folder they link as shared libraries, slower),
// the executable is not position-independent (no 80,000 relative relocations at every start),
// and it exports no symbols. Only libc and libm stay shared. Link flags only: no recompile.
let releaseLinkFlags = [
    "-L", Context.packageDirectory + "/.build/static-libs",
    "-Xclang-linker", "-no-pie", "-Xclang-linker", "-static-libgcc",
    "-Xlinker", "--no-export-dynamic", "-Xlinker", "-ltinfo", "-Xlinker", "--strip-debug",
]

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
        // libcurl is not linked: CShims opens it with dlopen when a command first talks to AWS
        // (gwx_curl_load), so start-up maps ~25 fewer libraries and file-only commands run on a
        // machine without it. Only its headers are needed to build (libcurl4-openssl-dev).
        .target(name: "CShims", dependencies: ["CNCursesW"],
                linkerSettings: [.linkedLibrary("ncursesw")]),

        // MARK: - Pure Swift core
        .target(name: "Text"),
        .target(name: "JavaRegex"),
        .target(name: "GatewayModel", dependencies: ["JavaRegex"]),
        .target(name: "Velocity", dependencies: ["JavaRegex", "Text"]),
        .target(name: "Mapping", dependencies: ["Velocity", "GatewayModel", "JavaRegex", "Text"]),

        // MARK: - Edges
        .target(name: "GatewayClient", dependencies: ["GatewayModel", "Text", "CShims"]),
        .target(name: "TerminalUI", dependencies: ["Text", "CShims"]),
        .target(name: "Explorer", dependencies: ["TerminalUI", "GatewayClient", "Mapping", "GatewayModel", "JavaRegex", "Text"]),
        .executableTarget(name: "gwx", dependencies: [
            "Explorer", "GatewayClient", "Mapping", "GatewayModel", "Text",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.unsafeFlags(releaseLinkFlags, .when(platforms: [.linux], configuration: .release))]),

        // MARK: - Benchmarks (scripts/bench.sh; `swift build -c release --product gwx-bench`)
        .executableTarget(name: "gwx-bench", dependencies: [
            "Explorer", "TerminalUI", "GatewayClient", "Mapping",
        ], path: "Benchmarks/Swift"),

        // MARK: - Fuzzing (`make fuzz`; not part of the gwx product)
        .executableTarget(name: "gwx-fuzz", dependencies: ["GatewayClient", "GatewayModel", "Mapping", "JavaRegex"], path: "Tools/gwx-fuzz"),

        // MARK: - Tests
        .testTarget(name: "TextTests", dependencies: ["Text"]),
        .testTarget(name: "JavaRegexTests", dependencies: ["JavaRegex"], exclude: ["Oracle"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GatewayModelTests", dependencies: ["GatewayModel"]),
        .testTarget(name: "VelocityTests", dependencies: ["Velocity", "Text"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "Velocity", "GatewayModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GatewayClientTests", dependencies: ["GatewayClient", "GatewayModel", "Mapping"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "TerminalUI", "GatewayClient", "GatewayModel", "Text"], resources: [.copy("Golden")]),
        .testTarget(name: "CLITests", dependencies: ["gwx", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "EndToEnd", exclude: ["aws_cli_check.py", "aws_credentials_check.py", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
