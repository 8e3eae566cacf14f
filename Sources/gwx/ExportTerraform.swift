import ArgumentParser
import GatewayClient
import GatewayModel

/// `gwx export`: write an integration response in another tool's language.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export an integration response for another tool.",
        subcommands: [ExportTerraform.self]
    )
}

/// `gwx export terraform IMPORT-ID`: the `aws_api_gateway_integration_response` resource and its import block.
struct ExportTerraform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terraform",
        abstract: "Print the aws_api_gateway_integration_response resource and its import block (HCL).",
        discussion: """
        IMPORT-ID is REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE, as Terraform imports it. \
        In an export file the REST API ID is the file's base name and the resource ID is its path: \
        `gwx ls --file F --output json` shows them.

        Examples:
          gwx export terraform MyDemoAPI//mydemoresource/GET/200 --file Examples/MyDemoAPI.yaml
          gwx export terraform a1b2c3d4e5/xyz123/GET/200 --profile prod
        """
    )

    @Argument(help: ArgumentHelp("REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE", valueName: "import-id"))
    var importID: String

    @OptionGroup var source: SourceOptions

    mutating func run() async throws {
        let secrets = Secrets()
        try await CLI.guarded(secrets: secrets) {
            let id = try IntegrationResponseID(parsing: importID)
            let sourceForID = try await SourceLookup.source(forAPI: id.restApiId, in: try source.makeSources(secrets: secrets))
            let response = try await sourceForID.getIntegrationResponse(id)
            print(TerraformExport.render(id: id, response: response), terminator: "")
        }
    }
}

/// Finding which of several sources (export files) holds a REST API.
enum SourceLookup {
    /// The source whose REST APIs include `apiID`; with one source, that source.
    static func source(forAPI apiID: String, in sources: [any GatewaySource]) async throws -> any GatewaySource {
        if sources.count == 1, let only = sources.first { return only }
        for candidate in sources where try await candidate.listRestAPIs().contains(where: { $0.id == apiID }) {
            return candidate
        }
        throw CLIError("error: no REST API with ID \(apiID) in \(sources.map(\.label).joined(separator: ", ")); `gwx ls` lists the IDs")
    }
}
