import GatewayModel

extension AWSSource {
    public func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse {
        let newID = id(method, updated.statusCode)
        guard let original else {
            try await refuseIfExists(newID)
            return try await put(updated, at: newID)
        }
        let oldID = id(method, original.statusCode)
        let current = try await currentVersion(oldID)
        guard let current, AWSSource.sameContent(current, original) else {
            throw AWSError(code: .changedSinceLoaded, type: "ChangedSinceLoaded",
                           message: current == nil
                               ? "integration response \(oldID) was deleted since it was loaded; nothing was saved"
                               : "integration response \(oldID) was changed by someone else since it was loaded; nothing was saved",
                           request: "GET /\(AWSSource.integrationResponsePath(oldID).joined(separator: "/"))")
        }
        if original.statusCode != updated.statusCode {
            // Put the new one first, so a failure leaves the old one in place.
            try await refuseIfExists(newID)
            let saved = try await put(updated, at: newID)
            try await deleteIntegrationResponse(oldID)
            return saved
        }
        let operations = PatchOperation.diff(from: current, to: updated)
        guard !operations.isEmpty else { return current }
        let json = try await client.callJSON("PATCH", AWSSource.integrationResponsePath(newID),
                                             body: .object([("patchOperations", .array(operations.map(\.json)))]))
        return json.map { AWSShapes.integrationResponse($0, statusCode: updated.statusCode) } ?? updated
    }

    public func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws {
        _ = try await client.callJSON("DELETE", AWSSource.integrationResponsePath(id))
    }

    public func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws {
        _ = try await client.callJSON("PUT", AWSSource.methodPath(method) + ["responses", response.statusCode],
                                      body: AWSShapes.putBody(response))
    }

    // MARK: - Helpers

    private func id(_ method: MethodID, _ statusCode: String) -> IntegrationResponseID {
        IntegrationResponseID(restApiId: method.restApiId, resourceId: method.resourceId, httpMethod: method.httpMethod, statusCode: statusCode)
    }

    private func put(_ response: IntegrationResponse, at id: IntegrationResponseID) async throws -> IntegrationResponse {
        let json = try await client.callJSON("PUT", AWSSource.integrationResponsePath(id), body: AWSShapes.putBody(response))
        return json.map { AWSShapes.integrationResponse($0, statusCode: id.statusCode) } ?? response
    }

    /// The stored integration response, or nil when there is none.
    private func currentVersion(_ id: IntegrationResponseID) async throws -> IntegrationResponse? {
        do {
            return try await getIntegrationResponse(id)
        } catch let error as AWSError where error.code == .notFound {
            return nil
        }
    }

    private func refuseIfExists(_ id: IntegrationResponseID) async throws {
        if try await currentVersion(id) != nil {
            throw AWSError(code: .changedSinceLoaded, type: "AlreadyExists",
                           message: "integration response \(id) already exists (someone else may have created it); nothing was saved",
                           request: "GET /\(AWSSource.integrationResponsePath(id).joined(separator: "/"))")
        }
    }

    /// Equality as the service sees it: a missing and an empty selection pattern are the same,
    /// and map order does not matter.
    static func sameContent(_ a: IntegrationResponse, _ b: IntegrationResponse) -> Bool {
        a.sameContent(as: b)
    }
}
