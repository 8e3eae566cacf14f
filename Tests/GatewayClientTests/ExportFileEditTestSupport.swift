import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// A copied fixture, its source, and checks on how its bytes changed.
struct EditedExport {
    let path: String
    let source: ExportFileSource
    let before: [UInt8]

    init(_ fixture: String) throws {
        path = try ExportFixtures.copy(fixture)
        source = try ExportFileSource(path: path)
        before = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes text as a fixture-like file with a given name.
    init(text: String, name: String) throws {
        path = try ExportFixtures.write(text, name: name)
        source = try ExportFileSource(path: path)
        before = Array(text.utf8)
    }

    var after: [UInt8] { get throws { try Array(Data(contentsOf: URL(fileURLWithPath: path))) } }
    var afterText: String { get throws { try String(decoding: after, as: UTF8.self) } }
    var apiID: String { ExportFileSource.apiID(forPath: path) }

    func method(_ resource: String, _ httpMethod: String) -> MethodID {
        MethodID(restApiId: apiID, resourceId: resource, httpMethod: httpMethod)
    }

    /// The integration response as loaded now.
    func response(_ resource: String, _ httpMethod: String, status: String) async throws -> IntegrationResponse {
        try await source.getIntegrationResponse(IntegrationResponseID(restApiId: apiID, resourceId: resource, httpMethod: httpMethod, statusCode: status))
    }

    /// Loads one integration response, changes it, saves it, and checks it reads back.
    @discardableResult
    func edit(_ resource: String, _ httpMethod: String, status: String,
              file: StaticString = #filePath, line: UInt = #line,
              _ change: (inout IntegrationResponse) -> Void) async throws -> IntegrationResponse {
        let original = try await response(resource, httpMethod, status: status)
        var updated = original
        change(&updated)
        let saved = try await source.saveIntegrationResponse(updated, original: original, at: method(resource, httpMethod))
        let reread = try ExportFileSource.load(path: path).resource(resource)?.method(httpMethod)?.integration?
            .integrationResponses.first { $0.statusCode == updated.statusCode }
        XCTAssertEqual(reread, saved, file: file, line: line)
        return saved
    }

    /// The node at a key path in the file as it was before any edit.
    func nodeBefore(_ keys: [String]) throws -> DocNode {
        let document = try ExportDocument.parse(text: String(decoding: before, as: UTF8.self), file: path)
        var node = document.root
        for key in keys {
            node = try XCTUnwrap(node[key], "no key \(key)")
        }
        return node
    }

    /// Asserts that the file's bytes differ from before only inside `range` (of the old bytes).
    func assertChangedOnlyWithin(_ range: Range<Int>, file: StaticString = #filePath, line: UInt = #line) throws {
        let new = try after
        let old = before
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        XCTAssertNotEqual(old, new, "the file did not change", file: file, line: line)
        XCTAssertGreaterThanOrEqual(prefix, range.lowerBound, "a byte before the range changed", file: file, line: line)
        XCTAssertGreaterThanOrEqual(suffix, old.count - range.upperBound, "a byte after the range changed", file: file, line: line)
    }

    /// The lines that differ, for compact expectations: (removed, added).
    func lineDiff() throws -> LineDiff {
        let old = String(decoding: before, as: UTF8.self).components(separatedBy: "\n")
        let new = try afterText.components(separatedBy: "\n")
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var end = 0
        while end < old.count - start, end < new.count - start, old[old.count - 1 - end] == new[new.count - 1 - end] { end += 1 }
        return LineDiff(Array(old[start..<(old.count - end)]), Array(new[start..<(new.count - end)]))
    }
}

/// The lines a change removed and added, between the unchanged head and tail.
struct LineDiff: Equatable, CustomStringConvertible {
    var removed: [String]
    var added: [String]

    init(_ removed: [String], _ added: [String]) {
        self.removed = removed
        self.added = added
    }

    var description: String { "removed \(removed), added \(added)" }
}
