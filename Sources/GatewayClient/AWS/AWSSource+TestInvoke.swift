import GatewayModel

extension AWSSource {
    /// The AWS control plane can test-invoke.
    public var supportsTestInvoke: Bool { true }

    /// `POST /restapis/{id}/resources/{resourceId}/methods/{httpMethod}` (`TestInvokeMethod`),
    /// signed, retried and redacted like every other call.
    public func testInvoke(_ method: MethodID, request: TestInvokeRequest) async throws -> TestInvokeResponse {
        let segments = AWSSource.methodPath(method)
        let json = try await client.callJSON("POST", segments, body: AWSShapes.testInvokeBody(request))
        guard let json, let response = AWSShapes.testInvokeResponse(json) else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "TestInvokeMethod returned no status; try the console's Test button for \(method)",
                           request: "POST /\(segments.joined(separator: "/"))")
        }
        return response
    }
}

extension AWSShapes {
    /// The body of `TestInvokeMethod`: repeated header names go in `multiValueHeaders`, the
    /// others in `headers` (the service reads both).
    static func testInvokeBody(_ request: TestInvokeRequest) -> AWSJSON {
        var members: [(String, AWSJSON)] = []
        if let path = request.pathWithQueryString { members.append(("pathWithQueryString", .string(path))) }
        if let body = request.body { members.append(("body", .string(body))) }
        var names: [String] = []
        var values: [String: [String]] = [:]
        for header in request.headers {
            if values[header.name] == nil { names.append(header.name) }
            values[header.name, default: []].append(header.value)
        }
        let single = names.filter { values[$0]?.count == 1 }
        let multi = names.filter { (values[$0]?.count ?? 0) > 1 }
        if !single.isEmpty { members.append(("headers", .object(single.map { ($0, .string(values[$0]?.first ?? "")) }))) }
        if !multi.isEmpty { members.append(("multiValueHeaders", .object(multi.map { ($0, .array((values[$0] ?? []).map(AWSJSON.string))) }))) }
        if !request.stageVariables.isEmpty {
            members.append(("stageVariables", .object(request.stageVariables.map { ($0.name, .string($0.value)) })))
        }
        return .object(members)
    }

    /// A `TestInvokeMethodResponse`; nil without a status.
    static func testInvokeResponse(_ json: AWSJSON) -> TestInvokeResponse? {
        guard let status = json["status"]?.numberValue else { return nil }
        let headers = OrderedMap((json["headers"]?.members ?? []).compactMap { member in member.value.stringValue.map { (member.key, $0) } })
        let multi = OrderedMap((json["multiValueHeaders"]?.members ?? []).map { member in (member.key, member.value.elements.compactMap(\.stringValue)) })
        return TestInvokeResponse(status: Int(status), body: json["body"]?.stringValue ?? "", headers: headers, multiValueHeaders: multi,
                                  log: json["log"]?.stringValue ?? "", latency: json["latency"]?.numberValue.map { Int($0) })
    }
}
