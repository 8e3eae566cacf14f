import ArgumentParser

/// The `gwx` command: a terminal explorer and editor for API Gateway integration responses.
@main
struct GWX: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gwx",
        abstract: "Explore and edit API Gateway REST API integration responses.",
        version: "0.1.0",
        subcommands: [Ls.self, Export.self]
    )
}
