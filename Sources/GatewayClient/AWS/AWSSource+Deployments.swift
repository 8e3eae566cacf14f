import GatewayModel

extension AWSSource {
    /// The AWS control plane has stages.
    public var supportsDeployments: Bool { true }

    /// `GET /restapis/{id}/stages` (not paged: the whole list comes in one `item`), sorted by name.
    public func listStages(restApiId: String) async throws -> [Stage] {
        let json = try await client.callJSON("GET", ["restapis", restApiId, "stages"]) ?? AWSJSON.emptyObject
        return (json["item"]?.elements ?? []).compactMap(AWSShapes.stage).sorted { $0.stageName < $1.stageName }
    }

    /// `POST /restapis/{id}/deployments` with `stageName` and `description`.
    public func createDeployment(restApiId: String, stageName: String, description: String?) async throws -> Deployment {
        let segments = ["restapis", restApiId, "deployments"]
        let json = try await client.callJSON("POST", segments, body: AWSShapes.createDeploymentBody(stageName: stageName, description: description))
        guard let json, let deployment = AWSShapes.deployment(json) else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "CreateDeployment returned no deployment ID; check the stage \(stageName) in the console",
                           request: "POST /\(segments.joined(separator: "/"))")
        }
        return deployment
    }
}
