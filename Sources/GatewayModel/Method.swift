/// A method response: a status code a method may return and the headers it declares.
public struct MethodResponse: Hashable, Sendable {
    /// The status code (`200`).
    public var statusCode: String
    /// `method.response.header.NAME` → whether the header is required.
    public var responseParameters: OrderedMap<Bool>
    /// Media type → model name.
    public var responseModels: OrderedMap<String>

    public init(statusCode: String, responseParameters: OrderedMap<Bool> = [:], responseModels: OrderedMap<String> = [:]) {
        self.statusCode = statusCode
        self.responseParameters = responseParameters
        self.responseModels = responseModels
    }

    /// The header names declared by `method.response.header.NAME` keys.
    public var declaredHeaders: [String] {
        responseParameters.keys.compactMap { key in
            key.hasPrefix(MethodResponse.headerPrefix) ? String(key.dropFirst(MethodResponse.headerPrefix.count)) : nil
        }
    }

    /// The prefix of a method response header parameter.
    public static let headerPrefix = "method.response.header."
}

/// The backend a method calls and how its responses are mapped back.
public struct Integration: Hashable, Sendable {
    /// The integration type as API Gateway spells it.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case aws = "AWS"
        case awsProxy = "AWS_PROXY"
        case http = "HTTP"
        case httpProxy = "HTTP_PROXY"
        case mock = "MOCK"
    }

    /// `AWS`, `AWS_PROXY`, `HTTP`, `HTTP_PROXY` or `MOCK`.
    public var type: Kind
    /// The backend URI (a Lambda invocation ARN, an HTTP URL, …).
    public var uri: String?
    /// The HTTP method used to call the backend.
    public var httpMethod: String?
    /// Request templates, media type → template (shown, not edited).
    public var requestTemplates: OrderedMap<String>
    /// How the request is passed through when no template matches.
    public var passthroughBehavior: String?
    /// The integration responses, in the order the source lists them.
    public var integrationResponses: [IntegrationResponse]

    public init(
        type: Kind,
        uri: String? = nil,
        httpMethod: String? = nil,
        requestTemplates: OrderedMap<String> = [:],
        passthroughBehavior: String? = nil,
        integrationResponses: [IntegrationResponse] = []
    ) {
        self.type = type
        self.uri = uri
        self.httpMethod = httpMethod
        self.requestTemplates = requestTemplates
        self.passthroughBehavior = passthroughBehavior
        self.integrationResponses = integrationResponses
    }

    /// Whether the backend is a non-proxy Lambda function (patterns match error messages).
    public var isLambda: Bool {
        type == .aws && (uri?.contains(":lambda:path/") ?? false)
    }

    /// The integration response for a status code, if any.
    public func integrationResponse(statusCode: String) -> IntegrationResponse? {
        integrationResponses.first { $0.statusCode == statusCode }
    }
}

/// One HTTP method on a resource.
public struct Method: Hashable, Sendable {
    /// `GET`, `POST`, …, or `ANY`.
    public var httpMethod: String
    /// `NONE`, `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`.
    public var authorizationType: String?
    /// Whether an API key is required.
    public var apiKeyRequired: Bool
    /// Declared request parameters (`method.request.path.id` → required).
    public var requestParameters: OrderedMap<Bool>
    /// The method responses, in status order as the source lists them.
    public var methodResponses: [MethodResponse]
    /// The integration, when one is set up.
    public var integration: Integration?

    public init(
        httpMethod: String,
        authorizationType: String? = nil,
        apiKeyRequired: Bool = false,
        requestParameters: OrderedMap<Bool> = [:],
        methodResponses: [MethodResponse] = [],
        integration: Integration? = nil
    ) {
        self.httpMethod = httpMethod
        self.authorizationType = authorizationType
        self.apiKeyRequired = apiKeyRequired
        self.requestParameters = requestParameters
        self.methodResponses = methodResponses
        self.integration = integration
    }

    /// The method response for a status code, if declared.
    public func methodResponse(statusCode: String) -> MethodResponse? {
        methodResponses.first { $0.statusCode == statusCode }
    }
}
