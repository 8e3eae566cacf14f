"""End-to-end checks of every credential source through the real gwx binary.

Run by CredentialSourceCommandTests.swift: `python aws_credentials_check.py SCENARIO GWX_BINARY`.
Starts the API peer (moto behind the SigV4-checking proxy, Tests/peers/aws_peer.py) and the
credential fakes (Tests/peers/credential_peer.py), writes `aws configure sso`-style files into
a temporary HOME (and, for SSO, a token cache written by botocore's own code), runs `gwx ls
--debug`, and checks that the API is listed, that the proxy verified the signature made with
the credentials the fake handed out, that `--debug` names the provider, and that no token or
key appears in any output. Scenarios: sso, sso-legacy, sso-refresh, sso-expired,
web-identity, container, imds, mfa (the MFA code typed on a pseudo-terminal, the session
then reused from the AWS CLI's cache by a second command with no terminal), mfa-explorer (the
explorer asks in its modal, the code is typed into it, and the API list appears),
mfa-no-terminal (a code on a pipe and no terminal: refused, never read silently). Prints `OK:` and
exits 0, or `FAIL:` and exits 1.
"""
import fcntl
import json
import os
import pathlib
import pty
import re
import secrets
import select
import shutil
import signal
import subprocess
import struct
import sys
import tempfile
import termios
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tests/peers"))
import sso_cache  # noqa: E402

ACCOUNT, ROLE = "111122223333", "PowerUser"
START_URL = "https://example-org.awsapps.com/start"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def keys(name):
    return {"AccessKeyId": "ASIA" + name.upper().replace("-", "")[:8].ljust(8, "X") + secrets.token_hex(4).upper(),
            "SecretAccessKey": "secret/" + secrets.token_urlsafe(24), "SessionToken": "session+" + secrets.token_urlsafe(40),
            "Expiration": "2099-01-01T00:00:00Z"}


class Peer:
    def __init__(self, script, *arguments):
        self.process = subprocess.Popen([sys.executable, str(ROOT / "Tests/peers" / script), *arguments],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("READY"):
            fail(f"{script} did not start: {line!r}")
        self.ports = dict(part.split("=") for part in line.split()[1:])

    def call(self, port, name, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.ports[port]}/__peer/{name}", data=data,
                                         method="GET" if body is None else "POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def run_gwx(binary, env, arguments, tty_input=None, piped_input=None, quit_when=None, prompt=b"Enter MFA code for"):
    """gwx's exit status, stdout and stderr; under a pseudo-terminal when tty_input is given,
    else in a new session with no controlling terminal (piped_input on its stdin). With
    quit_when, `q` is typed once that text is on the screen (the explorer). tty_input is typed
    once `prompt` is on the screen (the explorer's MFA modal, or the command line's question)."""
    if tty_input is None:
        result = subprocess.run([binary, *arguments], capture_output=True, text=True, env=env, timeout=60,
                                input=piped_input or "", start_new_session=True)
        return result.returncode, result.stdout, result.stderr
    errors = tempfile.TemporaryFile()
    pid, master = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal; stdin is a closed pipe, as in CI
        if not quit_when:  # `gwx ls`: stdin a closed pipe; the explorer needs the terminal on stdin
            read_end, write_end = os.pipe()
            os.close(write_end)
            os.dup2(read_end, 0)
        os.dup2(errors.fileno(), 2)
        os.execve(binary, [binary, *arguments], env)
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    screen, sent, quitting, deadline = b"", False, False, time.time() + 60
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
        if not sent and prompt in screen:
            os.write(master, tty_input.encode() + b"\r")
            sent = True
            prompted_at = len(screen)
        if sent and quit_when and not quitting and quit_when.encode() in screen[prompted_at:]:
            os.write(master, b"q")
            quitting = True
    give_up = time.time() + 10
    while True:
        reaped, status = os.waitpid(pid, os.WNOHANG)
        if reaped:
            break
        if time.time() > give_up:  # still running well after the deadline or its output ended: it hung
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.05)
    os.close(master)
    errors.seek(0)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace"), errors.read().decode(errors="replace")


