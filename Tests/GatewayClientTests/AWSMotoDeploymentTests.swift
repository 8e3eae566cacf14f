import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// `GetStages` and `CreateDeployment` through gwx's AWS source against moto behind the proxy,
/// read back with boto3.
final class AWSMotoDeploymentTests: MotoPeerTestCase {
    /// A fresh API with a MOCK `GET /items` (a deployment needs a method) and a stage `prod`
    /// created by boto3; returns the peer, the API ID and prod's deployment ID.
    private func seeded() async throws -> (peer: AWSPeer, apiId: String, prodDeployment: String) {
        let peer = try startedPeer()
        let spec = """
        {"name": "deployments", "resources": [{"path": "/items", "methods": [{"httpMethod": "GET", "integration": {"type": "MOCK"},
          "methodResponses": [{"statusCode": "200"}], "integrationResponses": [{"statusCode": "200"}]}]}]}
        """
        let apiId = try await peer.control("seed", try AWSJSON.parse(spec))["id"]?.stringValue ?? ""
        let deployment = try await peer.boto3("create_deployment", [("restApiId", .string(apiId)), ("stageName", .string("prod")), ("description", .string("by boto3"))])
        try await peer.control("reset")
        return (peer, apiId, deployment["id"]?.stringValue ?? "")
    }

    func testTheAWSSourceSupportsDeployments() throws {
        let source = AWSSource(client: AWSClient(endpoint: "http://127.0.0.1:1", signer: SigV4Signer(service: "apigateway", region: "us-east-1"),
                                                 credentials: StaticCredentialsProvider(AWSCredentials(accessKeyId: "a", secretAccessKey: "b", source: "test")),
                                                 transport: CurlTransport()), label: "aws test")
        XCTAssertTrue(source.supportsDeployments)
    }

    func testListStagesReturnsEveryStageWithItsDeploymentSortedByName() async throws {
        let s = try await seeded()
        _ = try await s.peer.boto3("create_stage", [("restApiId", .string(s.apiId)), ("stageName", .string("beta")),
                                                    ("deploymentId", .string(s.prodDeployment)), ("description", .string("QA stage"))])
        let stages = try await s.peer.source().listStages(restApiId: s.apiId)
        XCTAssertEqual(stages.map(\.stageName), ["beta", "prod"])
        XCTAssertEqual(stages.map(\.deploymentId), [s.prodDeployment, s.prodDeployment])
        XCTAssertEqual(stages.first?.description, "QA stage")
        let log = try await s.peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log, ["GET /restapis/\(s.apiId)/stages"], "one request, unpaged")
    }

    func testCreateDeploymentPointsAnExistingStageAtTheNewDeployment() async throws {
        let s = try await seeded()
        let deployment = try await s.peer.source().createDeployment(restApiId: s.apiId, stageName: "prod", description: "gwx: GET /items 200")
        XCTAssertFalse(deployment.id.isEmpty)
        XCTAssertNotEqual(deployment.id, s.prodDeployment)
        XCTAssertEqual(deployment.description, "gwx: GET /items 200")
        XCTAssertNotNil(deployment.createdDate)
        let stage = try await s.peer.boto3("get_stage", [("restApiId", .string(s.apiId)), ("stageName", .string("prod"))])
        XCTAssertEqual(stage["deploymentId"]?.stringValue, deployment.id)
        let deployments = try await s.peer.boto3("get_deployments", [("restApiId", .string(s.apiId))])["items"]?.elements ?? []
        let stored = deployments.first { $0["id"]?.stringValue == deployment.id }
        XCTAssertEqual(stored?["description"]?.stringValue, "gwx: GET /items 200")
        XCTAssertEqual(deployments.count, 2)
        let log = try await s.peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log, ["POST /restapis/\(s.apiId)/deployments"])
    }

    func testCreateDeploymentOnANewStageNameCreatesTheStage() async throws {
        let s = try await seeded()
        let source = s.peer.source()
        let deployment = try await source.createDeployment(restApiId: s.apiId, stageName: "canary_2", description: nil)
        let stage = try await s.peer.boto3("get_stage", [("restApiId", .string(s.apiId)), ("stageName", .string("canary_2"))])
        XCTAssertEqual(stage["deploymentId"]?.stringValue, deployment.id)
        let stages = try await source.listStages(restApiId: s.apiId)
        XCTAssertEqual(stages.map(\.stageName), ["canary_2", "prod"])
    }

    func testDeployingAMissingAPIShowsAWSsMessageAndRequestID() async throws {
        let s = try await seeded()
        do {
            _ = try await s.peer.source().createDeployment(restApiId: "nosuchapi", stageName: "prod", description: nil)
            XCTFail("expected NotFoundException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .notFound)
            XCTAssertEqual(error.type, "NotFoundException")
            XCTAssertTrue(error.message.contains("Invalid Rest API Id"), error.message)
            XCTAssertNotNil(error.requestId)
            XCTAssertEqual(error.request, "POST /restapis/nosuchapi/deployments")
        }
    }

    func testThrottledStageListAndDeploymentAreRetried() async throws {
        let s = try await seeded()
        try await s.peer.control("faults", try AWSJSON.parse(#"{"faults": [{"status": 429}, {"status": 429}]}"#))
        let source = s.peer.source()
        let stages = try await source.listStages(restApiId: s.apiId)
        XCTAssertEqual(stages.map(\.stageName), ["prod"])
        let deployment = try await source.createDeployment(restApiId: s.apiId, stageName: "prod", description: nil)
        XCTAssertFalse(deployment.id.isEmpty)
        let count = try await s.peer.requestCount()
        XCTAssertEqual(count, 4, "two throttled, then the list and the deployment")
    }

    func testAnUnauthorizedDeploymentIsNotRetried() async throws {
        let s = try await seeded()
        try await s.peer.control("faults", try AWSJSON.parse(#"{"faults": [{"status": 403, "type": "AccessDeniedException", "message": "User is not authorized to perform: apigateway:POST"}]}"#))
        do {
            _ = try await s.peer.source().createDeployment(restApiId: s.apiId, stageName: "prod", description: nil)
            XCTFail("expected AccessDeniedException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .accessDenied)
            XCTAssertEqual(error.requestId, "peer-AccessDeniedException")
            XCTAssertNotNil(error.hint)
        }
        let count = try await s.peer.requestCount()
        XCTAssertEqual(count, 1)
    }
}
