"""Parses Terraform text with python-hcl2 and prints the decoded values as JSON.

    python Tests/peers/hcl_decode.py FILE.tf
    python Tests/peers/hcl_decode.py --all FILE.tf...

Prints {"type", "name", "arguments": {k: v}, "maps": {k: {key: value}}, "import": {"to", "id"}},
with strings decoded as Terraform would read them (escapes, heredocs, chomp, `$${`, `%%{`).
With --all: one JSON list, an entry per file, each that object or {"error": message} (the
round-trip property tests decode thousands of files in one run).
"""
import json
import re
import sys

import hcl2


# python-hcl2's lexer rejects a `$${` or `%%{` escape that is not followed by a whole
# interpolation (`"$${"`), which Terraform reads as a literal `${`. The escapes are swapped for
# private-use sentinels before parsing and turned into what Terraform reads after it.
DOLLAR, PERCENT = "\U000F1E00", "\U000F1E01"


def hide_escapes(text):
    return text.replace("$${", DOLLAR).replace("%%{", PERCENT)


def untemplate(text):
    return text.replace(DOLLAR, "${").replace(PERCENT, "%{")


def decode(raw):
    """A python-hcl2 raw value back to the string Terraform would see."""
    chomp = re.fullmatch(r'\$\{chomp\("(.*)"\)\}', raw, re.S)
    if chomp:
        return decode('"' + chomp.group(1) + '"').rstrip("\r\n")
    heredoc = re.fullmatch(r'"<<(\w+)\n(.*)\n\1"', raw, re.S)
    if heredoc:
        return untemplate(heredoc.group(2)) + "\n"
    if raw.startswith('"') and raw.endswith('"'):
        return untemplate(json.loads(raw))
    raise ValueError(f"not a string literal: {raw!r}")


def unquote(key):
    return key[1:-1] if key.startswith('"') and key.endswith('"') else key


def main():
    if sys.argv[1] == "--all":
        results = []
        for path in sys.argv[2:]:
            try:
                results.append(read(path))
            except Exception as error:  # the test reports which file and why
                results.append({"error": f"{type(error).__name__}: {error}"})
        print(json.dumps(results))
        return
    print(json.dumps(read(sys.argv[1])))


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        document = hcl2.loads(hide_escapes(handle.read()))
    (resource,) = document["resource"]
    (rtype, body), = resource.items()
    (name, arguments), = body.items()
    result = {"type": unquote(rtype), "name": unquote(name), "arguments": {}, "maps": {}}
    for key, value in arguments.items():
        if key == "__is_block__":
            continue
        if isinstance(value, dict):
            result["maps"][key] = {unquote(k): decode(v) for k, v in value.items()}
        else:
            result["arguments"][key] = decode(value)
    (block,) = document["import"]
    result["import"] = {"to": block["to"].strip("${}"), "id": decode(block["id"])}
    return result


main()
