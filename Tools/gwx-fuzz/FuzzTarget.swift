import Foundation
import GatewayClient
import GatewayModel
import JavaRegex
import Mapping

/// One thing fuzzed: how an input runs (errors are fine; a crash, trap or hang is not), the
/// tokens its language is made of, and where its seed inputs live in the repository.
struct FuzzTarget: Sendable {
    let name: String
    let dictionary: [String]
    /// Seed inputs read from the repository (`root` is the package root).
    let seeds: @Sendable (_ root: String) -> [[UInt8]]
    /// Runs one input in this process.
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzTarget] = [render, json, yaml, jsonPath, javaRegex]

    // MARK: - gwx render (template, NUL, body)

    /// `gwx render`: the input is the template, a NUL byte, then the body `$input` reads.
    static let render = FuzzTarget(
        name: "render",
        dictionary: ["#if(", "#elseif(", "#else", "#end", "#foreach($x in ", "#set($a = ", "#break", "#stop", "#macro(m $p)", "#define($d)",
                     "#evaluate(", "#parse(", "#include(", "$input.path('$')", "$input.json('$.a')", "$input.params()", "$input.params('p')", "$input.body",
                     "$util.escapeJavaScript(", "$util.parseJson(", "$util.base64Decode(", "$util.urlEncode(", "$context.requestId",
                     "$context.responseOverride.status", "$foreach.count", "$foreach.hasNext", "$velocityCount", "$!{a}", "${a}", "$a.size()",
                     "$a.get(0)", "$a.substring(1, 2)", "$a.replaceAll('x', '$1')", "$a.split(',')", "[1..1000000]", "[", "]", "{", "}", "(", ")",
                     "\"", "'", ",", ".", "==", "!=", "&&", "||", "!", "+", "-", "*", "/", "%", "##", "#*", "*#", "#[[", "]]#", "\\", "\n", " ", "\0",
                     "{\"a\": [1, 2, {\"b\": null}]}", "[[[[", "]]]]", "{\"a\":", "true", "null", "1e999", "\"\\u00e9\""],
        seeds: { root in
            var seeds: [[UInt8]] = []
            for template in files(under: root + "/Tests/VelocityTests/Fixtures", suffix: ".vm") + files(under: root + "/Tests/MappingTests/Fixtures", suffix: ".vm") {
                let folder = (template as NSString).deletingLastPathComponent
                let stem = (template as NSString).deletingPathExtension
                let body = read(stem + ".json") ?? read(folder + "/body.json") ?? []
                seeds.append((read(template) ?? []) + [0] + body)
            }
            return seeds
        },
        run: { input in
            let split = input.firstIndex(of: 0) ?? input.endIndex
            let template = String(decoding: input[..<split], as: UTF8.self)
            let body = split < input.endIndex ? String(decoding: input[(split + 1)...], as: UTF8.self) : ""
            _ = try? TemplateRenderer.render(template: template, templateName: "fuzz.vm", request: RenderRequest(body: body))
        }
    )

    // MARK: - Export parsers

    private static let exportKeys = ["paths", "x-amazon-apigateway-integration", "responses", "responseTemplates", "responseParameters",
                                     "selectionPattern", "statusCode", "contentHandling", "application/json", "/pets/{id}", "get", "default",
                                     "method.response.header.X", "openapi", "swagger", "info", "title", "3.0.1", "2.0"]

    /// The JSON export parser and the model read from what it parsed.
    static let json = FuzzTarget(
        name: "json",
        dictionary: ["{", "}", "[", "]", ":", ",", "\"", "\\\"", "\\u00e9", "\\ud800", "\\", "1e999", "-0", "0.5e-7", "true", "false", "null", " ", "\n", "\u{FEFF}"]
            + exportKeys.map { "\"\($0)\"" },
        seeds: { root in
            (files(under: root + "/Examples", suffix: ".json") + files(under: root + "/Tests/GatewayClientTests/Fixtures/exports", suffix: ".json")
                + files(under: root + "/Tests/MappingTests/Fixtures/input-json", suffix: ".json")).compactMap(read)
        },
        run: { input in parseExport(input, format: .json) }
    )

    /// The YAML export parser (anchors, aliases, merge keys, block scalars) and the model read from it.
    static let yaml = FuzzTarget(
        name: "yaml",
        dictionary: ["- ", ": ", "&a ", "*a", "<<: *a", "<<: [*a, *b]", "|", "|-", "|+", ">", ">2", "---", "...", "{", "}", "[", "]", ", ", "? ",
                     "\n", "\n  ", "\n    ", "\t", "'", "''", "\"", "\\", "# c", "!!str ", "!!map", "%YAML 1.2", "~", "null", "0o17", "0x1F", ".inf", "\r\n"]
            + exportKeys.map { $0 + ":" },
        seeds: { root in
            (files(under: root + "/Examples", suffix: ".yaml") + files(under: root + "/Tests/GatewayClientTests/Fixtures/exports", suffix: ".yaml")).compactMap(read)
        },
        run: { input in parseExport(input, format: .yaml) }
    )

    /// Parses an export; when it parses, reads the API model from it too (through a file, as gwx does).
    private static func parseExport(_ input: [UInt8], format: ExportFormat) {
        let name = format == .json ? "fuzz.json" : "fuzz.yaml"
        guard (try? ExportDocument.parse(SourceText(file: name, bytes: input), format: format)) != nil else { return }
        let path = scratchDirectory + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(input)) else { return }
        _ = try? ExportFileSource.load(path: path)
    }

    // MARK: - JSONPath and Java regex

    /// The JSONPath parser, and evaluation of what parsed on a small document.
    static let jsonPath = FuzzTarget(
        name: "jsonpath",
        dictionary: ["$", ".", "..", "[", "]", "*", "[?(", "@", ")]", "'", "\"", ":", ",", "-1", "0", "2147483648", ".length()", "==", "!=", "<", ">=",
                     "=~", "/a.*/i", "&&", "||", "!", " in ", " nin ", " subsetof ", " size ", " empty ", "['a','b']", "[1:-1:2]", "store", "book", "\\"],
        seeds: { root in
            var paths: Set<String> = ["$", "$.a", "$..b", "$.a[0]", "$['a']", "$.a[?(@.b > 1)]", "$.a[*].b", "$.a[-1:]", "$..*"]
            for template in files(under: root + "/Tests/MappingTests/Fixtures", suffix: ".vm") + files(under: root + "/Tests/VelocityTests/Fixtures", suffix: ".vm") {
                let text = String(decoding: read(template) ?? [], as: UTF8.self)
                for quote in ["'", "\""] {
                    for piece in text.components(separatedBy: "$input.path(" + quote).dropFirst() + text.components(separatedBy: "$input.json(" + quote).dropFirst() {
                        if let end = piece.range(of: quote + ")") { paths.insert(String(piece[..<end.lowerBound])) }
                    }
                }
            }
            return paths.sorted().map { Array($0.utf8) }
        },
        run: { input in
            guard let path = try? JSONPath(String(decoding: input, as: UTF8.self)) else { return }
            _ = path.evaluate(on: jsonPathDocument)
        }
    )

    private static let jsonPathDocument: JSONValue = (try? JSONParser.parse(#"{"a": [{"b": 1, "c": "x"}, {"b": 2.5, "c": [1, 2]}, null], "store": {"book": [{"price": 8}], "": {}}}"#)) ?? .null

    /// The Java-regex translator, and matching what compiled against short subjects.
    static let javaRegex = FuzzTarget(
        name: "regex",
        dictionary: ["(", ")", "(?<n>", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "[", "]", "[^", "&&", "\\p{L}", "\\P{IsAlphabetic}", "\\p{javaLowerCase}",
                     "\\Q", "\\E", "{2,}", "{0,65536}", "*", "+", "?", "*+", "+?", "|", "\\", "\\k<n>", "\\1", "(?i)", "(?x)", "(?u)", "(?-i:", "#", "\\u00e9",
                     "\\x{1F600}", "\\N{LATIN SMALL LETTER A}", "\\c", "^", "$", ".", "\\b", "\\B", "\\G", "\\R", "\\X", "\\h", "\\0101", "-", "a", "\\d", "\\w"],
        seeds: { root in
            guard let text = read(root + "/Tests/JavaRegexTests/Fixtures/java-regex-cases.jsonl") else { return [] }
            return String(decoding: text, as: UTF8.self).split(separator: "\n").compactMap { line in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let pattern = object["pattern"] as? String else { return nil }
                return Array(pattern.utf8)
            }
        },
        run: { input in
            guard let regex = try? JavaRegex(String(decoding: input, as: UTF8.self)) else { return }
            for subject in ["", "a", "Not Found", "500 error", "aaaaaaaaaaaaaaaa!", "é\u{301}漢\n\r\n"] {
                _ = regex.matchesWhole(subject)
                _ = regex.allMatches(in: subject)
                _ = try? regex.replaceAll(in: subject, with: "$0")
                _ = regex.split(subject)
            }
        }
    )

    // MARK: - Self test

    /// Proves the supervisor: an input holding `trap` traps. Not in `all`; a test runs it and
    /// expects the input saved and minimized.
    static let selfTestTrap = FuzzTarget(
        name: "selftest-trap",
        dictionary: ["a", "b", "trap", " "],
        seeds: { _ in [Array("a b a b a b".utf8)] },
        run: { input in
            if String(decoding: input, as: UTF8.self).contains("trap") { fatalError("selftest trap") }
        }
    )

    /// Proves the watchdog: an input holding `hang` never ends.
    static let selfTestHang = FuzzTarget(
        name: "selftest-hang",
        dictionary: ["a", "b", "hang", " "],
        seeds: { _ in [Array("a b a b a b".utf8)] },
        run: { input in
            if String(decoding: input, as: UTF8.self).contains("hang") { while true { sleep(1) } }
        }
    )

    /// Every target by name, the self test included.
    static func named(_ name: String) -> FuzzTarget? {
        (all + [selfTestTrap, selfTestHang]).first { $0.name == name }
    }

    // MARK: - Files

    /// A folder for the files a run writes (set by the supervisor per child).
    nonisolated(unsafe) static var scratchDirectory = "/tmp"

    static func files(under folder: String, suffix: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(suffix) { found.append(folder + "/" + relative) }
        }
        return found.sorted()
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }
}
