import ArgumentParser
import Foundation
import GatewayClient
import GatewayModel
import Mapping

/// `gwx ls`: REST APIs, or every integration response of one API.
/// From export files it runs without Swift concurrency (`runFromFiles`, which `Main` calls on
/// the main thread): nothing there waits for anything.
struct Ls: AsyncParsableCommand, SometimesSynchronous {
    static let configuration = CommandConfiguration(
        commandName: "ls",
        // Inert under `gwx`; as a root it skips ArgumentParser's completion-script probe
        // (FastParse.swift).
        _superCommandName: "gwx",
        abstract: "List REST APIs, or every integration response of one API.",
        discussion: """
        Without an ID, lists the REST APIs of the source; with --file and no ID, lists the \
        integration responses of each file's API (a file is one API). JSON rows use AWS's field \
        names, and their IDs are the ones `gwx simulate` and `gwx export terraform` accept.

        Examples:
          gwx ls --file Examples/MyDemoAPI.yaml
          gwx ls --file Examples/PetStore.json --output json
          gwx ls --profile prod --region eu-west-1
          gwx ls a1b2c3d4e5 --output json
        """
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: ArgumentHelp("The REST API whose integration responses to list.", valueName: "rest-api-id"))
    var restApiId: String?

    @Option(name: .long, help: "text (an aligned table) or json.")
    var output: OutputFormat = .text

    /// With export files: no AWS, nothing to wait for.
    var runsSynchronously: Bool { source.usesFiles }

    mutating func run() async throws {
        if runsSynchronously { return try runSynchronously() }
        let secrets = Secrets()
        try await CLI.guarded(secrets: secrets) {
            let sources = try source.makeSources(secrets: secrets)
            defer { CLI.keepUntilExit(sources) }
            if restApiId == nil && !source.usesFiles {
                try await listAPIs(sources)
            } else {
                try await listIntegrationResponses(sources)
            }
        }
    }

    private func listAPIs(_ sources: [any GatewaySource]) async throws {
        var apis: [RestAPI] = []
        for source in sources { apis += try await source.listRestAPIs() }
        switch output {
        case .json:
            print(PrettyJSON.array(apis.map(LsRows.json)).rendered(), terminator: "")
        case .text:
            var table = TextTable(headers: ["ID", "NAME", "ENDPOINT", "CREATED", "DESCRIPTION"])
            table.rows = apis.map { [$0.id, $0.name, $0.endpointTypes.joined(separator: ","), $0.createdDate ?? "", $0.description ?? ""] }
            print(table.rendered(), terminator: "")
        }
    }

    /// `gwx ls --file …`: each file read once, as `ExportFileSource(reading: .once)` reads it
    /// (the same errors, in the same order), then listed as from any source.
    func runSynchronously() throws {
        try CLI.guarded(secrets: Secrets()) {
            let limit = try source.fileSizeLimit()
            var definitions: [APIDefinition] = []
            var labels: [String] = []
            for path in try source.exportFiles() {
                definitions.append(try ExportFileSource.readOnce(path: path, maxFileSize: limit, keep: { CLI.keepUntilExit($0) }))
                labels.append(ExportFileSource.label(forPath: path))
            }
            // A file is one API: the one its source lists and loads.
            let selected = definitions.filter { restApiId == nil || $0.api.id == restApiId }
            try printIntegrationResponses(selected.flatMap(\.allIntegrationResponses), found: !selected.isEmpty, labels: labels)
        }
    }

    private func listIntegrationResponses(_ sources: [any GatewaySource]) async throws {
        var rows: [LocatedIntegrationResponse] = []
        var found = false
        for source in sources {
            for api in try await source.listRestAPIs() where restApiId == nil || api.id == restApiId {
                found = true
                rows += try await source.loadAPI(id: api.id).allIntegrationResponses
            }
        }
        try printIntegrationResponses(rows, found: found, labels: sources.map(\.label))
    }

