import GatewayModel

/// A source without stages was asked to list or deploy them.
public struct DeploymentsUnsupportedError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The source's label (`file api.yaml`).
    public var source: String

    public init(source: String) {
        self.source = source
    }

    public var description: String {
        "\(source): export files have no stages: deploy with `aws apigateway create-deployment` or your IaC tool"
    }
}

extension GatewaySource {
    /// Sources have no stages unless they say so.
    public var supportsDeployments: Bool { false }

    /// Throws `DeploymentsUnsupportedError`: the source has no stages.
    public func listStages(restApiId: String) async throws -> [Stage] {
        throw DeploymentsUnsupportedError(source: label)
    }

    /// Throws `DeploymentsUnsupportedError`: the source cannot deploy.
    public func createDeployment(restApiId: String, stageName: String, description: String?) async throws -> Deployment {
        throw DeploymentsUnsupportedError(source: label)
    }
}
