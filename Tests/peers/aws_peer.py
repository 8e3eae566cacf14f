"""The AWS test peer: moto's server plus a checking proxy in front of it, in one process.

    python Tests/peers/aws_peer.py [--access-key AKID --secret-key SECRET]...

Prints one line `READY moto=PORT proxy=PORT` once both listen on 127.0.0.1 (free ports),
then serves until its standard input closes (the test that started it ends).

The proxy stands where AWS would and makes moto behave like the real service where moto
does not:
  * verifies every request's SigV4 signature with botocore (moto never does), 403 otherwise;
  * pages `GET /restapis` and `GET /restapis/{id}/resources` at 25 items unless `limit` asks
    otherwise (moto never pages), capped at `maxPageSize` (AWS: 500);
  * strips method details from resources unless `embed=methods` is asked for (moto always
    embeds), or always when `stripMethods` is `always` (a server that ignores `embed`);
  * answers `UpdateIntegrationResponse` (PATCH) itself by applying the operations and
    putting the result to moto, when `emulatePatch` is on (moto answers it with 500);
  * counts requests and injects 429 / 5xx / connection resets on demand;
  * answers `TestInvokeMethod` (moto has none) from recorded responses of AWS's documented
    shape (`test_invoke.py`, cases in `Tests/peers/test-invoke/*.json`), after checking the
    signature and the request.

Control endpoints (unsigned, under /__peer/): GET stats, POST reset, POST config {..},
POST faults {"faults": [{"status": 429}, {"reset": true}, {"delay": 5}]}, POST seed {api spec},
POST boto3 {"op": "...", "params": {...}} (a boto3 apigateway call against moto),
POST seedTestInvoke {"name": "PetStore"} (the recorded cases' API seeded into moto; answers
its ID, resource IDs by path and each case's method), GET testInvokeRequests (the bodies
received).
"""
import argparse
import base64
import datetime
import http.client
import json
import re
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from moto.server import ThreadedMotoServer

import test_invoke

