"""Fakes of the services AWS credentials come from, in one process on 127.0.0.1:

    python Tests/peers/credential_peer.py

Prints `READY port=PORT` once it listens on a free port, then serves until its standard input
closes (the test that started it ends). gwx reaches each fake through the overrides the SDKs
honour (AWS_ENDPOINT_URL_SSO, AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL_STS,
AWS_CONTAINER_CREDENTIALS_FULL_URI, AWS_EC2_METADATA_SERVICE_ENDPOINT), and each fake checks
what the real service checks:
  * the IAM Identity Center portal, `GET /federation/credentials?account_id&role_name`: the
    `x-amz-sso_bearer_token` header must be a token it issued (401 UnauthorizedException
    otherwise) and the account and role the ones it grants (403 ForbiddenException otherwise);
  * SSO OIDC, `POST /token` (CreateToken, refresh_token grant): client ID, client secret and
    refresh token must match (400 invalid_grant otherwise); the new access token becomes valid;
  * STS, `POST /` form: AssumeRoleWithWebIdentity (unsigned; the token file's token and the
    role must match) and AssumeRole (SigV4 verified with botocore against the known keys,
    SerialNumber and TokenCode checked when an MFA device is configured);
  * the container endpoint, `GET {path}`: the `Authorization` header must equal the token;
  * IMDSv2: `PUT /latest/api/token` needs `x-aws-ec2-metadata-token-ttl-seconds`; the
    metadata GETs need the issued `x-aws-ec2-metadata-token` (401 otherwise, IMDSv1 refused).

Control (unsigned, under /__peer/): POST config {section: {...}} replaces sections,
GET log lists the requests seen (method, path, headers), POST reset clears the log.
"""
import json
import os
import secrets as random_tokens
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from aws_peer import verify_signature  # noqa: E402  (the same SigV4 check as the API proxy)


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.config = {}
        self.log = []
        self.imds_tokens = set()
        self.keys = {}


def sts_xml(operation, credentials):
    return (f'<{operation}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><{operation}Result><Credentials>'
            f'<AccessKeyId>{credentials["AccessKeyId"]}</AccessKeyId><SecretAccessKey>{credentials["SecretAccessKey"]}</SecretAccessKey>'
            f'<SessionToken>{credentials["SessionToken"]}</SessionToken><Expiration>{credentials["Expiration"]}</Expiration>'
            f'</Credentials></{operation}Result><ResponseMetadata><RequestId>fake-sts</RequestId></ResponseMetadata></{operation}Response>')


