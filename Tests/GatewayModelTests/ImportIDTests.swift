import GatewayModel
import XCTest

final class ImportIDTests: XCTestCase {
    func testIntegrationResponseIDRoundTripsAWSIDs() throws {
        let id = try IntegrationResponseID(parsing: "a1b2c3/xyz789/GET/200")
        XCTAssertEqual(id, IntegrationResponseID(restApiId: "a1b2c3", resourceId: "xyz789", httpMethod: "GET", statusCode: "200"))
        XCTAssertEqual(id.description, "a1b2c3/xyz789/GET/200")
    }

    func testIntegrationResponseIDTakesEverythingBetweenAsTheResourcePath() throws {
        let id = try IntegrationResponseID(parsing: "pets//pets/{petId}/GET/200")
        XCTAssertEqual(id.restApiId, "pets")
        XCTAssertEqual(id.resourceId, "/pets/{petId}")
        XCTAssertEqual(id.httpMethod, "GET")
        XCTAssertEqual(id.statusCode, "200")
        XCTAssertEqual(id.description, "pets//pets/{petId}/GET/200")
    }

    func testIntegrationResponseIDOfTheRootResource() throws {
        let id = try IntegrationResponseID(parsing: "pets///ANY/500")
        XCTAssertEqual(id.resourceId, "/")
        XCTAssertEqual(id.description, "pets///ANY/500")
    }

    func testBadIntegrationResponseIDGetsTerraformsMessage() {
        XCTAssertThrowsError(try IntegrationResponseID(parsing: "abc/def")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "unexpected format of ID (\"abc/def\"), expected REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE")
        }
        XCTAssertThrowsError(try IntegrationResponseID(parsing: "api//GET/200"))
        XCTAssertThrowsError(try IntegrationResponseID(parsing: "api/res/GET/"))
    }

    func testMethodIDRoundTripsAndRejectsShortIDs() throws {
        let id = try MethodID(parsing: "pets//pets/{petId}/POST")
        XCTAssertEqual(id, MethodID(restApiId: "pets", resourceId: "/pets/{petId}", httpMethod: "POST"))
        XCTAssertEqual(id.description, "pets//pets/{petId}/POST")
        XCTAssertThrowsError(try MethodID(parsing: "abc")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "unexpected format of ID (\"abc\"), expected REST-API-ID/RESOURCE-ID/HTTP-METHOD")
        }
    }

    func testIntegrationResponseIDKnowsItsMethod() throws {
        let id = try IntegrationResponseID(parsing: "a/b/GET/200")
        XCTAssertEqual(id.methodID.description, "a/b/GET")
    }
}