LIST_ROUTES = [re.compile(r"^/restapis$"), re.compile(r"^/restapis/[^/]+/resources$")]
INTEGRATION_RESPONSE = re.compile(r"^/restapis/([^/]+)/resources/([^/]+)/methods/([^/]+)/integration/responses/([^/]+)$")
AUTH = re.compile(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, *SignedHeaders=([^,]+), *Signature=([0-9a-f]+)")


class State:
    """Counters, configuration, queued faults and known keys, shared by handler threads."""

    def __init__(self, keys):
        self.lock = threading.Lock()
        self.keys = dict(keys)
        self.test_invoke = {}
        self.test_invoke_requests = []
        self.reset()

    def reset(self):
        with self.lock:
            self.requests = []
            self.client_ports = set()
            self.signature_failures = 0
            self.missing_accept = 0
            self.faults = []
            self.config = {"maxPageSize": 500, "defaultPageSize": 25, "stripMethods": "unlessEmbed", "emulatePatch": False}

    def stats(self):
        with self.lock:
            return {"requests": len(self.requests), "log": list(self.requests),
                    "signatureFailures": self.signature_failures, "missingAccept": self.missing_accept,
                    "faultsLeft": len(self.faults), "connections": len(self.client_ports)}


def verify_signature(state, method, raw_path, headers, body):
    """None when the request is signed correctly, else an error (type, message)."""
    auth = headers.get("Authorization")
    if not auth:
        return ("MissingAuthenticationTokenException", "Missing Authentication Token")
    match = AUTH.fullmatch(auth.strip())
    if not match:
        return ("IncompleteSignatureException", "Authorization header is malformed")
    key_id, day, region, service, signed, signature = match.groups()
    with state.lock:
        secret = state.keys.get(key_id)
    if secret is None:
        return ("UnrecognizedClientException", "The security token included in the request is invalid.")
    amz_date = headers.get("X-Amz-Date", "")
    if not amz_date.startswith(day):
        return ("IncompleteSignatureException", "X-Amz-Date does not match the credential scope date")
    signed_names = signed.split(";")
    if "host" not in signed_names:
        return ("IncompleteSignatureException", "host must be signed")
    signed_headers = {}
    for name in signed_names:
        value = headers.get(name)
        if value is None:
            return ("IncompleteSignatureException", f"signed header {name} is missing")
        signed_headers[name] = value
    token = headers.get("X-Amz-Security-Token")
    request = AWSRequest(method=method, url="http://" + headers.get("Host", "") + raw_path, headers=signed_headers, data=body)
    auth_v4 = SigV4Auth(Credentials(key_id, secret, token), service, region)
    when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ")
    with mock.patch("botocore.auth.get_current_datetime", return_value=when):
        auth_v4.add_auth(request)
    expected = AUTH.fullmatch(request.headers["Authorization"]).group(6)
    if expected != signature:
        return ("InvalidSignatureException", "The request signature we calculated does not match the signature you provided.")
    return None


def page(body, query, state):
    """Pages a moto list answer as the real service does."""
    items = body.get("item", [])
    with state.lock:
        default, maximum = state.config["defaultPageSize"], state.config["maxPageSize"]
    limit = min(int(query.get("limit", [default])[0]), maximum)
    start = int(base64.b64decode(query["position"][0]).decode()) if "position" in query else 0
    result = {"item": items[start:start + limit]}
    if start + limit < len(items):
        result["position"] = base64.b64encode(str(start + limit).encode()).decode()
    return result


def strip_methods(body, query, state):
    with state.lock:
        mode = state.config["stripMethods"]
    embedded = "methods" in query.get("embed", [])
    if mode == "never" or (mode == "unlessEmbed" and embedded):
        return body
    for resource in body.get("item", []):
        if "resourceMethods" in resource:
            resource["resourceMethods"] = {name: {} for name in resource["resourceMethods"]}
    return body


def apply_patch(current, operations):
    """UpdateIntegrationResponse's documented semantics over a plain dict."""
    result = json.loads(json.dumps(current))
    for operation in operations:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in operation["path"].split("/")[1:]]
        op, value = operation["op"], operation.get("value")
        if len(parts) == 1:
            if op == "remove":
                result.pop(parts[0], None)
            else:
                result[parts[0]] = value
        elif len(parts) == 2 and parts[0] in ("responseParameters", "responseTemplates"):
            target = result.setdefault(parts[0], {}) or {}
            result[parts[0]] = target
            if op == "remove":
                if parts[1] not in target:
                    raise KeyError(operation["path"])
                del target[parts[1]]
            elif op == "replace" and parts[1] not in target:
                raise KeyError(operation["path"])
            else:
                target[parts[1]] = value
        else:
            raise KeyError(operation["path"])
    return result


