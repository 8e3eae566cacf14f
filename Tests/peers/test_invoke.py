"""TestInvokeMethod for the checking proxy (`aws_peer.py`): moto has none, so the proxy answers
it from recorded cases of AWS's documented shape, `test-invoke/*.json` (see the README).

Each case names the method it was recorded on (resource path, HTTP method, its configuration),
the request it was made with, and AWS's answer (botocore's TestInvokeMethodResponse).
"""
import json
import pathlib
import re

ROUTE = re.compile(r"^/restapis/([^/]+)/resources/([^/]+)/methods/([^/]+)$")
CASES = pathlib.Path(__file__).resolve().parent / "test-invoke"


def seed_cases(apigateway, state, name, seed):
    """Seeds one API with every case's method (through `seed`, the peer's spec seeder) and
    registers the cases by (API ID, resource ID, HTTP method) for the proxy to answer."""
    cases = [json.loads(path.read_text()) for path in sorted(CASES.glob("*.json"))]
    resources = {}
    for case in cases:
        method = dict(case["method"], httpMethod=case["httpMethod"])
        resources.setdefault(case["resource"], []).append(method)
    seeded = seed(apigateway, {"name": name, "resources": [{"path": path, "methods": methods} for path, methods in resources.items()]})
    answer = {"id": seeded["id"], "resources": seeded["resources"], "cases": {}}
    with state.lock:
        for case in cases:
            resource_id = seeded["resources"][case["resource"]]
            state.test_invoke[(seeded["id"], resource_id, case["httpMethod"])] = case
            answer["cases"][case["name"]] = {"resourceId": resource_id, "httpMethod": case["httpMethod"], "resource": case["resource"],
                                             "request": case.get("request", {}), "verdict": case.get("verdict")}
    return answer


def answer(state, ids, body):
    """(status, payload, error type or None): the recording, when the request carries what the
    case was recorded with; else AWS's errors (404 for an unknown method, 400 naming the field)."""
    with state.lock:
        case = state.test_invoke.get(tuple(ids))
    if case is None:
        return 404, "Invalid Method identifier specified", "NotFoundException"
    try:
        request = json.loads(body) if body else {}
    except ValueError:
        return 400, "the request body is not JSON", "SerializationException"
    with state.lock:
        state.test_invoke_requests.append({"case": case["name"], "body": request})
    for key, expected in case.get("request", {}).items():
        if request.get(key) != expected:
            return 400, f"recorded case {case['name']} was made with {key}={json.dumps(expected)}, not {json.dumps(request.get(key))}", "BadRequestException"
    return 200, case["response"], None
