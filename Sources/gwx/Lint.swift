import ArgumentParser
import Foundation
import GatewayClient
import GatewayModel
import Mapping

/// `gwx lint`: API Gateway's traps in every integration response of an API.
struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find API Gateway's traps in an API's templates, selection patterns and header mappings.",
        discussion: """
        Checks every integration response: #macro, #evaluate, #include and #parse (ignored or \
        failing on API Gateway); application/json (and +json) templates whose output for the \
        sample body is not JSON (escapeJavaScript's \\', an empty unquoted value); #foreach over \
        more than 1,000 items; selection patterns that cannot match what they are for (.+ on a \
        Lambda success response, status-code patterns on Lambda, message patterns on HTTP); \
        method.response.header mappings the method response does not declare.

        Templates are rendered as `gwx render` renders them, on --body (default: an empty body, \
        read as {}). A template that fails, or is not JSON, on the default body is a warning; \
        on your --body it is an error.

        Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the API could not \
        be read, 64 bad arguments.

        Examples:
          gwx lint --file Examples/PetStore.json
          gwx lint --file api.yaml --body sample.json --output json
          gwx lint a1b2c3d4e5 --profile prod
        """
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: ArgumentHelp("The REST API to lint (with --file, default: each file's API).", valueName: "rest-api-id"))
    var restApiId: String?

    @Option(name: .long, help: "text (a line per finding, with a hint) or json.")
    var output: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("The backend body templates are rendered with; - reads stdin (default: empty, read as {}).", valueName: "file"))
    var body: String?

    func validate() throws {
        if restApiId == nil && source.file.isEmpty {
            throw ValidationError("name the REST API to lint (`gwx ls` lists them), or give --file")
        }
    }

    mutating func run() async throws {
        let options = self
        let secrets = Secrets()
        let rows: [LintRow]
        do {
            rows = try await options.collect(secrets: secrets)
        } catch {
            // Exit 1 means "errors found": a failure to read the API is 2, so CI can tell them apart.
            CLI.printError(secrets.redact(String(describing: error)))
            throw ExitCode(2)
        }
        print(options.output == .json ? LintRows.json(rows).rendered() : LintRows.text(rows), terminator: "")
        if rows.contains(where: { $0.finding.severity == .error }) { throw ExitCode(1) }
    }

    /// Lints every method of the chosen APIs, in path order.
    private func collect(secrets: Secrets) async throws -> [LintRow] {
        let sample = try lintSample()
        let sources = try source.makeSources(secrets: secrets)
        var rows: [LintRow] = []
        var found = false
        for source in sources {
            for api in try await source.listRestAPIs() where restApiId == nil || api.id == restApiId {
                found = true
                let definition = try await source.loadAPI(id: api.id)
                for resource in definition.resources.sorted(by: { $0.path < $1.path }) {
                    for method in resource.methods {
                        rows += Linter.lint(method: method, sample: sample).map {
                            LintRow(restApiId: api.id, resourcePath: resource.path, httpMethod: method.httpMethod, finding: $0)
                        }
                    }
                }
            }
        }
        guard found else {
            throw CLIError("error: no REST API with ID \(restApiId ?? "") in \(sources.map { $0.label }.joined(separator: ", ")); `gwx ls` lists them")
        }
        return rows
    }

    private func lintSample() throws -> LintSample {
        guard let path = body else { return .emptyBody }
        let name = path == "-" ? "<stdin>" : path
        let bytes = [UInt8](try Simulate.readBody(path, limit: try source.fileSizeLimit()))
        // A body that is not UTF-8 is refused at the line and column of its first bad byte.
        let text = try GuardedFile.decodeUTF8(bytes, file: name, what: "body")
        return LintSample(body: text, name: name)
    }
}

/// A finding and the method it is in.
struct LintRow {
    var restApiId: String
    var resourcePath: String
    var httpMethod: String
    var finding: LintFinding
}

/// How `gwx lint` prints its findings.
enum LintRows {
    /// `API RESOURCE METHOD STATUS PLACE: severity: message`, a hint under each, and a count.
    static func text(_ rows: [LintRow]) -> String {
        var out = ""
        for row in rows {
            let finding = row.finding
            out += "\(row.restApiId) \(row.resourcePath) \(row.httpMethod) \(finding.statusCode ?? "-") \(finding.place): \(finding.severity.rawValue): \(LsRows.printable(finding.message))\n"
            out += "    hint: \(LsRows.printable(finding.hint))\n"
        }
        let errors = rows.filter { $0.finding.severity == .error }.count
        let warnings = rows.count - errors
        out += rows.isEmpty ? "no findings\n" : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }

    /// `{"findings": [...], "errors": N, "warnings": N}` for CI.
    static func json(_ rows: [LintRow]) -> PrettyJSON {
        let errors = rows.filter { $0.finding.severity == .error }.count
        return .object([
            ("findings", .array(rows.map(json))),
            ("errors", .number(String(errors))),
            ("warnings", .number(String(rows.count - errors))),
        ])
    }

    private static func json(_ row: LintRow) -> PrettyJSON {
        let finding = row.finding
        var members: [(String, PrettyJSON)] = [
            ("restApiId", .string(row.restApiId)),
            ("resourcePath", .string(row.resourcePath)),
            ("httpMethod", .string(row.httpMethod)),
        ]
        if let status = finding.statusCode { members.append(("statusCode", .string(status))) }
        members += [("rule", .string(finding.rule.rawValue)), ("severity", .string(finding.severity.rawValue))]
        var location: [(String, PrettyJSON)]
        switch finding.field {
        case .template(let contentType): location = [("field", .string("responseTemplates")), ("contentType", .string(contentType))]
        case .selectionPattern: location = [("field", .string("selectionPattern"))]
        case .responseParameter(let key): location = [("field", .string("responseParameters")), ("key", .string(key))]
        case .integrationResponses: location = [("field", .string("integrationResponses"))]
        }
        if let line = finding.line { location.append(("line", .number(String(line)))) }
        if let column = finding.column { location.append(("column", .number(String(column)))) }
        members += [("location", .object(location)), ("message", .string(finding.message)), ("hint", .string(finding.hint))]
        return .object(members)
    }
}
