import GatewayModel
import XCTest

final class ResponseParameterSourceTests: XCTestCase {
    func testEveryKindParsesAndPrintsBack() throws {
        let cases: [(String, ResponseParameterSource)] = [
            ("'*'", .staticValue("*")),
            ("'application/json; charset=utf-8'", .staticValue("application/json; charset=utf-8")),
            ("integration.response.header.X-Request-Id", .header("X-Request-Id")),
            ("integration.response.multivalueheader.Set-Cookie", .multiValueHeader("Set-Cookie")),
            ("integration.response.body", .body),
            ("integration.response.body.redirect.url", .bodyPath("redirect.url")),
            ("context.requestId", .context("requestId")),
            ("context.identity.sourceIp", .context("identity.sourceIp")),
            ("stageVariables.corsOrigin", .stageVariable("corsOrigin")),
        ]
        for (text, expected) in cases {
            let parsed = try ResponseParameterSource(parsing: text)
            XCTAssertEqual(parsed, expected, text)
            XCTAssertEqual(parsed.description, text)
        }
    }

    func testJSONPathWithDollarIsRejectedWithTheAPIGatewaySpelling() {
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "integration.response.body.$.error.code")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Mapping expression \"integration.response.body.$.error.code\" starts its JSONPath with \"$\": API Gateway writes integration.response.body.error.code (the \"$.\" is left out).")
        }
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "$.error")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Mapping expression \"$.error\" is a JSONPath: API Gateway writes a body field as integration.response.body.error (no \"$\").")
        }
    }

    func testUnquotedOrHalfQuotedStaticValuesAreRejected() {
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "'abc")) { error in
            XCTAssertEqual((error as? ModelError)?.message, "Static value 'abc is missing its closing single quote: write 'abc'.")
        }
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "\"abc\"")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Mapping expression \"abc\" uses double quotes: API Gateway static values use single quotes, for example 'abc'.")
        }
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "abc")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Mapping expression \"abc\" is not one API Gateway accepts: use 'static value' (in single quotes), integration.response.header.NAME, integration.response.multivalueheader.NAME, integration.response.body, integration.response.body.FIELD, context.VARIABLE or stageVariables.NAME.")
        }
    }

    func testMissingNamesAreRejected() {
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "integration.response.header.")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Mapping expression \"integration.response.header.\" needs a header name after integration.response.header.")
        }
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "stageVariables.bad-name"))
        XCTAssertThrowsError(try ResponseParameterSource(parsing: "integration.response.body..x"))
    }
}
