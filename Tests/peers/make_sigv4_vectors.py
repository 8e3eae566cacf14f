"""Writes SigV4 test vectors computed by botocore's own signer.

Run: python Tests/peers/make_sigv4_vectors.py > Tests/GatewayClientTests/Fixtures/aws/sigv4-vectors.json
Each vector has the request as gwx would send it (wire URL, headers, body), fixed
credentials and a fixed time, and botocore's canonical request, string to sign and
Authorization header.
"""
import datetime
import json
from unittest import mock

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TIME = datetime.datetime(2015, 8, 30, 12, 36, 0)
ACCESS = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
HOST = "apigateway.us-east-1.amazonaws.com"

CASES = [
    dict(name="get-with-query", method="GET",
         url=f"https://{HOST}/restapis/abc123/resources?limit=500&embed=methods&position=a%2Fb%3D%3D",
         headers={"Accept": "application/json"}, body="", service="apigateway", region="us-east-1"),
    dict(name="list-rest-apis", method="GET", url=f"https://{HOST}/restapis?limit=500",
         headers={"Accept": "application/json"}, body="", service="apigateway", region="us-east-1"),
    dict(name="post-json-body", method="PUT",
         url=f"https://{HOST}/restapis/abc123/resources/r1/methods/GET/integration/responses/200",
         headers={"Accept": "application/json", "Content-Type": "application/json"},
         body=json.dumps({"selectionPattern": "", "responseTemplates": {"application/json": "$input.json('$')"}}),
         service="apigateway", region="us-east-1"),
    dict(name="patch-json-body", method="PATCH",
         url=f"https://{HOST}/restapis/abc123/resources/r1/methods/GET/integration/responses/200",
         headers={"Accept": "application/json", "Content-Type": "application/json"},
         body=json.dumps({"patchOperations": [{"op": "replace", "path": "/responseTemplates/application~1json", "value": "{}"}]}),
         service="apigateway", region="eu-west-1"),
    dict(name="path-braces-spaces-unicode", method="GET",
         url=f"https://{HOST}/restapis/a%20b/resources/%7Bproxy%2B%7D/caf%C3%A9%20%E2%9C%93",
         headers={"Accept": "application/json"}, body="", service="apigateway", region="us-east-1"),
    dict(name="header-whitespace", method="GET", url=f"https://{HOST}/restapis",
         headers={"Accept": "application/json", "X-Custom": "  a   b  c "}, body="", service="apigateway", region="us-east-1"),
    dict(name="session-token", method="GET", url=f"https://{HOST}/restapis?limit=500",
         headers={"Accept": "application/json"}, body="", service="apigateway", region="us-east-1",
         token="IQoJb3JpZ2luX2VjEXAMPLE/TOKEN+with=chars"),
    dict(name="sts-assume-role", method="POST", url="https://sts.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
         body="Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=gwx&Version=2011-06-15",
         service="sts", region="us-east-1"),
]


class RecordingSigV4Auth(SigV4Auth):
    """botocore's signer, keeping the intermediate strings it computed while signing."""

    def string_to_sign(self, request, canonical_request):
        self.recorded_canonical = canonical_request
        self.recorded_string_to_sign = super().string_to_sign(request, canonical_request)
        return self.recorded_string_to_sign


def sign(case):
    creds = Credentials(ACCESS, SECRET, case.get("token"))
    auth = RecordingSigV4Auth(creds, case["service"], case["region"])
    request = AWSRequest(method=case["method"], url=case["url"], headers=dict(case["headers"]),
                         data=case["body"].encode("utf-8"))
    with mock.patch("botocore.auth.get_current_datetime", return_value=TIME):
        auth.add_auth(request)
    canonical = auth.recorded_canonical
    string_to_sign = auth.recorded_string_to_sign
    return dict(
        name=case["name"], method=case["method"], url=case["url"], headers=case["headers"], body=case["body"],
        service=case["service"], region=case["region"], accessKeyId=ACCESS, secretAccessKey=SECRET,
        sessionToken=case.get("token"), amzDate=request.context["timestamp"],
        canonicalRequest=canonical, stringToSign=string_to_sign,
        authorization=request.headers["Authorization"],
    )


print(json.dumps([sign(c) for c in CASES], indent=2, ensure_ascii=False))