def sts_error(code, message):
    return (f'<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>{code}</Code>'
            f'<Message>{message}</Message></Error><RequestId>fake-sts</RequestId></ErrorResponse>')


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body, content_type="application/json", headers=None):
            data = body if isinstance(body, bytes) else (json.dumps(body) if content_type == "application/json" else body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def json_error(self, status, error_type, message):
            self.reply(status, {"message": message}, headers={"x-amzn-ErrorType": error_type})

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            split = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(split.query))
            if split.path.startswith("/__peer/"):
                return self.control(split.path[len("/__peer/"):], body)
            with state.lock:
                state.log.append({"method": self.command, "path": split.path,
                                  "headers": {k.lower(): v for k, v in self.headers.items()}})
                config = json.loads(json.dumps(state.config))
            if split.path == "/federation/credentials" and self.command == "GET":
                return self.portal(config.get("sso", {}), query)
            if split.path == "/token" and self.command == "POST":
                return self.oidc(config.get("oidc", {}), body)
            if split.path == "/" and self.command == "POST":
                return self.sts(config, body)
            if split.path.startswith("/latest/"):
                return self.imds(config.get("imds", {}), split.path)
            container = config.get("container", {})
            if container and split.path == container.get("path") and self.command == "GET":
                if self.headers.get("Authorization") != container.get("authToken"):
                    return self.reply(403, {"message": "invalid authorization token"})
                return self.reply(200, {**container["credentials"], "Token": container["credentials"]["SessionToken"]})
            return self.reply(404, {"message": f"no fake at {self.command} {split.path}"})

        def portal(self, sso, query):
            token = self.headers.get("x-amz-sso_bearer_token")
            if not token or token not in sso.get("accessTokens", []):
                return self.json_error(401, "UnauthorizedException", "Session token not found or invalid")
            if query.get("account_id") != sso.get("accountId") or query.get("role_name") != sso.get("roleName"):
                return self.json_error(403, "ForbiddenException", "No access")
            credentials = sso["credentials"]
            return self.reply(200, {"roleCredentials": {
                "accessKeyId": credentials["AccessKeyId"], "secretAccessKey": credentials["SecretAccessKey"],
                "sessionToken": credentials["SessionToken"], "expiration": sso.get("expirationMs", 4102444800000)}})

        def oidc(self, oidc, body):
            request = json.loads(body or b"{}")
            expected = {"clientId": oidc.get("clientId"), "clientSecret": oidc.get("clientSecret"),
                        "grantType": "refresh_token", "refreshToken": oidc.get("refreshToken")}
            if any(request.get(key) != value for key, value in expected.items()):
                return self.reply(400, {"error": "invalid_grant", "error_description": "Invalid refresh token provided"},
                                  headers={"x-amzn-ErrorType": "InvalidGrantException"})
            with state.lock:
                state.config.setdefault("sso", {}).setdefault("accessTokens", []).append(oidc["newAccessToken"])
            answer = {"accessToken": oidc["newAccessToken"], "expiresIn": oidc.get("expiresIn", 28800), "tokenType": "Bearer"}
            if oidc.get("newRefreshToken"):
                answer["refreshToken"] = oidc["newRefreshToken"]
            return self.reply(200, answer)

        def sts(self, config, body):
            form = dict(urllib.parse.parse_qsl(body.decode()))
            action = form.get("Action")
            if action == "AssumeRoleWithWebIdentity":
                web = config.get("webIdentity", {})
                if form.get("WebIdentityToken") != web.get("token"):
                    return self.reply(400, sts_error("InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider"), "text/xml")
                if form.get("RoleArn") != web.get("roleArn") or not form.get("RoleSessionName"):
                    return self.reply(403, sts_error("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity"), "text/xml")
                return self.reply(200, sts_xml(action, web["credentials"]), "text/xml")
            if action == "AssumeRole":
                role = config.get("assumeRole", {})
                with state.lock:
                    state.keys = dict(role.get("keys", {}))
                failure = verify_signature(state, "POST", self.path, self.headers, body)
                if failure:
                    return self.reply(403, sts_error(*failure), "text/xml")
                if form.get("RoleArn") != role.get("roleArn"):
                    return self.reply(403, sts_error("AccessDenied", "Not authorized to perform sts:AssumeRole"), "text/xml")
                if role.get("mfaSerial") and (form.get("SerialNumber") != role["mfaSerial"] or form.get("TokenCode") != role.get("mfaCode")):
                    return self.reply(403, sts_error("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code."), "text/xml")
                return self.reply(200, sts_xml(action, role["credentials"]), "text/xml")
            return self.reply(400, sts_error("InvalidAction", f"Could not find operation {action}"), "text/xml")

        def imds(self, imds, path):
            if not imds:
                return self.reply(404, b"", "text/plain")
            if path == "/latest/api/token":
                if self.command != "PUT" or not self.headers.get("x-aws-ec2-metadata-token-ttl-seconds"):
                    return self.reply(400, b"", "text/plain")
                token = random_tokens.token_urlsafe(24)
                with state.lock:
                    state.imds_tokens.add(token)
                return self.reply(200, token, "text/plain")
            with state.lock:
                valid = self.headers.get("x-aws-ec2-metadata-token") in state.imds_tokens
            if self.command != "GET" or not valid:
                return self.reply(401, b"", "text/plain")
            base = "/latest/meta-data/iam/security-credentials/"
            if path == base:
                return self.reply(200, imds["role"], "text/plain")
            if path == base + imds["role"]:
                credentials = imds["credentials"]
                return self.reply(200, {"Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": credentials["AccessKeyId"],
                                        "SecretAccessKey": credentials["SecretAccessKey"], "Token": credentials["SessionToken"],
                                        "Expiration": credentials["Expiration"]})
            return self.reply(404, b"", "text/plain")

        def control(self, name, body):
            if name == "config":
                with state.lock:
                    state.config.update(json.loads(body or b"{}"))
                return self.reply(200, {})
            if name == "reset":
                with state.lock:
                    state.log = []
                    state.config = {}
                return self.reply(200, {})
            if name == "log":
                with state.lock:
                    return self.reply(200, {"log": list(state.log)})
            return self.reply(404, {"message": f"unknown control {name}"})

        do_GET = do_PUT = do_POST = handle_any

    return Handler


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(State()))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"READY port={server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
