import Foundation
import GatewayModel
@testable import Mapping
import XCTest

final class PipelineContentHandlingTests: XCTestCase {
    private let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])

    func testConversionTableFollowsTheGuide() {
        typealias Row = (handling: ContentHandling?, binaryPayload: Bool, binaryAccept: Bool, action: ContentConversion.Action, line: UInt)
        let rows: [Row] = [
            (nil, false, false, .passThrough, #line),
            (nil, false, true, .base64Decode, #line),
            (nil, true, false, .base64Encode, #line),
            (nil, true, true, .passThrough, #line),
            (.convertToText, false, false, .passThrough, #line),
            (.convertToText, false, true, .passThrough, #line),
            (.convertToText, true, false, .base64Encode, #line),
            (.convertToText, true, true, .base64Encode, #line),
            (.convertToBinary, false, false, .base64Decode, #line),
            (.convertToBinary, false, true, .base64Decode, #line),
            (.convertToBinary, true, false, .passThrough, #line),
            (.convertToBinary, true, true, .passThrough, #line),
        ]
        for row in rows {
            let decision = ContentConversion.decide(handling: row.handling, payloadIsBinary: row.binaryPayload, acceptIsBinary: row.binaryAccept)
            XCTAssertEqual(decision.action, row.action, "\(row)", line: row.line)
        }
    }

    func testBase64DecodingAcceptsWhatAPIGatewayDoesAndRejectsTheRest() {
        let rows: [(text: String, bytes: [UInt8]?, line: UInt)] = [
            ("aGk=", Array("hi".utf8), #line),
            ("aGk", Array("hi".utf8), #line),
            ("aGVsbG8gd29ybGQ=\n", Array("hello world".utf8), #line),
            ("aGVs\nbG8g\r\nd29y\nbGQ=", Array("hello world".utf8), #line),
            ("  aGk=  ", Array("hi".utf8), #line),
            ("", [], #line),
            ("not base64!", nil, #line),
            ("aG k=", nil, #line),
            ("a-_b", nil, #line),
            ("aGk=x", nil, #line),
            ("a", nil, #line),
            (#"{"image":"aGk="}"#, nil, #line),
        ]
        for row in rows {
            let decoded = ContentConversion.decodeBase64(Data(row.text.utf8)).map { Array($0) }
            XCTAssertEqual(decoded, row.bytes, PipelineText.oneLine(row.text), line: row.line)
        }
    }

    func testConvertToTextBase64EncodesABinaryBodyBeforeTheTemplate() {
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": #"{"data": "$input.body"}"#], contentHandling: .convertToText)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", bodyData: png, isBinary: true))
        XCTAssertFalse(result.bodyIsBinary)
        XCTAssertEqual(result.bodyText, #"{"data": "\#(png.base64EncodedString())"}"#)
    }

    func testConvertToTextKeepsATextBody() {
        let response = IntegrationResponse(statusCode: "200", contentHandling: .convertToText)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "plain ✓"))
        XCTAssertEqual(result.bodyText, "plain ✓")
        XCTAssertFalse(result.bodyIsBinary)
    }

    func testConvertToBinaryDecodesBase64AndSkipsTheTemplate() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.Content-Type": "integration.response.header.Content-Type"],
                                           responseTemplates: ["application/json": "never"], contentHandling: .convertToBinary)
        let backend = BackendResponse(statusCode: "200", headers: [("Content-Type", "image/png")], body: png.base64EncodedString())
        let result = simulate(PetStore.http([response], headers: ["Content-Type"]), backend)
        XCTAssertEqual(result.statusCode, "200")
        XCTAssertTrue(result.bodyIsBinary)
        XCTAssertEqual(result.body, png)
        XCTAssertEqual(result.header("Content-Type"), "image/png")
        XCTAssertNil(result.template?.contentType)
        XCTAssertTrue(result.errors.isEmpty)
    }

    func testConvertToBinaryOnTextThatIsNotBase64IsA500() {
        let response = IntegrationResponse(statusCode: "200", selectionPattern: #"2\d{2}"#, contentHandling: .convertToBinary)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: #"{"error": "not an image"}"#))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.bodyText, ResponsePipeline.internalServerErrorBody)
        XCTAssertEqual(result.selected?.statusCode, "200")
        XCTAssertEqual(result.errors.first?.stage, .contentHandling)
        XCTAssertEqual(result.errors.first?.place.field, "contentHandling")
        XCTAssertEqual(result.header("Content-Type"), "application/json")
    }

    func testConvertToBinaryPassesABinaryBodyThrough() {
        let response = IntegrationResponse(statusCode: "200", contentHandling: .convertToBinary)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", bodyData: png, isBinary: true))
        XCTAssertEqual(result.body, png)
        XCTAssertTrue(result.bodyIsBinary)
    }

    func testBinaryMediaTypesDecideBinaryWithoutContentHandling() {
        let response = IntegrationResponse(statusCode: "200")
        let method = PetStore.http([response])
        let binaryAccept = SimulationRequest(accept: "image/png", binaryMediaTypes: ["image/*"])
        let decoded = simulate(method, BackendResponse(statusCode: "200", body: png.base64EncodedString()), binaryAccept)
        XCTAssertEqual(decoded.body, png, "text payload, binary Accept: decoded")
        XCTAssertTrue(decoded.bodyIsBinary)

        let textAccept = SimulationRequest(accept: "application/json", binaryMediaTypes: ["image/png"])
        let encoded = simulate(method, BackendResponse(statusCode: "200", headers: [("Content-Type", "image/png")], bodyData: png), textAccept)
        XCTAssertEqual(encoded.bodyText, png.base64EncodedString(), "binary payload (by Content-Type), text Accept: encoded")
        XCTAssertFalse(encoded.bodyIsBinary)

        let noBinaryTypes = simulate(method, BackendResponse(statusCode: "200", headers: [("Content-Type", "image/png")], body: "text"), SimulationRequest(accept: "image/png"))
        XCTAssertEqual(noBinaryTypes.bodyText, "text", "without binaryMediaTypes everything is text")
    }

    func testMediaTypeWildcardsMatchBinaryMediaTypes() {
        XCTAssertTrue(PipelineText.mediaType("image/png", matchesAnyOf: ["image/*"]))
        XCTAssertTrue(PipelineText.mediaType("application/pdf", matchesAnyOf: ["*/*"]))
        XCTAssertTrue(PipelineText.mediaType("Image/PNG; q=1", matchesAnyOf: ["image/png"]))
        XCTAssertFalse(PipelineText.mediaType("text/html", matchesAnyOf: ["image/*"]))
        XCTAssertFalse(PipelineText.mediaType(nil, matchesAnyOf: ["*/*"]))
        XCTAssertFalse(PipelineText.mediaType("image/png", matchesAnyOf: []))
    }

    func testPetStorePhotoStyleResponse() {
        let photo = IntegrationResponse(statusCode: "200", selectionPattern: #"2\d{2}"#,
                                        responseParameters: ["method.response.header.Content-Type": "integration.response.header.Content-Type"],
                                        contentHandling: .convertToBinary)
        let method = PetStore.http([photo], headers: ["Content-Type"])
        let ok = simulate(method, BackendResponse(statusCode: "200", headers: [("Content-Type", "image/png")], bodyData: png, isBinary: true), SimulationRequest(accept: "image/png", binaryMediaTypes: ["image/png"]))
        XCTAssertEqual(ok.body, png)
        let missing = simulate(method, BackendResponse(statusCode: "404", body: "Not Found"))
        XCTAssertEqual(missing.statusCode, "500", "no default response for a 404")
    }
}
