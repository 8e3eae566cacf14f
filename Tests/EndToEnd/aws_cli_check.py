"""End-to-end check of the real gwx binary against moto (behind the signature-checking proxy).

Run by AWSCommandLineTests.swift: `python aws_cli_check.py GWX_BINARY`. Seeds an API with the
Terraform example's integration response (plus a CORS header and a JSON template) through
boto3, and a CORS `OPTIONS` response with an empty template (AWS returns it as null), then
checks that `gwx ls` lists it, that `gwx ls ID --output json` equals what boto3 reads back
(null included), that `gwx export terraform`, read by HashiCorp's HCL (Tools/hcl-check), gives
back every template byte for byte (the issue's CRLF template and the empty template included),
and that `gwx lint` reads the API and finds a header mapping the method response does not
declare. Prints what failed and exits 1 on the first difference.
"""
import json
import os
import pathlib
import subprocess
import sys
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
ACCESS, SECRET = "AKIDGWXTEST", "gwx/test+SECRET/key"
XML_TEMPLATE = """#set($inputRoot = $input.path('$'))
<?xml version="1.0" encoding="UTF-8"?>
<message>
    $inputRoot.body
</message>
"""
JSON_TEMPLATE = '{"greeting": "${greeting} こんにちは", "percent": "%{x}"}'
CRLF_TEMPLATE = "line one\r\nline two\r\n$input.body\r\n"


# A CORS preflight as the console and `aws apigateway put-integration-response
# --response-templates '{"application/json": ""}'` create it: AWS returns the template as null.
CORS_OPTIONS = {
    "httpMethod": "OPTIONS",
    "methodResponses": [{"statusCode": "200", "responseParameters": {
        "method.response.header.Access-Control-Allow-Origin": False, "method.response.header.Access-Control-Allow-Methods": False}}],
    "integration": {"type": "MOCK", "requestTemplates": {"application/json": '{"statusCode": 200}'}},
    "integrationResponses": [{"statusCode": "200", "responseTemplates": {"application/json": ""},
                              "responseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'",
                                                     "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS'"}}],
}


