#!/usr/bin/env python3
"""Regenerates Tests/JavaRegexTests/Fixtures/java-regex-cases.jsonl from real Java.

Command (from the repository root; needs a JDK's javac and java, 17 or later):

    python3 Tests/JavaRegexTests/Oracle/gen_fixtures.py

Each case below (pattern, input, replacement, split limit, note) is run through
java.util.regex by RegexOracle.java: compile (or Java's error description and index),
matches(), the first find() with its groups, every find(), replaceAll, replaceFirst,
split(input) and split(input, limit). The Swift tests compare JavaRegex to these answers.
"""
import base64
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "Fixtures", "java-regex-cases.jsonl")

LAMBDA = 'Lambda error\nNot Found: no such pet'
JSON_ERR = '{"errorMessage":"Pet not found","errorType":"NotFound"}'

# (pattern, input, replacement, limit, note)
CASES = [
    # --- API Gateway selection patterns and line terminators
    (r".*Not Found.*", "a\nNot Found", "", 2, "dot stops at newline: no whole match"),
    (r".*Not Found.*", "Pet Not Found here", "", 2, "plain whole match"),
    (r".*Not Found.*", LAMBDA, "", 2, "multi-line Lambda message"),
    (r"(?s).*Not Found.*", LAMBDA, "", 2, "DOTALL makes it match"),
    (r"(\n|.)*Not Found(\n|.)*", LAMBDA, "", 2, "newline-or-dot idiom"),
    (r"[\s\S]*Not Found[\s\S]*", LAMBDA, "", 2, "class idiom"),
    (r".*\[NotFound\].*", "[NotFound] pet 42", "", 2, "escaped brackets"),
    (r'.*"errorType":"NotFound".*', JSON_ERR, "", 2, "JSON error type"),
    (r"4\d{2}", "404", "", 2, "status pattern"),
    (r"4\d{2}", "4040", "", 2, "status pattern whole only"),
    (r"2\d{2}|3\d{2}", "302", "", 2, "alternation of statuses"),
    (r"5\d\d", "500\n", "", 2, "trailing newline is not matched by matches()"),
    (r"a.b", "a\u000bb", "", 2, "VT is not a Java line terminator"),
    (r"a.b", "a\u000cb", "", 2, "FF is not a Java line terminator"),
    (r"a.b", "a\rb", "", 2, "CR is a line terminator"),
    (r"a.b", "a\u0085b", "", 2, "NEL is a line terminator"),
    (r"a.b", "a\u2028b", "", 2, "LS is a line terminator"),
    (r"(?d)a.b", "a\rb", "", 2, "UNIX_LINES dot matches CR"),
    (r"(?d)a.b", "a\nb", "", 2, "UNIX_LINES dot stops at LF"),
    # --- $ ^ \Z \z
    (r"abc$", "abc\n", "[$0]", 2, "$ before final newline"),
    (r"abc$", "abc\r\n", "[$0]", 2, "$ before final CRLF"),
    (r"abc$", "abc\n\n", "", 2, "$ not before a non-final newline"),
    (r"$", "a\r\n", "#", 2, "$ positions around CRLF"),
    (r"(?m)$", "a\r\nb\n", "#", 2, "multiline $ positions"),
    (r"(?m)^", "a\nb\n", "#", 2, "multiline ^ not at the very end"),
    (r"(?m)^", "", "#", 2, "multiline ^ on empty input"),
    (r"(?m)^b$", "a\nb\nc", "", 2, "multiline line match"),
    (r"(?m)^.", "a\r\nb\rc\u2029d", "<$0>", 2, "multiline ^ after each terminator"),
    (r"(?md)^.", "a\rb\nc", "<$0>", 2, "UNIX_LINES multiline ^"),
    (r"abc\Z", "abc\n", "", 2, "\\Z before final newline"),
    (r"abc\z", "abc\n", "", 2, "\\z only at the end"),
    (r"\Aab", "abab", "X", 2, "\\A"),
    (r"^ab", "abab", "X", 2, "^ without multiline"),
    # --- POSIX and Java classes (ASCII-only by default)
    (r"\p{Lower}+", "abc", "", 2, "Lower ASCII"),
    (r"\p{Lower}", "\u00e9", "", 2, "Lower is ASCII-only"),
    (r"\p{Upper}", "\u00c9", "", 2, "Upper is ASCII-only"),
    (r"\p{Alpha}", "\u00df", "", 2, "Alpha is ASCII-only"),
    (r"\p{Digit}", "\u0663", "", 2, "Digit is ASCII-only"),
    (r"\p{Alnum}+", "a1B2", "", 2, "Alnum"),
    (r"\p{Punct}+", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "", 2, "Punct is ASCII punctuation"),
    (r"\p{Punct}", "\u00bf", "", 2, "Punct excludes inverted question mark"),
    (r"\p{Space}", "\u00a0", "", 2, "Space excludes NBSP"),
    (r"\p{Space}", "\u000b", "", 2, "Space includes VT"),
    (r"\p{XDigit}+", "0aF9", "", 2, "XDigit"),
    (r"\p{Cntrl}", "\u007f", "", 2, "Cntrl"),
    (r"\p{Graph}", " ", "", 2, "Graph excludes space"),
    (r"\p{Print}", " ", "", 2, "Print includes space"),
    (r"\p{Blank}", "\t", "", 2, "Blank"),
    (r"\p{ASCII}", "\u0080", "", 2, "ASCII"),
    (r"(?U)\p{Lower}", "\u00e9", "", 2, "(?U) makes Lower Unicode"),
    (r"(?U)\p{Alpha}", "\u4e2d", "", 2, "(?U) Alpha"),
    (r"\p{javaLowerCase}", "\u00e9", "", 2, "javaLowerCase is Unicode"),
    (r"\p{javaUpperCase}", "\u00c9", "", 2, "javaUpperCase"),
    (r"\p{javaWhitespace}", "\u00a0", "", 2, "javaWhitespace excludes NBSP"),
    (r"\p{javaWhitespace}", "\u001c", "", 2, "javaWhitespace includes FS"),
    (r"\p{javaLetterOrDigit}+", "a\u0663\u00e9", "", 2, "javaLetterOrDigit"),
    (r"\p{IsLatin}+", "caf\u00e9", "", 2, "IsLatin script"),
    (r"\p{IsLatin}", "\u03b1", "", 2, "IsLatin rejects Greek"),
    (r"\p{InGreek}", "\u03b1", "", 2, "InGreek block"),
    (r"\p{InBasicLatin}+", "abc", "", 2, "InBasicLatin block"),
    (r"\p{L}+", "\u4e2d\u6587", "", 2, "L category"),
    (r"\pL", "x", "", 2, "one-letter property"),
    (r"\PL", "1", "", 2, "negated one-letter property"),
    (r"\p{Lu}", "A", "", 2, "Lu"),
    (r"\p{IsLu}", "A", "", 2, "IsLu"),
    (r"\p{IsAlphabetic}", "\u00e9", "", 2, "IsAlphabetic"),
    (r"\p{IsWhite_Space}", "\u00a0", "", 2, "IsWhite_Space"),
    (r"\p{sc=Greek}", "\u03b1", "", 2, "script= form"),
    (r"\p{gc=Nd}", "\u0663", "", 2, "gc= form"),
    (r"\P{IsLatin}", "\u03b1", "", 2, "negated script"),
    (r"\p{Foo}", "x", "", 2, "unknown property"),
    (r"\p{InFoo}", "x", "", 2, "unknown block"),
    (r"\p{IsFoo}", "x", "", 2, "unknown Is"),
    (r"\p{}", "x", "", 2, "empty family"),
    (r"\p{L", "x", "", 2, "unclosed family"),
    (r"\p{foo=bar}", "x", "", 2, "unknown name=value"),
    (r"\p{lower}", "a", "", 2, "POSIX names are case-sensitive"),
    (r"(?U)\p{lower}", "a", "", 2, "(?U) POSIX names are case-insensitive"),
    # --- \w \d \s \b \h \v \R
    (r"\w", "\u00e9", "", 2, "\\w is ASCII"),
    (r"(?U)\w", "\u00e9", "", 2, "(?U)\\w is Unicode"),
    (r"\d", "\u0663", "", 2, "\\d is ASCII"),
    (r"(?U)\d", "\u0663", "", 2, "(?U)\\d"),
    (r"\s", "\u00a0", "", 2, "\\s is ASCII"),
    (r"\s", "\u000b", "", 2, "\\s includes VT"),
    (r"\W+", "\u00e9\u00e8", "", 2, "\\W"),
    (r"\bcaf\u00e9\b", "un caf\u00e9 noir", "", 2, "\\b treats letters as word characters"),
    (r"a\b", "a\u00e9", "", 2, "no boundary between a and e-acute"),
    (r"\b", "ab cd", "|", 2, "word boundary positions"),
    (r"\B", "ab cd", "|", 2, "non-boundary positions"),
    (r"\h", "\u00a0", "", 2, "\\h includes NBSP"),
    (r"\h", "\u180e", "", 2, "\\h includes Mongolian vowel separator"),
    (r"\H", "\n", "", 2, "\\H"),
    (r"\v", "\u000b", "", 2, "\\v includes VT"),
    (r"\v", "\u2028", "", 2, "\\v includes LS"),
    (r"\R", "\r\n", "", 2, "\\R matches CRLF"),
    (r"\R\n", "\r\n", "", 2, "\\R backtracks from CRLF"),
    (r"a\Rb", "a\u0085b", "", 2, "\\R NEL"),
    (r"\X", "e\u0301", "", 2, "grapheme cluster"),
    # --- classes: intersection, union, negation, literals
    (r"[a-z&&[^aeiou]]+", "bcd", "", 2, "intersection with negation"),
    (r"[a-z&&[^aeiou]]+", "bad", "", 2, "intersection rejects vowel"),
    (r"[a-z&&def]", "d", "", 2, "intersection with implied class"),
    (r"[a-z&&def]", "a", "", 2, "intersection excludes"),
    (r"[abc&&b]", "b", "", 2, "bits before &&"),
    (r"[^a-c[x-z]]", "y", "", 2, "negated union (Java 9+)"),
    (r"[^a-c[x-z]]", "m", "", 2, "negated union admits"),
    (r"[[a-c][x-z]]+", "axz", "", 2, "union of classes"),
    (r"[a-c&&b-d&&c]", "c", "", 2, "chained intersections"),
    (r"[a-c&&b-d&&c]", "b", "", 2, "chained intersections exclude"),
    (r"[\w&&[^\d]]+", "ab_", "", 2, "\\w minus digits"),
    (r"[\w&&[^\d]]", "5", "", 2, "\\w minus digits rejects"),
    (r"[&&a]", "a", "", 2, "empty left of &&"),
    (r"[a&&]", "a", "", 2, "empty right of &&"),
    (r"[a&b]", "&", "", 2, "single ampersand is literal"),
    (r"[]a]", "]", "", 2, "leading ] is literal"),
    (r"[^]a]", "b", "", 2, "leading ] after ^"),
    (r"[a-]", "-", "", 2, "trailing -"),
    (r"[-a]", "-", "", 2, "leading -"),
    (r"[a-c-e]", "-", "", 2, "dash after range"),
    (r"[\d-z]", "-", "", 2, "class then dash"),
    (r"[z-a]", "x", "", 2, "reversed range"),
    (r"[a-\d]", "x", "", 2, "range to a class"),
    (r"[abc", "x", "", 2, "unclosed class"),
    (r"[]", "x", "", 2, "empty class"),
    (r"[^]", "x", "", 2, "empty negated class"),
    (r"[\b]", "x", "", 2, "\\b in class"),
    (r"[.*+?]+", ".*+?", "", 2, "metacharacters in class"),
    (r"[\Q]\E]", "]", "", 2, "quoted ] in class"),
    (r"[\x41-\x43]+", "ABC", "", 2, "hex range"),
    (r"[\v-\r]", "\u000c", "", 2, "\\v as a range start is VT"),
    # --- case-insensitivity
    (r"(?i)abc", "ABC", "", 2, "(?i) ASCII"),
    (r"(?i)\u00e9", "\u00c9", "", 2, "(?i) is ASCII-only"),
    (r"(?iu)\u00e9", "\u00c9", "", 2, "(?iu) is Unicode"),
    (r"(?i)[a-z]+", "ABC", "", 2, "(?i) range"),
    (r"(?i)[^a]", "A", "", 2, "(?i) negated class"),
    (r"(?i)[\u00e0-\u00ff]", "\u00c9", "", 2, "(?i) non-ASCII range stays case-sensitive"),
    (r"(?iu)[\u00e0-\u00ff]", "\u00c9", "", 2, "(?iu) range"),
    (r"(?i)\p{Lower}", "A", "", 2, "(?i) Lower"),
    (r"(?i)\p{Lu}", "a", "", 2, "(?i) Lu"),
    (r"(?iu)k", "\u212a", "", 2, "(?iu) Kelvin sign"),
    (r"(?i)k", "\u212a", "", 2, "(?i) no Kelvin sign"),
    (r"a(?i)b|c", "C", "", 2, "flags carry into later branches"),
    (r"(?i:a)b", "Ab", "", 2, "scoped flags"),
    (r"(?i:a)b", "AB", "", 2, "scoped flags end"),
    (r"(?i)a(?-i)b", "Ab", "", 2, "(?-i)"),
    (r"(?i)(a)\1", "aA", "", 2, "case-insensitive back-reference"),
    # --- comments mode
    (r"(?x) a b # comment", "ab", "", 2, "(?x) ignores spaces and comments"),
    (r"(?x)[a b]", " ", "", 2, "(?x) ignores spaces in classes"),
    (r"(?x)a\ b", "a b", "", 2, "(?x) escaped space"),
    (r"(?x)a #c\nb", "ab", "", 2, "(?x) comment to end of line"),
    # --- inline flag errors
    (r"(?z)a", "a", "", 2, "unknown inline flag"),
    (r"(?i-)a", "A", "", 2, "empty off-list"),
    (r"(?i-m-s)a", "A", "", 2, "two minus signs"),
    # --- possessive and atomic
    (r"a*+a", "aaa", "", 2, "possessive star gives nothing back"),
    (r"a*a", "aaa", "", 2, "greedy star backtracks"),
    (r"(?>a|ab)c", "abc", "", 2, "atomic group"),
    (r"a++b", "aab", "", 2, "possessive plus"),
    (r"a{1,3}+a", "aaa", "", 2, "possessive counted"),
    (r"a{2,3}?", "aaa", "<$0>", 2, "lazy counted"),
    (r"a?+a", "a", "", 2, "possessive question"),
    # --- \Q..\E
    (r"\Q.*\E", ".*", "", 2, "quoted metacharacters"),
    (r"\Q.*\E", "ab", "", 2, "quoted is literal"),
    (r"\Qa.b", "a.b", "", 2, "unterminated \\Q"),
    (r"x\Q\E*", "xxx", "", 2, "empty quote then star"),
    (r"\Q1\E{2}", "11", "", 2, "quoted digit quantified"),
    (r"\Q(\E+", "((", "", 2, "quoted paren quantified"),
    (r"a\Q\\E", "a\\", "", 2, "quoted backslash"),
    # --- syntax errors Java reports
    (r"*a", "a", "", 2, "dangling star"),
    (r"+", "a", "", 2, "dangling plus"),
    (r"?", "a", "", 2, "dangling question"),
    (r"a**", "a", "", 2, "double star"),
    (r"a{2}*", "aa", "", 2, "star after counted"),
    (r"a+++", "a", "", 2, "three pluses"),
    (r"{foo}", "{foo}", "", 2, "illegal repetition at start"),
    (r"a{foo}", "a{foo}", "", 2, "illegal repetition"),
    (r"x{", "x{", "", 2, "lone brace"),
    (r"a{,3}", "a", "", 2, "missing minimum"),
    (r"a{1", "a", "", 2, "unclosed counted closure"),
    (r"a{1,2", "a", "", 2, "unclosed counted closure with max"),
    (r"a{2,1}", "a", "", 2, "max below min"),
    (r"a{99999999999}", "a", "", 2, "count overflow"),
    (r"x{2}{3}", "xxxxxx", "", 2, "quantified empty atom is legal"),
    (r"a{0}", "", "", 2, "zero count"),
    (r"a{2,}", "aaaa", "", 2, "open-ended count"),
    (r"}", "}", "", 2, "lone closing brace is literal"),
    (r"]", "]", "", 2, "lone closing bracket is literal"),
    (r"(abc", "abc", "", 2, "unclosed group"),
    (r"abc)", "abc", "", 2, "unmatched closing paren"),
    (r"a)b(", "a", "", 2, "unmatched closing paren first"),
    (r"\y", "y", "", 2, "bad escape"),
    (r"\i", "i", "", 2, "bad escape i"),
    ("\\", "x", "", 2, "trailing backslash"),
    (r"\x", "x", "", 2, "bad hex"),
    (r"\xZZ", "x", "", 2, "bad hex digits"),
    (r"\x{110000}", "x", "", 2, "hex too big"),
    (r"\x{41", "A", "", 2, "unclosed hex"),
    (r"\x{1F600}", "\U0001F600", "", 2, "supplementary hex"),
    (r"\u12", "x", "", 2, "bad unicode escape"),
    (r"\u0041\u00e9", "A\u00e9", "", 2, "unicode escapes"),
    (r"\ud83d\ude00", "\U0001F600", "", 2, "surrogate pair escapes"),
    (r"\0", "x", "", 2, "bad octal"),
    (r"\08", "\u00008", "", 2, "octal zero then 8"),
    (r"\0101", "A", "", 2, "octal A"),
    (r"\0377", "\u00ff", "", 2, "octal max"),
    (r"\0477", "'7", "", 2, "octal takes two digits when first above 3"),
    (r"\c", "x", "", 2, "bad control"),
    (r"\cA", "\u0001", "", 2, "control A"),
    (r"\t\n\r\f\a\e", "\t\n\r\f\u0007\u001b", "", 2, "character escapes"),
    (r"\N{LATIN SMALL LETTER A}", "a", "", 2, "character by name"),
    (r"\N{NO SUCH NAME}", "a", "", 2, "unknown character name"),
    (r"\N{", "a", "", 2, "unclosed character name"),
    (r"(?$)", "", "", 2, "unknown group type"),
    (r"(?<name", "", "", 2, "unterminated group name"),
    (r"(?<1a>x)", "x", "", 2, "group name starting with digit"),
    (r"(?<a>x)(?<a>y)", "xy", "", 2, "duplicate group name"),
    (r"\k<b>", "x", "", 2, "unknown named back-reference"),
    (r"\kb", "x", "", 2, "\\k without <"),
    (r"(?<=a*)b", "ab", "", 2, "unbounded look-behind"),
    (r"(?<=a+)b", "ab", "", 2, "unbounded look-behind plus"),
    (r"(?<=(a|bc){2})x", "abcx", "", 2, "look-behind over a looped group"),
    (r"(?<=a{1,3})b", "aab", "", 2, "bounded look-behind"),
    (r"(?<!a)b", "cb", "", 2, "negative look-behind"),
    (r"(?<=\bfoo)bar", "foobar", "", 2, "look-behind with boundary"),
    (r"(?<=x|yz)w", "yzw", "", 2, "look-behind alternation"),
    (r"\b{g}", "ab", "", 2, "grapheme boundary"),
    # --- what ICU accepts but Java reads differently or rejects
    (r"(?w)a", "a", "", 2, "ICU's w flag is unknown to Java"),
    (r"[[:alpha:]]+", ":alph", "", 2, "no POSIX brackets in Java: a union of literals"),
    (r"\yes", "yes", "", 2, "ICU reads \\y as y; Java rejects it"),
    (r"(?<a_b>x)", "x", "", 2, "underscore in a group name"),
    (r"a{1}b{0,}c{2,2}", "abcc", "", 2, "counted forms"),
    # --- groups and back-references
    (r"(a)\1", "aa", "", 2, "back-reference"),
    (r"(a)\2", "aa", "", 2, "back-reference to a missing group"),
    (r"(a)\10", "aa0", "", 2, "back-reference takes one digit when 10 does not exist"),
    (r"(?<x>a)\k<x>", "aa", "${x}!", 2, "named back-reference"),
    (r"(a)|b", "b", "[$1]", 2, "unmatched group in replacement is empty"),
    (r"a|ab", "ab", "", 2, "matches() backtracks into the alternation"),
    (r"(a|ab)(c|bcd)(d*)", "abcd", "", 2, "groups of the first match"),
    (r"(?=a)", "a", "", 2, "look-ahead"),
    (r"(?=a)*b", "b", "", 2, "quantified look-ahead"),
    (r"", "", "", 2, "empty pattern on empty input"),
    (r"", "abc", "-", 2, "empty pattern positions"),
    (r"(?:)", "a", "", 2, "empty group"),
    (r"a||b", "b", "", 2, "empty branch"),
    (r"(|a)+", "aa", "", 2, "empty branch in a loop"),
    (r"\G\d", "12a3", "X", 2, "\\G continues from the last match"),
    ("\u00e9+", "\u00e9\u00e9", "", 2, "non-ASCII literal"),
    ("\U0001F600+", "\U0001F600\U0001F600", "", 2, "supplementary literal"),
    # --- replacement syntax
    (r"(\w+)@(\w+)", "me@host", "$2 at $1", 2, "numbered groups"),
    (r"(?<user>\w+)@(?<host>\w+)", "me@host", "${host}/${user}", 2, "named groups"),
    (r"a", "a", "\\$1", 2, "escaped dollar"),
    (r"a", "a", "\\\\", 2, "escaped backslash"),
    (r"a", "a", "$", 2, "dollar at end"),
    (r"a", "a", "$x", 2, "illegal group reference"),
    (r"a", "a", "$3", 2, "no such group"),
    (r"(a)", "a", "$10", 2, "longest existing group then literal"),
    (r"a", "a", "${nope}", 2, "no such named group"),
    (r"a", "a", "${}", 2, "empty group name"),
    (r"a", "a", "${1a}", 2, "group name starting with a digit"),
    (r"a", "a", "${ab", 2, "unterminated group name"),
    (r"a", "a", "x\\", 2, "trailing backslash"),
    (r"z", "a", "$9", 2, "bad replacement but no match"),
    (r"x*", "abc", "-", 2, "empty matches everywhere"),
    (r"a*", "baaac", "-", 2, "empty and non-empty matches"),
    (r"(?=b)", "abab", "|", 2, "zero-width look-ahead"),
    (r"\s+", "  a  b  ", "_", 2, "whitespace runs"),
    # --- split
    (r",", "a,b,,c,,", "", -1, "trailing empties removed with limit 0"),
    (r",", "a,b,,c,,", "", 2, "limit 2"),
    (r",", ",a,b", "", 0, "leading empty kept for non-empty match"),
    (r"", "abc", "", 0, "empty pattern splits characters"),
    (r"(?=[A-Z])", "HelloWorld", "", 0, "zero-width split"),
    (r"(?=[A-Z])", "HelloWorldX", "", -1, "zero-width split negative limit"),
    (r"\s*", " a b", "", 0, "optional whitespace split"),
    (r",", "", "", 0, "empty input"),
    (r",", ",", "", 0, "only a separator"),
    (r",", ",", "", -1, "only a separator, negative limit"),
    (r"^", "abc", "", 0, "anchor split"),
    (r" ", "a b c", "", 1, "limit 1"),
    (r"x", "abc", "", 0, "no match"),
    (r"\d", "a1b2c3", "", 3, "digits limit 3"),
    # --- \b and \B under (?U) (Java's WORD(): ICU's \w) and without it
    (r"(?U)\b", "x\u0903 \u2160\u203f\u200d\u20dd.\u0663", "|", 2, "(?U)\\b: marks, letter numbers, connectors and joiners are word characters"),
    (r"(?U)\B", "x\u0903 \u2160\u203f\u200d\u20dd.\u0663", "|", 2, "(?U)\\B at the same places"),
    (r"\b", "x\u0903 \u2160\u203f\u200d\u20dd.\u0663", "|", 2, "\\b without (?U): only letters, digits, _ and non-spacing marks"),
    (r"(?U)a\B\u0903", "a\u0903", "", 2, "(?U): no boundary before a spacing mark"),
    (r"(?U)\b\u2160\b", "\u2160", "", 2, "(?U): a letter number is a word"),
    (r"(?U)x\b\u203f", "x\u203f", "", 2, "(?U): no boundary before a connector"),
    (r"a(?U)\b(?-U)\u0903", "a\u0903", "", 2, "(?U) turned on for the \\b only"),
]


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def main():
    javac = os.environ.get("JAVAC", "javac")
    java = os.environ.get("JAVA", "java")
    with tempfile.TemporaryDirectory() as classes:
        subprocess.run([javac, "-d", classes, os.path.join(HERE, "RegexOracle.java")], check=True)
        lines = []
        for number, (pattern, text, replacement, limit, note) in enumerate(CASES, start=1):
            fields = [f"c{number:03d}", pattern, text, replacement, str(limit)]
            lines.append("\t".join(b64(f) for f in fields))
        result = subprocess.run([java, "-cp", classes, "RegexOracle"], input="\n".join(lines) + "\n",
                                capture_output=True, text=True, encoding="utf-8", check=True)
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if len(answers) != len(CASES):
        sys.exit(f"oracle answered {len(answers)} of {len(CASES)} cases")
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    with open(FIXTURE, "w", encoding="utf-8") as out:
        for answer, case in zip(answers, CASES):
            answer["note"] = case[4]
            answer["java"] = version
            out.write(json.dumps(answer, ensure_ascii=True, sort_keys=True) + "\n")
    print(f"wrote {len(answers)} cases to {os.path.relpath(FIXTURE)}")


if __name__ == "__main__":
    main()
