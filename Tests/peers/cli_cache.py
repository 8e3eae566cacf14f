"""The AWS CLI's assume-role cache (`~/.aws/cli/cache`) as botocore names and writes it:

    python Tests/peers/cli_cache.py key ROLE_ARN EXTRA_ARGS_JSON
    python Tests/peers/cli_cache.py write CACHE_DIR ROLE_ARN EXTRA_ARGS_JSON CREDENTIALS_JSON SECONDS_LEFT

`key` prints the cache key botocore's AssumeRoleCredentialFetcher computes for these AssumeRole
arguments (SerialNumber, ExternalId, DurationSeconds, RoleSessionName); `write` stores a
response under that key with botocore's JSONFileCache (the CLI's cache class; the expiration a
datetime, serialised as the CLI does) and prints the file's path.
"""
import datetime
import json
import sys

from botocore.credentials import AssumeRoleCredentialFetcher
from botocore.utils import JSONFileCache


def fetcher(role_arn, extra_args, cache=None):
    return AssumeRoleCredentialFetcher(client_creator=None, source_credentials=None, role_arn=role_arn,
                                       extra_args=extra_args, cache=cache)


def main():
    command = sys.argv[1]
    if command == "key":
        print(fetcher(sys.argv[2], json.loads(sys.argv[3]))._cache_key)
    elif command == "write":
        directory, role_arn, extra, credentials, seconds = sys.argv[2:7]
        cache = JSONFileCache(directory)
        key = fetcher(role_arn, json.loads(extra), cache)._cache_key
        credentials = json.loads(credentials)
        credentials["Expiration"] = (datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
                                     + datetime.timedelta(seconds=int(seconds)))
        cache[key] = {"Credentials": credentials}
        print(cache._convert_cache_key(key))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
