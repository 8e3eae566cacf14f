import ArgumentParser
import Foundation
import GatewayClient
import GatewayModel
import Mapping

/// `gwx render`: one response template, rendered as API Gateway renders it.
/// A synchronous `ParsableCommand`: `Main` runs it without starting Swift concurrency.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        // Inert under `gwx` (help and usage use the root's); as a root it skips ArgumentParser's
        // completion-script probe: see FastParse.swift.
        _superCommandName: "gwx",
        abstract: "Render one response template (VTL) exactly as API Gateway would.",
        discussion: """
        stdout gets exactly the rendered bytes, nothing added. A bad template exits 1 with \
        FILE:LINE:COLUMN: error: …, the line and a caret on stderr. --body is the integration \
        (backend) response body that $input reads (default: empty, read as {}); - reads stdin.

        Examples:
          gwx render --template response.vm --body backend.json
          echo '{"body": "hi"}' | gwx render --template t.vm --body -
          gwx render --template t.vm --path petId=7 --query type=dog --context identity.sourceIp=1.2.3.4 --stage-variable env=prod
        """
    )

    @Option(name: .long, help: ArgumentHelp("The template file; - reads stdin.", valueName: "file"))
    var template: String

    @Option(name: .long, help: ArgumentHelp("The backend response body file; - reads stdin.", valueName: "file"))
    var body: String?

    @Option(name: .customLong("path"), help: ArgumentHelp("A method request path parameter; repeatable.", valueName: "name=value"))
    var pathParameters: [String] = []

    @Option(name: .customLong("query"), help: ArgumentHelp("A method request query string parameter; repeatable.", valueName: "name=value"))
    var queryParameters: [String] = []

    @Option(name: .customLong("request-header"), help: ArgumentHelp("A method request header; repeatable.", valueName: "name=value"))
    var requestHeaders: [String] = []

    @Option(name: .customLong("context"), help: ArgumentHelp("A $context value, dotted names allowed (identity.sourceIp=1.2.3.4); repeatable.", valueName: "name=value"))
    var context: [String] = []

    @Option(name: .customLong("stage-variable"), help: ArgumentHelp("A stage variable; repeatable.", valueName: "name=value"))
    var stageVariables: [String] = []

    @OptionGroup var limits: FileLimitOptions

    func validate() throws {
        if template == "-" && body == "-" {
            throw ValidationError("--template and --body cannot both read stdin")
        }
    }

    mutating func run() throws {
        let options = self
        try CLI.guarded {
            let limit = try options.limits.fileSizeLimit()
            let templateText = try GuardedFile.readText(options.template, what: "template", limit: limit)
            let bodyText = try options.body.map { try GuardedFile.readText($0, what: "body", limit: limit) } ?? ""
            let request = RenderRequest(
                body: bodyText,
                bodyName: options.body.map { $0 == "-" ? "<stdin>" : $0 } ?? "body",
                pathParameters: OrderedMap(try Simulate.pairs(options.pathParameters, option: "--path")),
                queryStringParameters: OrderedMap(try Simulate.pairs(options.queryParameters, option: "--query")),
                headers: OrderedMap(try Simulate.pairs(options.requestHeaders, option: "--request-header")),
                contextOverrides: OrderedMap(try Simulate.pairs(options.context, option: "--context")),
                stageVariables: OrderedMap(try Simulate.pairs(options.stageVariables, option: "--stage-variable"))
            )
            let name = options.template == "-" ? "<stdin>" : options.template
            let result = try TemplateRenderer.render(template: templateText, templateName: name, request: request)
            FileHandle.standardOutput.write(Data(result.utf8))
        }
    }
}