def make_handler(state, moto_port, moto_url):
    apigateway = boto3.client("apigateway", endpoint_url=moto_url, region_name="us-east-1",
                              aws_access_key_id="AKIDPEER", aws_secret_access_key="peer-secret")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body, headers=None):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def aws_error(self, status, error_type, message):
            self.reply(status, {"message": message},
                       {"Content-Type": "application/json", "x-amzn-ErrorType": error_type, "x-amzn-RequestId": "peer-" + error_type})

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            split = urllib.parse.urlsplit(self.path)
            if split.path.startswith("/__peer/"):
                return self.control(split.path[len("/__peer/"):], body)
            with state.lock:
                state.requests.append(f"{self.command} {self.path}")
                state.client_ports.add(self.client_address[1])
                if self.headers.get("Accept") != "application/json" and "sts" not in (self.headers.get("Authorization") or ""):
                    state.missing_accept += 1
                fault = state.faults.pop(0) if state.faults else None
            failure = verify_signature(state, self.command, self.path, self.headers, body)
            if failure:
                with state.lock:
                    state.signature_failures += 1
                return self.aws_error(403, *failure)
            if fault:
                if fault.get("delay"):
                    time.sleep(fault["delay"])
                    fault = dict(fault, status=fault.get("status", 200)) if "status" in fault else None
            if fault:
                if fault.get("reset"):
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                status = fault.get("status", 500)
                default_type = "TooManyRequestsException" if status == 429 else "ServiceUnavailableException"
                return self.aws_error(status, fault.get("type", default_type), fault.get("message", "injected by the test peer"))
            query = urllib.parse.parse_qs(split.query)
            match = INTEGRATION_RESPONSE.match(split.path)
            with state.lock:
                emulate = state.config["emulatePatch"]
            if self.command == "PATCH" and match and emulate:
                return self.emulate_patch(match.groups(), body)
            invoke = test_invoke.ROUTE.match(split.path)
            if self.command == "POST" and invoke:
                return self.answer_test_invoke(invoke.groups(), body)
            status, headers, data = self.forward(body, split)
            if self.command == "GET" and status == 200 and any(r.match(split.path) for r in LIST_ROUTES):
                parsed = json.loads(data)
                if split.path.endswith("/resources"):
                    parsed = strip_methods(parsed, query, state)
                data = json.dumps(page(parsed, query, state)).encode()
            if b"<AssumeRoleResponse" in data:
                self.learn_keys(data)
            self.reply(status, data, headers)

        def forward(self, body, split):
            # Moto only looks at the path; listing parameters are the proxy's to apply.
            connection = http.client.HTTPConnection("127.0.0.1", moto_port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "accept-encoding", "connection")}
            headers["Host"] = f"127.0.0.1:{moto_port}"
            path = split.path if any(r.match(split.path) for r in LIST_ROUTES) else self.path
            connection.request(self.command, path, body=body or None, headers=headers)
            response = connection.getresponse()
            data = response.read()
            kept = {k: v for k, v in response.getheaders() if k.lower() in ("content-type", "x-amzn-requestid", "x-amzn-errortype")}
            connection.close()
            return response.status, kept, data

        def emulate_patch(self, ids, body):
            api, resource, method, status = ids
            try:
                current = apigateway.get_integration_response(restApiId=api, resourceId=resource, httpMethod=method, statusCode=status)
            except apigateway.exceptions.NotFoundException as error:
                return self.aws_error(404, "NotFoundException", str(error))
            current.pop("ResponseMetadata", None)
            try:
                updated = apply_patch(current, json.loads(body).get("patchOperations", []))
            except KeyError as error:
                return self.aws_error(400, "BadRequestException", f"Invalid patch path {error}")
            params = {k: updated[k] for k in ("selectionPattern", "responseParameters", "responseTemplates", "contentHandling") if updated.get(k) is not None}
            # AWS returns an empty template as null but stores it as ""; putting it back needs "".
            for key in ("responseParameters", "responseTemplates"):
                if key in params:
                    params[key] = {name: "" if value is None else value for name, value in params[key].items()}
            result = apigateway.put_integration_response(restApiId=api, resourceId=resource, httpMethod=method, statusCode=status, **params)
            result.pop("ResponseMetadata", None)
            self.reply(200, result, {"Content-Type": "application/json", "x-amzn-RequestId": "peer-patch"})

        def answer_test_invoke(self, ids, body):
            status, payload, error_type = test_invoke.answer(state, ids, body)
            if error_type:
                return self.aws_error(status, error_type, payload)
            self.reply(status, payload, {"Content-Type": "application/json", "x-amzn-RequestId": "peer-test-invoke"})

        def learn_keys(self, data):
            text = data.decode()
            key = re.search(r"<AccessKeyId>([^<]+)</AccessKeyId>", text)
            secret = re.search(r"<SecretAccessKey>([^<]+)</SecretAccessKey>", text)
            if key and secret:
                with state.lock:
                    state.keys[key.group(1)] = secret.group(1)

        def control(self, name, body):
            request = json.loads(body) if body else {}
            if name == "stats":
                return self.reply(200, state.stats())
            if name == "reset":
                state.reset()
                return self.reply(200, {})
            if name == "config":
                with state.lock:
                    state.config.update(request)
                return self.reply(200, state.config)
            if name == "faults":
                with state.lock:
                    state.faults.extend(request.get("faults", []))
                return self.reply(200, {})
            if name == "keys":
                with state.lock:
                    state.keys.update(request)
                return self.reply(200, {})
            if name == "seed":
                try:
                    return self.reply(200, seed(apigateway, request))
                except Exception as error:  # the test wants to see what failed
                    return self.reply(400, {"error": type(error).__name__, "message": str(error)})
            if name == "seedTestInvoke":
                try:
                    return self.reply(200, test_invoke.seed_cases(apigateway, state, request.get("name", "PetStore"), seed))
                except Exception as error:  # the test wants to see what failed
                    return self.reply(400, {"error": type(error).__name__, "message": str(error)})
            if name == "testInvokeRequests":
                with state.lock:
                    return self.reply(200, {"requests": list(state.test_invoke_requests)})
            if name == "seedBulk":
                return self.reply(200, seed_bulk(request))
            if name == "boto3":
                try:
                    result = getattr(apigateway, request["op"])(**request.get("params", {}))
                except Exception as error:  # the test wants to see what failed
                    return self.reply(400, {"error": type(error).__name__, "message": str(error)})
                result.pop("ResponseMetadata", None)
                return self.reply(200, json.loads(json.dumps(result, default=str)))
            return self.reply(404, {"message": f"unknown control {name}"})

        do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = handle_any

    return Handler


