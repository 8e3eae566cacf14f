"""The IAM Identity Center token cache as botocore writes and reads it (so that file names and
format in the tests are botocore's, not gwx's reading of them):

    python Tests/peers/sso_cache.py write CACHE_DIR START_URL SESSION_NAME|- TOKEN_JSON
    python Tests/peers/sso_cache.py read CACHE_DIR START_URL SESSION_NAME|-

`write` stores TOKEN_JSON (an object; `expiresAt`/`registrationExpiresAt` given as seconds from
now become datetimes, serialised by botocore's own `_sso_json_dumps`) with botocore's
`SSOTokenLoader.save_token` into a `JSONFileCache`, and prints the file's path; `read` loads it
back with `SSOTokenLoader` and prints the token as JSON. `-` means a legacy profile (no
sso_session: the cache is keyed by the start URL).
"""
import datetime
import json
import os
import sys

from botocore.tokens import _sso_json_dumps
from botocore.utils import JSONFileCache, SSOTokenLoader


def loader(directory):
    cache = JSONFileCache(directory, dumps_func=_sso_json_dumps)
    return SSOTokenLoader(cache=cache), cache


def write(directory, start_url, session_name, token):
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for key in ("expiresAt", "registrationExpiresAt"):
        if isinstance(token.get(key), (int, float)):
            token[key] = now + datetime.timedelta(seconds=token[key])
    token_loader, cache = loader(directory)
    token_loader.save_token(start_url, token, session_name=session_name)
    key = token_loader._generate_cache_key(start_url, session_name)
    return cache._convert_cache_key(key)


def read(directory, start_url, session_name):
    token_loader, _ = loader(directory)
    return token_loader(start_url, session_name=session_name)


def main():
    command, directory, start_url, session = sys.argv[1:5]
    session_name = None if session == "-" else session
    if command == "write":
        print(write(directory, start_url, session_name, json.loads(sys.argv[5])))
    elif command == "read":
        print(json.dumps(read(directory, start_url, session_name)))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    os.umask(0o077)
    main()