def decode_terraform(hcl_text):
    """gwx's Terraform text as HashiCorp's HCL and go-cty read it (Tools/hcl-check): the
    resource block and the import block."""
    checker = subprocess.run([str(ROOT / "Tools/hcl-check/build.sh")], capture_output=True, text=True)
    if checker.returncode != 0:
        fail(f"could not build Tools/hcl-check: {checker.stderr}")
    read = subprocess.run([checker.stdout.strip()], input=hcl_text.encode(), capture_output=True)
    if read.returncode != 0:
        fail(f"HCL rejected `gwx export terraform`: {read.stderr.decode()}\n{hcl_text}")
    resource, import_block = json.loads(read.stdout)["blocks"]
    return resource, import_block


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def control(proxy, name, body):
    request = urllib.request.Request(f"{proxy}/__peer/{name}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def gwx(binary, proxy, *arguments, expected_status=0):
    env = dict(os.environ, AWS_ACCESS_KEY_ID=ACCESS, AWS_SECRET_ACCESS_KEY=SECRET, AWS_REGION="us-east-1",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    env.pop("AWS_PROFILE", None)
    env.pop("AWS_SESSION_TOKEN", None)
    result = subprocess.run([binary, *arguments, "--endpoint-url", proxy], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode != expected_status:
        fail(f"gwx {' '.join(arguments)} exited {result.returncode}, not {expected_status}: {result.stdout}{result.stderr}")
    if SECRET in result.stdout + result.stderr:
        fail("the secret key reached gwx's output")
    return result.stdout


def main():
    binary = sys.argv[1]
    peer = subprocess.Popen([sys.executable, str(ROOT / "Tests/peers/aws_peer.py"), "--access-key", ACCESS, "--secret-key", SECRET],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = peer.stdout.readline()
        if not line.startswith("READY"):
            fail(f"the AWS peer did not start: {line!r}")
        ports = dict(part.split("=") for part in line.split()[1:])
        proxy = f"http://127.0.0.1:{ports['proxy']}"
        seeded = control(proxy, "seed", {
            "name": "MyDemoAPI", "description": "This is my API for demonstration purposes",
            "resources": [{"path": "/mydemoresource", "methods": [{
                "httpMethod": "GET",
                "methodResponses": [{"statusCode": "200", "responseParameters": {"method.response.header.Access-Control-Allow-Origin": False}}],
                "integration": {"type": "MOCK", "requestTemplates": {"application/json": '{"statusCode": 200}'}},
                "integrationResponses": [{"statusCode": "200", "selectionPattern": "",
                                          "responseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
                                          "responseTemplates": {"application/xml": XML_TEMPLATE, "application/json": JSON_TEMPLATE,
                                                                "text/plain": CRLF_TEMPLATE}}],
            }, CORS_OPTIONS]}],
        })
        api_id, resource_id = seeded["id"], seeded["resources"]["/mydemoresource"]

        listing = gwx(binary, proxy, "ls")
        if "MyDemoAPI" not in listing or api_id not in listing:
            fail(f"`gwx ls` does not list the seeded API:\n{listing}")

        rows = json.loads(gwx(binary, proxy, "ls", api_id, "--output", "json"))
        if sorted(row["httpMethod"] for row in rows) != ["GET", "OPTIONS"]:
            fail(f"expected the GET and OPTIONS integration responses, got {rows}")
        for row in rows:
            expected = control(proxy, "boto3", {"op": "get_integration_response",
                                                "params": {"restApiId": api_id, "resourceId": resource_id, "httpMethod": row["httpMethod"], "statusCode": "200"}})
            expected.pop("ResponseMetadata", None)
            fields = {key: row[key] for key in ("statusCode", "selectionPattern", "responseParameters", "responseTemplates", "contentHandling") if key in row}
            if fields != expected:
                fail(f"{row['httpMethod']}: gwx {fields!r} != boto3 {expected!r}")
            if (row["restApiId"], row["resourceId"], row["resourcePath"]) != (api_id, resource_id, "/mydemoresource"):
                fail(f"row IDs: {row}")
        cors = next(row for row in rows if row["httpMethod"] == "OPTIONS")
        if cors.get("responseTemplates") != {"application/json": None}:
            fail(f"the CORS response's empty template must show as null, as AWS returns it: {cors}")

        import_id = f"{api_id}/{resource_id}/GET/200"
        hcl_text = gwx(binary, proxy, "export", "terraform", import_id)
        resource, import_block = decode_terraform(hcl_text)
        templates = resource["attributes"]["response_templates"]
        for content_type, template in (("application/json", JSON_TEMPLATE), ("application/xml", XML_TEMPLATE),
                                       ("text/plain", CRLF_TEMPLATE)):
            if templates.get(content_type) != template:
                fail(f"{content_type} template did not round-trip: {templates.get(content_type)!r}\n{hcl_text}")
        if import_block["attributes"]["id"] != import_id:
            fail(f"import block: {import_block}")
        # An empty template is a value: Terraform must get `"application/json" = ""`, or applying
        # the export would drop the entry and change the API.
        cors_resource, _ = decode_terraform(gwx(binary, proxy, "export", "terraform", f"{api_id}/{resource_id}/OPTIONS/200"))
        if cors_resource["attributes"].get("response_templates") != {"application/json": ""}:
            fail(f"the CORS response's empty template is missing from Terraform: {cors_resource['attributes']}")
        if cors_resource["attributes"].get("response_parameters") != CORS_OPTIONS["integrationResponses"][0]["responseParameters"]:
            fail(f"the CORS headers did not round-trip through Terraform: {cors_resource['attributes']}")
        # gwx lint reads the same API: clean as seeded; then a 404 mapping a header its method
        # response does not declare (moto accepts it; API Gateway would not) is an error.
        report = json.loads(gwx(binary, proxy, "lint", api_id, "--output", "json"))
        if report["findings"] != [] or report["errors"] != 0:
            fail(f"gwx lint on the seeded API: {report}")
        method = {"restApiId": api_id, "resourceId": resource_id, "httpMethod": "GET"}
        control(proxy, "boto3", {"op": "put_method_response", "params": dict(method, statusCode="404")})
        control(proxy, "boto3", {"op": "put_integration_response", "params": dict(
            method, statusCode="404", selectionPattern="404", responseParameters={"method.response.header.X-Missing": "'no'"})})
        report = json.loads(gwx(binary, proxy, "lint", api_id, "--output", "json", expected_status=1))
        found = [(f["rule"], f["statusCode"], f["location"].get("key")) for f in report["findings"]]
        if found != [("undeclared-header", "404", "method.response.header.X-Missing")]:
            fail(f"gwx lint after the 404 was added: {report}")
        print("OK: gwx ls, gwx ls --output json, gwx export terraform and gwx lint agree with moto and boto3")
    finally:
        peer.stdin.close()
        peer.wait(timeout=30)


if __name__ == "__main__":
    main()
