import GatewayModel
import Velocity

/// The variables API Gateway gives a template (`$input`, `$util`, `$context`,
/// `$stageVariables`), built for one request, and the overrides read back after rendering.
final class GatewayVariables {
    let input: InputVariable
    let context: VMap
    let stageVariables: VMap

    /// Builds the variables; without `withContext`, `$context` is left empty (for templates
    /// that cannot reach it).
    init(request: RenderRequest, withContext: Bool = true) {
        input = InputVariable(body: request.body,
                              path: request.pathParameters.entries.map { ($0.key, $0.value) },
                              querystring: request.queryStringParameters.entries.map { ($0.key, $0.value) },
                              header: request.headers.entries.map { ($0.key, $0.value) })
        if withContext {
            let tree = GatewayContext.tree(requestTimeEpochMilliseconds: request.requestTimeEpochMilliseconds,
                                           overrides: request.contextOverrides)
            context = GatewayContext.velocityContext(tree)
        } else {
            context = VMap()
        }
        stageVariables = VMap()
        for entry in request.stageVariables.entries { stageVariables[entry.key] = .string(entry.value) }
    }

    /// The template's variables, by name.
    var values: [(key: String, value: Value)] {
        [("input", .object(input)), ("util", .object(UtilVariable())), ("context", .map(context)),
         ("stageVariables", .map(stageVariables))]
    }

    /// `$context.responseOverride.status` and `.header.*` as the template left them.
    func responseOverrides() -> (status: String?, headers: OrderedMap<String>) {
        guard case .map(let responseOverride)? = context["responseOverride"] else { return (nil, OrderedMap()) }
        var status: String?
        switch responseOverride["status"] {
        case nil, .null?: status = nil
        case let value?: status = value.javaString
        }
        var headers = OrderedMap<String>()
        if case .map(let headerMap)? = responseOverride["header"] {
            for entry in headerMap.entries {
                if case .null = entry.value { continue }
                headers[entry.key.javaString] = entry.value.javaString
            }
        }
        return (status, headers)
    }
}
