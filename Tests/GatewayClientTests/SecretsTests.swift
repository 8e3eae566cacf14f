import GatewayClient
import XCTest

/// The one redactor: what it hides by knowing a secret, and what it hides by its shape.
final class SecretsTests: XCTestCase {
    func testKnownSecretsAndEveryURLsUserInfoAreHidden() {
        let secrets = Secrets()
        secrets.add(["wJalrXUtnFEMI/K7MDENG", "ab"])
        secrets.add(userInfoOf: "https://deploy:Tr0ub4dor@gw.example.com/prod")
        let text = "key wJalrXUtnFEMI/K7MDENG; short ab stays; password Tr0ub4dor; GET http://x:y@10.0.0.1:9/restapis; ftp://h/p@q"
        XCTAssertEqual(secrets.redact(text),
                       "key <redacted>; short ab stays; password <redacted>; GET http://<redacted>@10.0.0.1:9/restapis; ftp://h/p@q")
    }

    func testHeadersThatCarryCredentialsAreMaskedByTheirName() {
        let line = "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/apigateway/aws4_request, SignedHeaders=host, Signature=0a1b2c\nX-Amz-Security-Token: IQoJb3JpZ2lu\nnext"
        XCTAssertEqual(Secrets().redact(line),
                       "Authorization: <redacted>, SignedHeaders=host, Signature=<redacted>\nX-Amz-Security-Token: <redacted>\nnext")
    }

    func testTheSSOBearerAndIMDSTokenHeadersAreMaskedByTheirName() {
        XCTAssertEqual(Secrets().redact("x-amz-sso_bearer_token: aoaAAAA\nX-aws-ec2-metadata-token: AQAEA==\nnext"),
                       "x-amz-sso_bearer_token: <redacted>\nX-aws-ec2-metadata-token: <redacted>\nnext")
    }

    func testALongerSecretThatContainsAShorterOneIsHiddenWhole() {
        let secrets = Secrets()
        secrets.add(["token", "tokenWithMore"])
        XCTAssertEqual(secrets.redact("tokenWithMore"), "<redacted>")
    }
}
