import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// Sources without stages (export files, unavailable sources) refuse to list or deploy, saying how to deploy instead.
final class DeploymentsUnsupportedTests: XCTestCase {
    func testAnExportFileHasNoStagesAndSaysHowToDeploy() async throws {
        let source = try ExportFileSource(path: try ExportFixtures.copy("petstore-oas3.json"))
        XCTAssertFalse(source.supportsDeployments)
        do {
            _ = try await source.listStages(restApiId: "any")
            XCTFail("expected DeploymentsUnsupportedError")
        } catch let error as DeploymentsUnsupportedError {
            XCTAssertTrue(error.description.contains("export files have no stages"), error.description)
            XCTAssertTrue(error.description.contains("aws apigateway create-deployment"), error.description)
        }
        do {
            _ = try await source.createDeployment(restApiId: "any", stageName: "prod", description: nil)
            XCTFail("expected DeploymentsUnsupportedError")
        } catch let error as DeploymentsUnsupportedError {
            XCTAssertEqual(error.source, source.label)
        }
    }

    func testAnUnavailableSourceDoesNotOfferDeployments() {
        let source = UnavailableSource(label: "aws default", reason: DeploymentsUnsupportedError(source: "x"))
        XCTAssertFalse(source.supportsDeployments)
    }

    func testStageNamesFollowAPIGatewaysRules() {
        XCTAssertNil(Stage.nameProblem("prod"))
        XCTAssertNil(Stage.nameProblem("canary_2-eu"))
        XCTAssertNotNil(Stage.nameProblem(""))
        XCTAssertEqual(Stage.nameProblem("bad name"), "\" \" is not allowed: use letters, digits, - and _")
        XCTAssertNotNil(Stage.nameProblem("prod/1"))
        XCTAssertNotNil(Stage.nameProblem("ステージ"))
        XCTAssertNotNil(Stage.nameProblem(String(repeating: "a", count: 129)))
        XCTAssertNil(Stage.nameProblem(String(repeating: "a", count: 128)))
    }
}
