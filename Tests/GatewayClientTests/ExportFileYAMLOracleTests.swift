import Foundation
import GatewayClient
import XCTest

/// gwx's YAML parser against PyYAML's recorded results (see `Fixtures/exports/yaml-oracle/record.py`).
final class ExportFileYAMLOracleTests: XCTestCase {
    func testEveryRecordedCaseReadsAsPyYAMLReadsIt() throws {
        let url = try ExportFixtures.folder.appendingPathComponent("yaml-oracle/cases.json")
        let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        XCTAssertGreaterThan(cases.count, 50)
        for entry in cases {
            let name = entry["name"] as? String ?? "?"
            let yaml = entry["yaml"] as? String ?? ""
            let expected = try XCTUnwrap(entry["expected"] as? [String: Any])
            if let pyError = expected["error"] {
                XCTAssertThrowsError(try ExportDocument.parse(text: yaml, file: "case.yaml"), "\(name): PyYAML refused it (\(pyError))") { error in
                    XCTAssertTrue(error is ExportFileError, "\(name): \(error)")
                }
                continue
            }
            do {
                let document = try ExportDocument.parse(text: yaml, file: "case.yaml")
                XCTAssertEqual(OracleText.of(document.root), OracleText.of(recorded: expected), name)
            } catch {
                XCTFail("\(name): \(error)")
            }
        }
    }

    func testEveryYAMLExportFixtureReadsAsPyYAMLReadsIt() throws {
        let folder = try ExportFixtures.folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 2)
        for name in names {
            let recordedURL = folder.appendingPathComponent("yaml-oracle/\(name).json")
            let recorded = try JSONSerialization.jsonObject(with: Data(contentsOf: recordedURL))
            let document = try ExportDocument.parse(text: ExportFixtures.text(name), file: name)
            XCTAssertEqual(OracleText.of(document.root), OracleText.of(recorded: recorded), name)
        }
    }
}
