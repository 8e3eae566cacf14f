#!/usr/bin/env python3
"""Prints what PyYAML (or Python's json module) reads from a file, in the canonical shape
that gwx's tests compare with: {"map": [[k, v], ...]}, {"seq": [...]}, {"str": s},
{"int": "12"}, {"float": "1.5"}, {"bool": true}, {"null": true}; or {"error": message}.

Usage: canonical.py FILE...   (prints one JSON list, a result per file)
"""
import json
import math
import sys

import yaml


def canon(value):
    if isinstance(value, dict):
        return {"map": [[canon(k), canon(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return {"seq": [canon(v) for v in value]}
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {"float": "nan"}
        if math.isinf(value):
            return {"float": "inf" if value > 0 else "-inf"}
        return {"float": repr(value)}
    if value is None:
        return {"null": True}
    return {"str": value if isinstance(value, str) else str(value)}


def load_text(text, is_json=False):
    try:
        if is_json:
            return canon(json.loads(text))
        return canon(yaml.safe_load(text))
    except (yaml.YAMLError, ValueError) as error:
        return {"error": str(error).splitlines()[0]}


if __name__ == "__main__":
    results = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as source:
            results.append(load_text(source.read(), path.endswith(".json")))
    # ASCII only: Foundation's JSONSerialization drops a raw U+FEFF inside a string.
    json.dump(results, sys.stdout, ensure_ascii=True)
