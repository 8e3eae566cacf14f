import Foundation
import GatewayModel

/// Reads and writes API Gateway's wire shapes (botocore's `apigateway` service model).
enum AWSShapes {
    // MARK: - Reading

    /// A `RestApi`.
    static func restAPI(_ json: AWSJSON) -> RestAPI? {
        guard let id = json["id"]?.stringValue else { return nil }
        var created: String?
        if let seconds = json["createdDate"]?.numberValue {
            created = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
        } else {
            created = json["createdDate"]?.stringValue
        }
        return RestAPI(id: id, name: json["name"]?.stringValue ?? "", description: json["description"]?.stringValue,
                       endpointTypes: json["endpointConfiguration"]?["types"]?.elements.compactMap(\.stringValue) ?? [],
                       createdDate: created, version: json["version"]?.stringValue)
    }

    /// A `Resource`, with whatever methods it embeds (details may be missing: see `isMethodDetailMissing`).
    static func resource(_ json: AWSJSON) -> Resource? {
        guard let id = json["id"]?.stringValue else { return nil }
        let path = json["path"]?.stringValue ?? "/"
        let methods = (json["resourceMethods"]?.members ?? []).map { member in
            method(member.value, httpMethod: member.key)
        }
        return Resource(id: id, parentId: json["parentId"]?.stringValue, path: path,
                        pathPart: json["pathPart"]?.stringValue ?? Resource.lastSegment(of: path), methods: methods)
    }

    /// Whether a `resourceMethods` entry is only a name: without `embed=methods` the service
    /// lists each method as an empty object.
    static func isMethodDetailMissing(_ json: AWSJSON) -> Bool {
        json["httpMethod"] == nil
    }

    /// A `Method`.
    static func method(_ json: AWSJSON, httpMethod: String) -> GatewayModel.Method {
        GatewayModel.Method(
            httpMethod: json["httpMethod"]?.stringValue ?? httpMethod,
            authorizationType: json["authorizationType"]?.stringValue,
            apiKeyRequired: json["apiKeyRequired"]?.boolValue ?? false,
            requestParameters: boolMap(json["requestParameters"]),
            methodResponses: (json["methodResponses"]?.members ?? []).map { methodResponse($0.value, statusCode: $0.key) },
            integration: json["methodIntegration"].flatMap(integration)
        )
    }

    /// An `Integration`.
    static func integration(_ json: AWSJSON) -> Integration? {
        guard case .object = json else { return nil }
        let kind = json["type"]?.stringValue.flatMap(Integration.Kind.init(rawValue:)) ?? .mock
        return Integration(
            type: kind, uri: json["uri"]?.stringValue, httpMethod: json["httpMethod"]?.stringValue,
            requestTemplates: stringMap(json["requestTemplates"]),
            passthroughBehavior: json["passthroughBehavior"]?.stringValue,
            integrationResponses: (json["integrationResponses"]?.members ?? []).map { integrationResponse($0.value, statusCode: $0.key) }
        )
    }

    /// An `IntegrationResponse`.
    static func integrationResponse(_ json: AWSJSON, statusCode: String? = nil) -> IntegrationResponse {
        IntegrationResponse(
            statusCode: json["statusCode"]?.stringValue ?? statusCode ?? "",
            selectionPattern: json["selectionPattern"]?.stringValue,
            responseParameters: stringMap(json["responseParameters"]),
            responseTemplates: stringMap(json["responseTemplates"]),
            contentHandling: json["contentHandling"]?.stringValue.flatMap(ContentHandling.init(rawValue:))
        )
    }

    /// A `MethodResponse`.
    static func methodResponse(_ json: AWSJSON, statusCode: String? = nil) -> MethodResponse {
        MethodResponse(statusCode: json["statusCode"]?.stringValue ?? statusCode ?? "",
                       responseParameters: boolMap(json["responseParameters"]),
                       responseModels: stringMap(json["responseModels"]))
    }

    /// A map of strings. API Gateway stores an empty template as `""` but returns it as `null`
    /// (`{"application/json": null}`, typical of CORS `OPTIONS` responses): that entry is an
    /// empty value, not a missing one, so `null` reads as `""` and the key is kept.
    static func stringMap(_ json: AWSJSON?) -> OrderedMap<String> {
        OrderedMap((json?.members ?? []).compactMap { member -> (String, String)? in
            if case .null = member.value { return (member.key, "") }
            return member.value.stringValue.map { (member.key, $0) }
        })
    }

    static func boolMap(_ json: AWSJSON?) -> OrderedMap<Bool> {
        OrderedMap((json?.members ?? []).compactMap { member in member.value.boolValue.map { (member.key, $0) } })
    }

    // MARK: - Writing

    /// The body of `PutIntegrationResponse`.
    static func putBody(_ response: IntegrationResponse) -> AWSJSON {
        var members: [(String, AWSJSON)] = []
        for field in IntegrationResponse.Field.allCases {
            switch field {
            case .statusCode:
                break // the request's path names it
            case .selectionPattern:
                if let pattern = response.selectionPattern, !pattern.isEmpty { members.append((field.rawValue, .string(pattern))) }
            case .responseParameters, .responseTemplates:
                if let map = response.map(field), !map.isEmpty { members.append((field.rawValue, stringObject(map))) }
            case .contentHandling:
                if let handling = response.contentHandling { members.append((field.rawValue, .string(handling.rawValue))) }
            }
        }
        return .object(members)
    }

    /// The body of `PutMethodResponse`.
    static func putBody(_ response: MethodResponse) -> AWSJSON {
        var members: [(String, AWSJSON)] = []
        if !response.responseParameters.isEmpty {
            members.append(("responseParameters", .object(response.responseParameters.map { ($0.key, AWSJSON.bool($0.value)) })))
        }
        if !response.responseModels.isEmpty { members.append(("responseModels", stringObject(response.responseModels))) }
        return .object(members)
    }

    static func stringObject(_ map: OrderedMap<String>) -> AWSJSON {
        .object(map.map { ($0.key, AWSJSON.string($0.value)) })
    }
}
