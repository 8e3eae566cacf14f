import GatewayModel
import XCTest

final class IntegrationResponseFieldTests: XCTestCase {
    /// A stored property without a `Field` case would be forgotten by every writer that walks
    /// the list; this is where that shows.
    func testFieldListNamesEveryStoredPropertyInOrder() {
        let response = IntegrationResponse(statusCode: "200")
        let stored = Mirror(reflecting: response).children.compactMap(\.label)
        XCTAssertEqual(stored, IntegrationResponse.Field.allCases.map(\.rawValue))
    }

    func testScalarsThenMapsKeepsEveryFieldOnce() {
        XCTAssertEqual(Set(IntegrationResponse.Field.scalarsThenMaps), Set(IntegrationResponse.Field.allCases))
        XCTAssertEqual(IntegrationResponse.Field.scalarsThenMaps.count, IntegrationResponse.Field.allCases.count)
    }

    func testSameContentIgnoresMapOrderAndAMissingPattern() {
        let a = IntegrationResponse(statusCode: "200", selectionPattern: nil,
                                    responseParameters: ["method.response.header.A": "'a'", "method.response.header.B": "'b'"],
                                    responseTemplates: ["application/json": "", "text/plain": "x"])
        let b = IntegrationResponse(statusCode: "200", selectionPattern: "",
                                    responseParameters: ["method.response.header.B": "'b'", "method.response.header.A": "'a'"],
                                    responseTemplates: ["text/plain": "x", "application/json": ""])
        XCTAssertTrue(a.sameContent(as: b))
    }

    func testAnEmptyTemplateIsAValueNotAMissingOne() {
        let empty = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": ""])
        let none = IntegrationResponse(statusCode: "200")
        XCTAssertFalse(empty.sameContent(as: none))
    }

    func testEveryFieldTakesPartInSameContent() {
        let base = IntegrationResponse(statusCode: "200")
        let changed: [IntegrationResponse] = IntegrationResponse.Field.allCases.map { field in
            var copy = base
            switch field {
            case .statusCode: copy.statusCode = "201"
            case .selectionPattern: copy.selectionPattern = "4\\d{2}"
            case .responseParameters: copy.responseParameters = ["method.response.header.A": "'a'"]
            case .responseTemplates: copy.responseTemplates = ["application/json": "{}"]
            case .contentHandling: copy.contentHandling = .convertToText
            }
            return copy
        }
        for response in changed { XCTAssertFalse(base.sameContent(as: response), "\(response)") }
    }
}
