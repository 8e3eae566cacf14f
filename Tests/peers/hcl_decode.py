"""Parses Terraform text with python-hcl2 and prints the decoded values as JSON.

    python Tests/peers/hcl_decode.py FILE.tf

Prints {"type", "name", "arguments": {k: v}, "maps": {k: {key: value}}, "import": {"to", "id"}},
with strings decoded as Terraform would read them (escapes, heredocs, chomp, `$${`, `%%{`).
"""
import json
import re
import sys

import hcl2


def untemplate(text):
    return text.replace("$${", "${").replace("%%{", "%{")


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
    with open(sys.argv[1]) as handle:
        document = hcl2.load(handle)
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
    print(json.dumps(result))


main()