    /// The rows, or, when no API had the ID asked for, an error naming the sources.
    private func printIntegrationResponses(_ rows: [LocatedIntegrationResponse], found: Bool, labels: [String]) throws {
        guard found || restApiId == nil else {
            throw CLIError("error: no REST API with ID \(restApiId ?? "") in \(labels.joined(separator: ", ")); `gwx ls` without an ID lists them")
        }
        switch output {
        case .json:
            print(PrettyJSON.array(rows.map(LsRows.json)).rendered(), terminator: "")
        case .text:
            // Written as bytes: a big API's table is a megabyte, and a `String` of it would be
            // checked and copied once more on the way out.
            let table = LsRows.table(rows).renderedBytes()
            CLI.writeToStandardOutput(table)
        }
    }
}

/// The output formats of listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How `gwx ls` turns model values into rows.
enum LsRows {
    /// A REST API as AWS's JSON names it.
    static func json(_ api: RestAPI) -> PrettyJSON {
        var members: [(String, PrettyJSON)] = [("id", .string(api.id)), ("name", .string(api.name))]
        if let description = api.description { members.append(("description", .string(description))) }
        if let created = api.createdDate { members.append(("createdDate", .string(created))) }
        if let version = api.version { members.append(("version", .string(version))) }
        if !api.endpointTypes.isEmpty {
            members.append(("endpointConfiguration", .object([("types", .array(api.endpointTypes.map(PrettyJSON.string)))])))
        }
        return .object(members)
    }

    /// An integration response row with AWS's field names; absent fields are left out, as AWS does.
    static func json(_ row: LocatedIntegrationResponse) -> PrettyJSON {
        var members: [(String, PrettyJSON)] = [
            ("restApiId", .string(row.id.restApiId)),
            ("resourceId", .string(row.id.resourceId)),
            ("resourcePath", .string(row.resourcePath)),
            ("httpMethod", .string(row.id.httpMethod)),
        ]
        let response = row.response
        for field in IntegrationResponse.Field.allCases {
            switch field {
            case .statusCode:
                members.append((field.rawValue, .string(response.statusCode)))
            case .selectionPattern:
                if let pattern = response.selectionPattern { members.append((field.rawValue, .string(pattern))) }
            case .responseParameters:
                if !response.responseParameters.isEmpty {
                    members.append((field.rawValue, .object(response.responseParameters.map { ($0.key, .string($0.value)) })))
                }
            case .responseTemplates:
                if !response.responseTemplates.isEmpty {
                    // API Gateway returns an empty template as null (what boto3 and the AWS CLI show),
                    // so gwx does too, from AWS and from export files alike.
                    members.append((field.rawValue, .object(response.responseTemplates.map { ($0.key, $0.value.isEmpty ? .null : .string($0.value)) })))
                }
            case .contentHandling:
                if let handling = response.contentHandling { members.append((field.rawValue, .string(handling.rawValue))) }
            }
        }
        return .object(members)
    }

    /// The aligned table a person reads.
    static func table(_ rows: [LocatedIntegrationResponse]) -> TextTable {
        var table = TextTable(headers: ["API", "RESOURCE", "METHOD", "STATUS", "SELECTION PATTERN", "CONTENT HANDLING", "PARAMETERS", "TEMPLATES"])
        table.rows = rows.map { row in
            [
                row.id.restApiId,
                row.resourcePath,
                row.id.httpMethod,
                row.response.statusCode,
                row.response.selectionPattern.map(printable) ?? "(default)",
                row.response.contentHandling?.rawValue ?? "-",
                String(row.response.responseParameters.count),
                templatesCell(row.response.responseTemplates),
            ]
        }
        return table
    }

    /// The content types with templates; an empty template is marked, since it is not the
    /// same as no template (it is chosen for its content type and returns the body unmapped).
    static func templatesCell(_ templates: OrderedMap<String>) -> String {
        guard !templates.isEmpty else { return "-" }
        if templates.count == 1, let only = templates.entries.first, !only.value.isEmpty { return only.key }
        return templates.map { $0.value.isEmpty ? "\($0.key) (empty)" : $0.key }.joined(separator: ", ")
    }

    /// A pattern on one line: control characters shown escaped.
    static func printable(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }
}
