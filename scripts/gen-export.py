#!/usr/bin/env python3
"""Writes a generated API Gateway Swagger 2 export for `make bench`.

    gen-export.py COUNT OUT.json [OUT.yaml]

COUNT resources, each a GET with a mock integration and one integration response, in a
two-level tree (/gNN with up to 99 children /gNN/rNNNNN), written as one line of JSON
(about 3.2 MB for 10,000), and the same document as YAML (PyYAML, block style).
"""
import json
import sys


def operation(path):
    return {
        "responses": {"200": {"description": "200 response"}},
        "x-amazon-apigateway-integration": {
            "type": "mock",
            "responses": {"default": {"statusCode": "200",
                                      "responseTemplates": {"application/json": "{\"path\": \"%s\"}" % path}}},
            "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
            "passthroughBehavior": "when_no_match",
        },
    }


def export(count):
    paths = {}
    group = 0
    while len(paths) < count:
        parent = "/g%02d" % group
        paths[parent] = {"get": operation(parent)}
        for child in range(min(99, count - len(paths))):
            path = "%s/r%05d" % (parent, group * 99 + child)
            paths[path] = {"get": operation(path)}
        group += 1
    return {
        "swagger": "2.0",
        "info": {"version": "2026-12-04T00:00:00Z", "title": "bench-%d" % count},
        "host": "abc123defg.execute-api.eu-west-1.amazonaws.com",
        "basePath": "/prod",
        "schemes": ["https"],
        "paths": paths,
    }


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    document = export(int(sys.argv[1]))
    with open(sys.argv[2], "w") as out:
        json.dump(document, out, ensure_ascii=False)
    if len(sys.argv) == 4:
        import yaml
        with open(sys.argv[3], "w") as out:
            yaml.dump(document, out, Dumper=getattr(yaml, "CDumper", yaml.Dumper), default_flow_style=False,
                      sort_keys=False, allow_unicode=True, width=1000)


main()
