import ArgumentParser
import Foundation
import GatewayClient
import GatewayModel
import Mapping

/// `gwx test METHOD-ID`: AWS's own answer (`TestInvokeMethod`) beside gwx's replay of the same
/// backend response, and where they differ.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a method on API Gateway (TestInvokeMethod) and compare AWS's answer with gwx's.",
        discussion: """
        METHOD-ID is REST-API-ID/RESOURCE-ID/HTTP-METHOD (`gwx ls ID` lists them). API Gateway \
        runs the method as it is configured now (no deployment needed) and calls the real \
        backend, as the console's Test button does. gwx then reads the backend response from \
        AWS's execution log, runs it through its own pipeline with the same request, and \
        prints AWS's response, gwx's, and every difference with the step that produced it.

        Exits 0 when gwx and AWS agree, 3 when they differ, 1 on errors (including a log gwx \
        cannot read or a backend body AWS truncated). Needs the AWS account: export files \
        have no API Gateway behind them (use `gwx simulate`).

        Examples:
          gwx test a1b2c3d4e5/xyz123/GET --path '/pets/42?type=dog'
          gwx test a1b2c3d4e5/xyz123/POST --path /pets --body pet.json --header Content-Type=application/json --output json
        """
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: ArgumentHelp("REST-API-ID/RESOURCE-ID/HTTP-METHOD", valueName: "method-id"))
    var methodID: String

    @Option(name: .long, help: ArgumentHelp("The request path with its query string (default: the resource's path).", valueName: "path"))
    var path: String?

    @Option(name: .long, help: ArgumentHelp("The request body (UTF-8 text); - reads stdin.", valueName: "file"))
    var body: String?

    @Option(name: .customLong("header"), help: ArgumentHelp("A request header; repeatable, a name may repeat.", valueName: "name=value"))
    var headers: [String] = []

    @Option(name: .customLong("stage-variable"), help: ArgumentHelp("A stage variable; repeatable.", valueName: "name=value"))
    var stageVariables: [String] = []

    @Option(name: .long, help: "text (a report for people) or json.")
    var output: OutputFormat = .text

    func validate() throws {
        if let path, !path.hasPrefix("/") {
            throw ValidationError("--path \(path): a request path starts with / (such as /pets/42?type=dog)")
        }
    }

    mutating func run() async throws {
        let options = self
        let secrets = Secrets()
        var outcome = TestInvokeComparison.Verdict.equal
        try await CLI.guarded(secrets: secrets) {
            let target = try MethodID(parsing: options.methodID)
            let headers = try Simulate.pairs(options.headers, option: "--header")
            let stageVariables = try Simulate.pairs(options.stageVariables, option: "--stage-variable")
            let body = try Self.readBody(options.body, limit: try options.source.fileSizeLimit())
            let sources = try options.source.makeSources(secrets: secrets)
            let source = try await SourceLookup.source(forAPI: target.restApiId, in: sources)
            guard source.supportsTestInvoke else { throw TestInvokeUnsupportedError(source: source.label) }
            let api = try await source.loadAPI(id: target.restApiId)
            guard let resource = api.resource(target.resourceId) else {
                throw CLIError("error: the API \(target.restApiId) has no resource \(target.resourceId); `gwx ls \(target.restApiId)` lists them")
            }
            guard let method = resource.method(target.httpMethod) else {
                let known = resource.methods.map(\.httpMethod).joined(separator: ", ")
                throw CLIError("error: \(resource.path) has no \(target.httpMethod) method (it has: \(known.isEmpty ? "none" : known))")
            }
            if options.path == nil && resource.path.contains("{") {
                throw CLIError("error: \(resource.path) has path parameters: give the path to call with --path (such as --path \(Self.examplePath(resource.path)))")
            }
            let request = TestInvokeRequest(pathWithQueryString: options.path ?? resource.path, body: body,
                                            headers: headers.map { (name: $0.0, value: $0.1) }, stageVariables: stageVariables.map { (name: $0.0, value: $0.1) })
            CLI.printError(TestInvokeNotice.text(method: target.httpMethod, path: request.pathWithQueryString ?? resource.path))
            let response = try await source.testInvoke(target, request: request)
            let comparison = TestInvokeReplay.compare(method: method, resourcePath: resource.path, restApiId: target.restApiId, resourceId: target.resourceId,
                                                      request: request, response: response)
            print(options.output == .json ? comparison.jsonReport() : comparison.textReport(color: Self.useColor), terminator: "")
            outcome = comparison.verdict
            if comparison.verdict == .inconclusive {
                CLI.printError("error: gwx could not compare with AWS: " + comparison.reasons.joined(separator: "; "))
            }
        }
        switch outcome {
        case .equal: return
        case .different: throw ExitCode(3)
        case .inconclusive: throw ExitCode(1)
        }
    }

    /// The body file as UTF-8 text (`-` is stdin; no file, no body), read through `GuardedFile`.
    static func readBody(_ path: String?, limit: FileSizeLimit) throws -> String? {
        guard let path else { return nil }
        return try GuardedFile.readText(path, what: "body", limit: limit)
    }

    /// `/pets/{petId}` → `/pets/1`, for the hint.
    static func examplePath(_ template: String) -> String {
        template.split(separator: "/", omittingEmptySubsequences: false).map { $0.hasPrefix("{") ? "1" : String($0) }.joined(separator: "/")
    }

    /// Colour only on a terminal, and never with NO_COLOR.
    static var useColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
