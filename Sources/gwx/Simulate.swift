import ArgumentParser
import Foundation
import GatewayClient
import GatewayModel
import Mapping

/// `gwx simulate METHOD-ID`: API Gateway's response pipeline for one method, offline.
struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Show what API Gateway sends for a backend response: selection, status, headers, body.",
        discussion: """
        METHOD-ID is REST-API-ID/RESOURCE-ID/HTTP-METHOD. In an export file the resource is \
        its path, which may contain '/': the first part is the API, the last the HTTP method, \
        everything between the resource (`PetStore//pets/{petId}/GET`).

        HTTP, MOCK and AWS service integrations select by --status; a non-proxy Lambda \
        integration selects by --error-message (give neither for a successful invocation). \
        Exits 1 when the simulation found errors in the configuration (the report says where).

        Examples:
          gwx simulate --file Examples/PetStore.json 'PetStore//pets/{petId}/GET' --error-message 'Pet 7 Not Found'
          gwx simulate --file Examples/PetStore.json 'PetStore//pets/{petId}/GET' --body pet.json --accept application/xml
          gwx simulate a1b2c3d4e5/xyz123/GET --status 404 --body - --header Content-Type=application/json --output json
        """
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: ArgumentHelp("REST-API-ID/RESOURCE-ID/HTTP-METHOD", valueName: "method-id"))
    var methodID: String

    @Option(name: .long, help: ArgumentHelp("The backend's HTTP status code, 100 to 599 (HTTP, MOCK and AWS service integrations).", valueName: "code"),
            transform: HTTPStatusArgument.parse)
    var status: String?

    @Option(name: .customLong("error-message"), help: ArgumentHelp("The Lambda function error's errorMessage (non-proxy Lambda).", valueName: "text"))
    var errorMessage: String?

    @Option(name: .long, help: ArgumentHelp("The backend response body; - reads stdin.", valueName: "file"))
    var body: String?

    @Flag(name: .customLong("binary-body"), help: "Treat the body as binary (its media type is one of the API's binaryMediaTypes).")
    var binaryBody = false

    @Option(name: .customLong("header"), help: ArgumentHelp("A backend response header; repeatable, a name may repeat.", valueName: "name=value"))
    var headers: [String] = []

    @Option(name: .long, help: ArgumentHelp("The client request's Accept header (default: none, read as application/json).", valueName: "type"))
    var accept: String?

    @Option(name: .customLong("binary-media-type"), help: ArgumentHelp("One of the API's binaryMediaTypes; repeatable.", valueName: "type"))
    var binaryMediaTypes: [String] = []

    @Option(name: .customLong("stage-variable"), help: ArgumentHelp("A stage variable; repeatable.", valueName: "name=value"))
    var stageVariables: [String] = []

    @Option(name: .customLong("context"), help: ArgumentHelp("A $context value, dotted names allowed (identity.sourceIp=1.2.3.4); repeatable.", valueName: "name=value"))
    var context: [String] = []

    @Option(name: .long, help: "text (a report for people) or json.")
    var output: OutputFormat = .text

    func validate() throws {
        if status != nil && errorMessage != nil {
            throw ValidationError("give --status or --error-message, not both")
        }
    }

    mutating func run() async throws {
        let options = self
        let secrets = Secrets()
        try await CLI.guarded(secrets: secrets) {
            let target = try MethodID(parsing: options.methodID)
            let sources = try options.source.makeSources(secrets: secrets)
            let api = try await SourceLookup.source(forAPI: target.restApiId, in: sources).loadAPI(id: target.restApiId)
            guard let resource = api.resource(target.resourceId) else {
                throw CLIError("error: the API \(target.restApiId) has no resource \(target.resourceId); `gwx ls` lists them")
            }
            guard let method = resource.method(target.httpMethod) else {
                let known = resource.methods.map(\.httpMethod).joined(separator: ", ")
                throw CLIError("error: \(resource.path) has no \(target.httpMethod) method (it has: \(known.isEmpty ? "none" : known))")
            }
            let backend = BackendResponse(
                statusCode: options.status,
                errorMessage: options.errorMessage,
                headers: try Self.pairs(options.headers, option: "--header"),
                bodyData: try Self.readBody(options.body, limit: try options.source.fileSizeLimit()),
                isBinary: options.binaryBody
            )
            let request = SimulationRequest(
                accept: options.accept,
                stageVariables: OrderedMap(try Self.pairs(options.stageVariables, option: "--stage-variable")),
                context: OrderedMap(try Self.pairs(options.context, option: "--context")),
                binaryMediaTypes: options.binaryMediaTypes
            )
            let result = ResponsePipeline.simulate(method: method, resourcePath: resource.path, backend: backend, request: request)
            print(options.output == .json ? result.jsonReport() : result.textReport(), terminator: "")
            if !result.errors.isEmpty { throw ExitCode(1) }
        }
    }

    /// `NAME=VALUE` arguments as pairs, in order.
    static func pairs(_ arguments: [String], option: String) throws -> [(String, String)] {
        try arguments.map { argument in
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw CLIError("error: \(option) \(argument): expected NAME=VALUE")
            }
            return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
        }
    }

    /// The body file's bytes (`-` is stdin; no file is an empty body), read through `GuardedFile`.
    static func readBody(_ path: String?, limit: FileSizeLimit) throws -> Data {
        guard let path else { return Data() }
        if path == "-" { return Data(try GuardedFile.readStandardInput(what: "body", limit: limit)) }
        return Data(try GuardedFile.read(path, what: "body", limit: limit))
    }
}

/// `--status`: an HTTP status code, checked where it is parsed (API Gateway's own range, 100–599).
enum HTTPStatusArgument {
    /// The code as three digits, or a usage error that says what a status code is.
    static func parse(_ argument: String) throws -> String {
        guard argument.count == 3, argument.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(argument), (100...599).contains(number) else {
            throw ValidationError("an HTTP status code is a number from 100 to 599, such as 200 or 404")
        }
        return argument
    }
}
