#!/usr/bin/env python3
"""Records what PyYAML reads from small YAML cases and from every YAML export fixture.

gwx's own YAML parser is tested against these recordings (ExportFileYAMLOracleTests).
Regenerate after changing the cases or the fixtures:

    python3 Tests/GatewayClientTests/Fixtures/exports/yaml-oracle/record.py

Needs PyYAML (listed in requirements-test.txt).
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from canonical import load_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORTS = os.path.dirname(HERE)

CASES = [
    ("scalar mapping", "a: 1\nb: two\n"),
    ("nested mapping", "a:\n  b:\n    c: d\n  e: f\ng: h\n"),
    ("sequence of scalars", "- a\n- b\n- c\n"),
    ("sequence at key indentation", "key:\n- a\n- b\nother: x\n"),
    ("indented sequence", "key:\n  - a\n  - b\nother: x\n"),
    ("compact mappings in sequence", "- a: 1\n  b: 2\n- c: 3\n"),
    ("nested compact sequences", "- - a\n  - b\n- c\n"),
    ("multi-line plain", "a: foo\n  bar\n\n  baz\nb: x\n"),
    ("single quoted", "a: 'it''s'\nb: 'one\n  two\n\n  three'\n"),
    ("double quoted escapes", 'a: "tab\\tnl\\nq\\"bs\\\\x\\x41u\\u00e9U\\U0001F600"\n'),
    ("double quoted escaped line break", 'a: "abc\\\n   def"\nb: "x \\\n  y"\n'),
    ("double quoted folding", 'a: "one\n  two\n\n  three  "\n'),
    ("literal clip", "a: |\n  line 1\n  line 2\nb: x\n"),
    ("literal strip", "a: |-\n  line 1\n  line 2\nb: x\n"),
    ("literal keep", "a: |+\n  line 1\n\n\nb: x\n"),
    ("literal clip trailing blanks", "a: |\n  line 1\n\n\nb: x\n"),
    ("literal with indentation indicator", "a: |2\n    indented\n  normal\n"),
    ("literal with leading empty lines", "a: |\n\n  x\n"),
    ("literal more-indented lines", "a: |\n  x\n    y\n  z\n"),
    ("literal at end without newline", "a: |-\n  x"),
    ("literal clip at end without newline", "a: |\n  x"),
    ("folded", "a: >\n  x\n  y\n\n  z\n   w\n  q\n"),
    ("folded strip", "a: >-\n  one\n  two\n"),
    ("literal in sequence", "- |\n  a\n  b\n- >\n  c\n  d\n"),
    ("literal with header comment", "a: | # note\n  x\n"),
    ("comments everywhere", "# top\na: 1 # one\n# between\nb:\n  # inside\n  c: 2\n\n# end\n"),
    ("document markers", "%YAML 1.1\n---\na: 1\n...\n"),
    ("only comments", "# nothing\n"),
    ("flow sequence", "a: [1, two, 'three', \"four\"]\n"),
    ("flow mapping", "a: {b: c, d: [e, f], g: {h: i}}\n"),
    ("flow multi-line trailing comma", "a: {\n  b: 1,\n  c: 2,\n}\n"),
    ("json-like flow", '{"a":1,"b":[true,null,"x"],"c":{"d":"e"}}\n'),
    ("empty flow", "a: {}\nb: []\n"),
    ("anchors and aliases", "base: &b\n  x: 1\nother: *b\nlist: [&s str, *s]\n"),
    ("nulls", "a:\nb: ~\nc: null\nd: Null\n"),
    ("booleans", "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: False\n"),
    ("integers", "a: 0x1F\nb: 017\nc: 1_000\nd: -42\ne: +7\nf: 0\ng: 0b101\n"),
    ("floats", "a: 1.5\nb: .5\nc: -.inf\nd: 1e+3\ne: 1.0e+3\nf: 6.02e+23\n"),
    ("quoted numbers", "a: \"200\"\nb: '404'\n\"500\": x\n"),
    ("plain with colons", "url: http://example.com/a:b\ntime: 12:30\n"),
    ("trailing comment and spaces", "key:    value   # comment\nother: 'q'   # c\n"),
    ("key with spaces", "a key: v\n'quoted key': w\n\"dq key\": x\n"),
    ("space before colon", "a  : 1\n"),
    ("hash inside plain", "a: b#c\nd: e #f\n"),
    ("indicator-like plain starts", "a: -x\nb: :y\nc: ?z\nd: x-y\n"),
    ("unicode", "名前: 値\nemoji: \"😀 ok\"\nplain: café 😀\n"),
    ("crlf line endings", "a: 1\r\nb:\r\n  c: |\r\n    x\r\n    y\r\n"),
    ("top-level sequence of mappings", "- name: a\n  value: 1\n- name: b\n  value: 2\n"),
    ("mapping value on next line", "a:\n  value\nb: x\n"),
    ("deep block scalar", "paths:\n  /pets:\n    get:\n      x-t:\n        application/json: |\n          #set($x = 1)\n          {\"a\": $x}\n"),
    ("tagged string", "a: !!str 123\nb: !!int \"7\"\n"),
    ("plain multi-line in sequence", "- one\n  two\n- three\n"),
    ("explicit document end then comment", "a: 1\n... # done\n"),
    ("indented root", "  a: 1\n  b: 2\n"),
    ("empty sequence items", "-\n- a\n-\n"),
    ("mapping with empty value then sequence", "a:\nb:\n  - 1\n"),
    ("literal keeps trailing spaces", "a: |\n  x  \n  y\n"),
    ("folded more indented", "a: >\n  one\n    two\n  three\n"),
    ("single quoted multi-line leading spaces", "a: 'x\n    y'\n"),
    ("error: tab indentation", "a:\n\tb: 1\n"),
    ("error: unclosed flow", "a: {b: 1\n"),
    ("error: unclosed flow sequence", "a: [1, 2\n"),
    ("error: unterminated quote", "a: \"abc\n"),
    ("error: bad indentation", "a:\n  b: 1\n c: 2\n"),
    ("error: value after value", "a: b: c\n"),
    ("error: missing colon", "a: 1\nb\n"),
    ("error: sequence in mapping", "a: 1\n- b\n"),
    ("error: unknown alias", "a: *nope\n"),
    ("error: second document", "a: 1\n---\nb: 2\n"),
    ("error: invalid escape", 'a: "\\q"\n'),
    # YAML 1.1 merge keys (`<<`); PyYAML before 6.0.4 (6.0.4 lets later mappings of a list win).
    ("merge single alias", "base: &b\n  x: 1\n  y: 2\nm:\n  <<: *b\n  z: 3\n"),
    ("merge list of aliases", "a: &a {x: 1}\nb: &b {y: 2}\nm:\n  <<: [*a, *b]\n  z: 3\n"),
    ("merge list earlier wins", "a: &a {key: 1, x: 1}\nb: &b {key: 2, y: 2}\nm: {<<: [*a, *b], z: 0}\n"),
    ("merge inline mapping", "m:\n  <<:\n    x: 1\n    y: 2\n  y: 3\n"),
    ("merge inline flow mapping", "m: {<<: {a: 1, b: 2}, b: 3, c: 4}\n"),
    ("merge own keys win wherever written", "base: &b {x: 1, y: 2}\nm:\n  y: own\n  <<: *b\n  z: 3\n"),
    ("merge nested", "a: &a {x: 1, y: 1}\nb: &b\n  <<: *a\n  y: 2\n  w: 2\nm:\n  <<: *b\n  w: 3\n"),
    ("merge list with inline mapping", "a: &a {x: 1}\nm: {<<: [*a, {x: 2, y: 2}]}\n"),
    ("merge block list", "a: &a {x: 1}\nb: &b {y: 2}\nm:\n  <<:\n    - *a\n    - *b\n"),
    ("merge of merged sequence values", "a: &a\n  list: [1, 2]\n  map: {k: v}\nm:\n  <<: *a\n"),
    ("merge only", "a: &a {x: 1}\nm: {<<: *a}\n"),
    ("quoted merge key is a key", "a: &a {x: 1}\nm: {'<<': *a}\n"),
    ("error: merge of a text value", "m:\n  <<: text\n"),
    ("error: merge of an empty value", "m:\n  <<:\n  a: 1\n"),
    ("error: merge list of text values", "m: {<<: [a, b]}\n"),
    ("error: merge alias of a list", "l: &l [1]\nm: {<<: *l}\n"),
    ("error: merge list of lists", "m: {<<: [[{a: 1}]]}\n"),
]

# YAML 1.1 line breaks as PyYAML reads them: generated cases (seeded, so recording is stable)
# with every kind of break in plain, quoted and block scalars, folding and indentation.
BREAKS = ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029"]
WORDS = ["x", "two words", "café", "😀", "a-b", "$input.body", "k: v", "#c", "'q'", "1"]
SHAPES = {
    "plain": "a: {w}{b}{i}{w}{b}{e}{i}{w}{b}b: {w}{b}",
    "plain top-level": "a: {w}{b}b: {w}{b}{i}{w}{b}c: {w}",
    "single quoted": "a: '{w}{b}{i}{w}{b}{e}{i}{w} '{b}b: x{b}",
    "double quoted": 'a: "{w}{b}{i}{w} \\{b}{i}{w}{b}{e}{i}{w}"{b}b: x{b}',
    "literal": "a: |{c}{b}{j}{w}{b}{j}{w}{b}{e}{j} {w}{b}{e}b: x{b}",
    "folded": "a: >{c}{b}{j}{w}{b}{j}{w}{b}{e}{j} {w}{b}{j}{w}{b}{e}b: x{b}",
    "nested": "p:{b}  q: {w}{b}  t:{b}    application/json: |{c}{b}      {w}{b}      {w}{b}r: {w}{b}",
    "flow": "a: [{w},{b} {w}]{b}m: {{k: {w},{b}  l: '{w}{b}  {w}'}}{b}",
    "comments": "# note{b}a: {w} # c{b}# more{b}b: {w}{b}",
}


def generated_cases(count_per_shape=30):
    rng = random.Random(20261204)
    cases = []
    for shape, template in SHAPES.items():
        for number in range(count_per_shape):
            def pick(choices):
                return rng.choice(choices)
            text = ""
            # Fill each placeholder independently, left to right.
            parts = template.replace("{{", "\0").replace("}}", "\1").split("{")
            text = parts[0]
            for part in parts[1:]:
                key, rest = part.split("}", 1)
                text += {
                    # gwx does not read `[k: v]` (a pair in a flow sequence), so flow cases avoid ': '.
                    "w": lambda: pick([w for w in WORDS if shape != "flow" or ": " not in w]),
                    "b": lambda: pick(BREAKS),
                    "i": lambda: pick(["  ", "    ", " "]),
                    "j": lambda: "  ",
                    "e": lambda: pick(["", "", pick(BREAKS), pick(BREAKS) + "  " + pick(BREAKS)]),
                    "c": lambda: pick(["", "-", "+"]),
                }[key]() + rest
            text = text.replace("\0", "{").replace("\1", "}")
            cases.append((f"line breaks {shape} {number}", text))
    return cases


def load(text):
    return load_text(text)


def main():
    cases = [{"name": name, "yaml": text, "expected": load(text)} for name, text in CASES]
    for case in cases:
        if case["name"].startswith("error:") != ("error" in case["expected"]):
            raise SystemExit(f"case {case['name']!r}: PyYAML gave {case['expected']}")
    for name, text in generated_cases():
        expected = load(text)
        cases.append({"name": ("error: " if "error" in expected else "") + name, "yaml": text, "expected": expected})
    with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8") as out:
        json.dump(cases, out, ensure_ascii=False, indent=1)
        out.write("\n")
    for name in sorted(os.listdir(EXPORTS)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(EXPORTS, name), encoding="utf-8", newline="") as source:
                expected = load(source.read())
            with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as out:
                json.dump(expected, out, ensure_ascii=False, indent=1)
                out.write("\n")
    print(f"recorded {len(cases)} cases")


if __name__ == "__main__":
    main()