def seed(apigateway, spec):
    """Creates one REST API from a compact spec; returns its ID and resource IDs by path."""
    api = apigateway.create_rest_api(name=spec["name"], description=spec.get("description", ""))
    api_id = api["id"]
    root = apigateway.get_resources(restApiId=api_id)["items"][0]["id"]
    ids = {"/": root}
    for resource in spec.get("resources", []):
        path = resource["path"]
        if path not in ids:
            parent = "/"
            for part in path.strip("/").split("/"):
                child = (parent.rstrip("/") + "/" + part)
                if child not in ids:
                    ids[child] = apigateway.create_resource(restApiId=api_id, parentId=ids[parent], pathPart=part)["id"]
                parent = child
        rid = ids[path]
        for method in resource.get("methods", []):
            name = method["httpMethod"]
            apigateway.put_method(restApiId=api_id, resourceId=rid, httpMethod=name, authorizationType=method.get("authorizationType", "NONE"))
            for response in method.get("methodResponses", []):
                apigateway.put_method_response(restApiId=api_id, resourceId=rid, httpMethod=name, **response)
            if "integration" in method:
                apigateway.put_integration(restApiId=api_id, resourceId=rid, httpMethod=name, **method["integration"])
            for response in method.get("integrationResponses", []):
                apigateway.put_integration_response(restApiId=api_id, resourceId=rid, httpMethod=name, **response)
    return {"id": api_id, "resources": ids}


def seed_bulk(spec):
    """Creates a large API straight in moto's backend (thousands of boto3 calls would take
    minutes): `resources` resources under `/`, each with `methods`, each with a MOCK
    integration, a 200 method response and a 200 integration response with a template."""
    from moto.apigateway.models import apigateway_backends
    from moto.core import DEFAULT_ACCOUNT_ID

    backend = apigateway_backends[DEFAULT_ACCOUNT_ID]["us-east-1"]
    api = backend.create_rest_api(spec["name"], "bulk")
    root = api.default.id
    for index in range(spec["resources"]):
        resource = backend.create_resource(api.id, root, f"r{index}")
        for method in spec.get("methods", ["GET"]):
            backend.put_method(api.id, resource.id, method, "NONE")
            backend.put_method_response(api.id, resource.id, method, "200", {}, {"method.response.header.X-Id": False})
            backend.put_integration(api.id, resource.id, method, "MOCK", "", "POST", request_templates={"application/json": '{"statusCode": 200}'})
            backend.put_integration_response(api.id, resource.id, method, "200", "", {"application/json": f'{{"resource": {index}}}'},
                                             {"method.response.header.X-Id": "'r'"})
    return {"id": api.id}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--access-key", action="append", default=[])
    parser.add_argument("--secret-key", action="append", default=[])
    args = parser.parse_args()
    keys = dict(zip(args.access_key, args.secret_key))
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    moto.start()
    _, moto_port = moto.get_host_and_port()
    state = State(keys)
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state, moto_port, f"http://127.0.0.1:{moto_port}"))
    proxy.daemon_threads = True
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    print(f"READY moto={moto_port} proxy={proxy.server_address[1]}", flush=True)
    sys.stdin.read()
    proxy.shutdown()
    moto.stop()


if __name__ == "__main__":
    main()