def main():
    scenario, binary = sys.argv[1], sys.argv[2]
    issued = keys(scenario)
    base = keys("base")
    home = pathlib.Path(tempfile.mkdtemp(prefix="gwx-cred-"))
    api_peer = Peer("aws_peer.py", "--access-key", issued["AccessKeyId"], "--secret-key", issued["SecretAccessKey"])
    fakes = Peer("credential_peer.py")
    try:
        check(scenario, binary, home, api_peer, fakes, issued, base)
    finally:
        api_peer.stop()
        fakes.stop()
        shutil.rmtree(home, ignore_errors=True)


def check(scenario, binary, home, api_peer, fakes, issued, base):
    fake_url = f"http://127.0.0.1:{fakes.ports['port']}"
    proxy_url = f"http://127.0.0.1:{api_peer.ports['proxy']}"
    api_name = f"cred-{scenario}-{secrets.token_hex(3)}"
    api_peer.call("proxy", "boto3", {"op": "create_rest_api", "params": {"name": api_name}})
    (home / ".aws").mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_ENDPOINT_URL_SSO": fake_url, "AWS_ENDPOINT_URL_SSO_OIDC": fake_url, "AWS_ENDPOINT_URL_STS": fake_url}
    arguments = ["ls", "--debug", "--endpoint-url", proxy_url]
    secret_texts = [issued["SecretAccessKey"], issued["SessionToken"], base["SecretAccessKey"]]
    config = ""
    expect_status, expect_in_debug, tty_input = 0, None, None
    sso_session = "my-sso"
    cache_dir = str(home / ".aws/sso/cache")
    access_token = "aoa" + secrets.token_urlsafe(30)
    refresh_token = "aor" + secrets.token_urlsafe(30)
    client_secret = "client-secret-" + secrets.token_urlsafe(30)
    new_access_token = "aoa-new-" + secrets.token_urlsafe(30)
    secret_texts += [access_token, refresh_token, client_secret, new_access_token]

    if scenario.startswith("sso"):
        legacy = scenario == "sso-legacy"
        if legacy:
            config = (f"[profile dev]\nsso_start_url = {START_URL}\nsso_region = us-east-1\nsso_account_id = {ACCOUNT}\n"
                      f"sso_role_name = {ROLE}\nregion = us-east-1\n")
        else:
            config = (f"[profile dev]\nsso_session = {sso_session}\nsso_account_id = {ACCOUNT}\nsso_role_name = {ROLE}\nregion = us-east-1\n"
                      f"\n[sso-session {sso_session}]\nsso_start_url = {START_URL}\nsso_region = us-east-1\n"
                      "sso_registration_scopes = sso:account:access\n")
        expires = {"sso": 3600, "sso-legacy": 3600, "sso-refresh": -60, "sso-expired": -60}[scenario]
        token = {"startUrl": START_URL, "region": "us-east-1", "accessToken": access_token, "expiresAt": expires}
        if scenario == "sso-refresh":
            token.update({"clientId": "client-id-1", "clientSecret": client_secret, "registrationExpiresAt": 86400 * 30,
                          "refreshToken": refresh_token})
        cache_file = sso_cache.write(cache_dir, START_URL, None if legacy else sso_session, token)
        fakes.call("port", "config", {
            "sso": {"accessTokens": [access_token], "accountId": ACCOUNT, "roleName": ROLE, "credentials": issued},
            "oidc": {"clientId": "client-id-1", "clientSecret": client_secret, "refreshToken": refresh_token,
                     "newAccessToken": new_access_token, "newRefreshToken": refresh_token + "-2", "expiresIn": 28800}})
        secret_texts.append(refresh_token + "-2")
        arguments += ["--profile", "dev"]
        expect_in_debug = "IAM Identity Center (SSO) role PowerUser"
        if scenario == "sso-expired":
            expect_status = 1
    elif scenario == "web-identity":
        token = "eyJ" + secrets.token_urlsafe(60)
        secret_texts.append(token)
        (home / "token").write_text(token + "\n")
        env.update({"AWS_WEB_IDENTITY_TOKEN_FILE": str(home / "token"), "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/ci",
                    "AWS_ROLE_SESSION_NAME": "gh-actions", "AWS_REGION": "us-east-1"})
        fakes.call("port", "config", {"webIdentity": {"token": token, "roleArn": "arn:aws:iam::111122223333:role/ci", "credentials": issued}})
        expect_in_debug = "web identity"
    elif scenario == "container":
        auth = "Bearer-" + secrets.token_urlsafe(30)
        secret_texts.append(auth)
        (home / "auth").write_text(auth)
        env.update({"AWS_CONTAINER_CREDENTIALS_FULL_URI": fake_url + "/v2/credentials/abc",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": str(home / "auth"), "AWS_REGION": "us-east-1"})
        fakes.call("port", "config", {"container": {"path": "/v2/credentials/abc", "authToken": auth, "credentials": issued}})
        expect_in_debug = "container credentials endpoint"
    elif scenario == "imds":
        env.pop("AWS_EC2_METADATA_DISABLED")
        env.update({"AWS_EC2_METADATA_SERVICE_ENDPOINT": fake_url, "AWS_REGION": "us-east-1"})
        fakes.call("port", "config", {"imds": {"role": "ec2-role", "credentials": issued}})
        expect_in_debug = "EC2 instance metadata (IMDSv2) role ec2-role"
    elif scenario in ("mfa", "mfa-no-terminal", "mfa-explorer"):
        code = f"{secrets.randbelow(10**6):06d}"
        serial = "arn:aws:iam::111122223333:mfa/alice"
        (home / ".aws/credentials").write_text(f"[base]\naws_access_key_id = {base['AccessKeyId']}\naws_secret_access_key = {base['SecretAccessKey']}\n")
        config = (f"[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/admin\nsource_profile = base\n"
                  f"mfa_serial = {serial}\nregion = us-east-1\n")
        fakes.call("port", "config", {"assumeRole": {"roleArn": "arn:aws:iam::111122223333:role/admin", "mfaSerial": serial,
                                                     "mfaCode": code, "credentials": issued,
                                                     "keys": {base["AccessKeyId"]: base["SecretAccessKey"]}}})
        arguments += ["--profile", "admin"]
        expect_in_debug = "role arn:aws:iam::111122223333:role/admin"
        if scenario == "mfa-explorer":
            arguments = ["--debug", "--endpoint-url", proxy_url, "--profile", "admin"]
            env["TERM"] = "xterm-256color"
            tty_input = code
        elif scenario == "mfa":
            tty_input = code
        else:
            expect_status = 1
    else:
        fail(f"unknown scenario {scenario}")
    (home / ".aws/config").write_text(config)

    status, out, err = run_gwx(binary, env, arguments, tty_input, piped_input=code + "\n" if scenario == "mfa-no-terminal" else None,
                               quit_when=api_name if scenario == "mfa-explorer" else None,
                               # The explorer asks in a modal titled "MFA code for SERIAL" (curses may
                               # draw the title's blanks as cursor moves: the serial is the marker).
                               prompt=b"mfa/alice" if scenario == "mfa-explorer" else b"Enter MFA code for")
    for text in secret_texts:
        if text in out + err:
            fail(f"a secret ({text[:6]}…) reached gwx's output:\n{out}{err}")
    if status != expect_status:
        fail(f"gwx exited {status}, not {expect_status}:\n{out}\n{err}")
    log = fakes.call("port", "log")["log"]
    stats = api_peer.call("proxy", "stats")

    if scenario == "sso-expired":
        lines = [line for line in err.splitlines() if not line.startswith("gwx debug:")]
        if len(lines) != 1 or "aws sso login --profile dev" not in lines[0]:
            fail(f"expected one line asking for `aws sso login --profile dev`, got:\n{err}")
        if any(entry["path"] == "/federation/credentials" for entry in log) or stats["requests"] != 0:
            fail(f"an expired token that cannot be refreshed must not be sent: {log} {stats}")
        print("OK:", scenario, lines[0])
        return

    if scenario == "mfa-no-terminal":
        lines = [line for line in err.splitlines() if not line.startswith("gwx debug:")]
        if len(lines) != 1 or "no terminal to ask on" not in lines[0] or "mfa/alice" not in lines[0]:
            fail(f"expected one line saying there is no terminal for the MFA code, got:\n{err}")
        if log or stats["requests"] != 0:
            fail(f"without a code nothing may be sent: {log} {stats}")
        print("OK:", scenario, lines[0])
        return

    if api_name not in out:
        fail(f"`gwx ls` did not list {api_name}:\n{out}\n{err}")
    if stats["signatureFailures"] != 0 or stats["requests"] < 1:
        fail(f"the proxy did not verify the API calls with the issued keys: {stats}")
    debug = [line for line in err.splitlines() if line.startswith("gwx debug: credentials from")]
    if not debug or expect_in_debug not in debug[0] or issued["AccessKeyId"] not in debug[0]:
        fail(f"--debug does not name the provider ({expect_in_debug}) and the issued key:\n{err}")

    if scenario.startswith("sso"):
        portal = [entry for entry in log if entry["path"] == "/federation/credentials"]
        if len(portal) != 1:
            fail(f"expected one GetRoleCredentials call, saw {log}")
        sent = portal[0]["headers"].get("x-amz-sso_bearer_token")
        wanted = new_access_token if scenario == "sso-refresh" else access_token
        if sent != wanted:
            fail("GetRoleCredentials was not sent the expected bearer token")
        if scenario == "sso-refresh":
            if not any(entry["path"] == "/token" for entry in log):
                fail(f"no CreateToken call: {log}")
            reread = sso_cache.read(cache_dir, START_URL, sso_session)
            if reread.get("accessToken") != new_access_token or reread.get("refreshToken") != refresh_token + "-2":
                fail("botocore does not read the refreshed token back from the cache")
            if sorted(os.listdir(cache_dir)) != [os.path.basename(cache_file)]:
                fail(f"the cache folder holds more than botocore's file: {os.listdir(cache_dir)}")
            if os.stat(cache_file).st_mode & 0o077:
                fail("the rewritten cache file is readable by others")
    if scenario == "imds":
        methods = [(entry["method"], entry["path"]) for entry in log]
        if methods[:1] != [("PUT", "/latest/api/token")]:
            fail(f"IMDSv2 must begin with PUT /latest/api/token: {methods}")
    if scenario in ("mfa", "mfa-explorer"):
        if scenario == "mfa" and "Enter MFA code for arn:aws:iam::111122223333:mfa/alice" not in out:
            fail(f"no MFA prompt on the terminal:\n{out}")
        if scenario == "mfa-explorer":
            if "Enter MFA code" in out or not re.search(r"MFA.{0,20}code.{0,20}for.{0,20}arn:aws:iam::111122223333:mfa/alice", out):
                fail(f"the explorer did not ask in its modal (\"MFA code for …\"):\n{out}")
        if tty_input in out:
            fail("the MFA code was echoed")
        calls = [entry for entry in log if entry["path"] == "/"]
        if len(calls) != 1:
            fail(f"expected one AssumeRole call (asked once), saw {len(calls)}")
        if scenario == "mfa":
            # The session went where the AWS CLI keeps it: the next command, with no terminal, asks nothing.
            cached = list((home / ".aws/cli/cache").glob("*.json"))
            if len(cached) != 1 or cached[0].stat().st_mode & 0o077:
                fail(f"expected one private session file in ~/.aws/cli/cache, saw {cached}")
            status, again, again_err = run_gwx(binary, env, arguments)
            if status != 0 or api_name not in again or "Enter MFA code" in again + again_err:
                fail(f"the cached MFA session was not reused:\n{again}\n{again_err}")
            for text in secret_texts:
                if text in again + again_err:
                    fail("a secret reached the second run's output")
            if len([entry for entry in fakes.call("port", "log")["log"] if entry["path"] == "/"]) != 1:
                fail("the second command called AssumeRole again")
    print("OK:", scenario)


if __name__ == "__main__":
    main()
