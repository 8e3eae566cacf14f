import Foundation
import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Drives the explorer's update loop deterministically: effects run to completion (or are
/// held, to look at a screen while something loads) and frames are drawn on demand.
final class Harness {
    var state: ExplorerState
    let sources: [any GatewaySource]
    var copied: [String] = []
    var quit = false
    /// When true, loads wait in `held` until `releaseHeld()`.
    var holdLoads = false
    var held: [Effect] = []
    /// Where drafts are journaled (`nil`: not at all).
    var journal: DraftJournal?
    /// Stands in for `$EDITOR`: gets the template, returns the edited text.
    var externalEditor: ((String) -> String)?
    /// Holds preview runs until `releasePreviews()` (to test coalescing).
    var holdPreviews = false
    var heldPreviews: [Effect] = []
    /// Every effect `update` asked for, oldest first.
    var effectLog: [Effect] = []

    init(sources: [any GatewaySource], rows: Int = 24, columns: Int = 80, label: String? = nil, readonly: Bool = false) {
        self.sources = sources
        state = ExplorerState(size: Size(rows: rows, columns: columns), label: label ?? sources.first?.label ?? "", readonly: readonly, sourceLabels: sources.map(\.label))
        state.deploySources = Set(sources.indices.filter { sources[$0].supportsDeployments })
        state.testSources = Set(sources.indices.filter { sources[$0].supportsTestInvoke })
        state.listingMessages = sources.map(\.listingMessage)
    }

    /// The form, while it is open (asked of the component stack).
    var form: ResponseForm? { state.layer(FormScreen.self)?.form }
    /// The question the form asks, if one is open over it.
    var question: FormQuestion.Kind? { state.layer(FormQuestion.self)?.kind }
    /// Whether the template editor is open over the form.
    var editingTemplate: Bool { state.layer(TemplateEditorScreen.self) != nil }

    /// The deploy flow, while its modal is open.
    var deploy: DeployFlow? { state.layer(DeployModal.self)?.flow }

    /// Lists the sources' APIs, as `run` does first.
    func start() async {
        await perform(Explorer.start(&state))
    }

    func send(_ event: ExplorerEvent) async {
        await perform(Explorer.update(&state, event))
    }

    func press(_ keys: Key...) async {
        for key in keys { await send(.input(.key(key))) }
    }

    func type(_ text: String) async {
        for character in text { await send(.input(.key(.character(character)))) }
    }

    func resize(rows: Int, columns: Int) async {
        await send(.input(.resize(Size(rows: rows, columns: columns))))
    }

    func perform(_ effects: [Effect]) async {
        effectLog += effects
        for effect in effects {
            switch effect {
            case let .copy(text): copied.append(text)
            case .quit: quit = true
            case let .cancel(request): held.removeAll { Self.request(of: $0) == request }
            case .listAPIs, .loadAPI, .listStages, .createDeployment, .testInvoke:
                if holdLoads {
                    held.append(effect)
                } else if let event = await EffectWork.perform(effect, sources: sources) {
                    await send(event)
                }
            case let .externalEdit(text, _):
                await send(.externalEditFinished(.success(externalEditor?(text) ?? text)))
            case .simulate where holdPreviews:
                heldPreviews.append(effect)
            default:
                if let event = await EffectWork.perform(effect, sources: sources, journal: journal) { await send(event) }
            }
        }
    }

    /// Lets the held loads finish.
    func releaseHeld() async {
        holdLoads = false
        let effects = held
        held = []
        await perform(effects)
    }

    /// Lets the held preview runs finish.
    func releasePreviews() async {
        holdPreviews = false
        let effects = heldPreviews
        heldPreviews = []
        await perform(effects)
    }

    private static func request(of effect: Effect) -> Int? {
        switch effect {
        case let .listAPIs(_, request), let .loadAPI(_, request), let .listStages(_, request),
             let .createDeployment(_, _, _, request), let .testInvoke(_, _, _, request): return request
        default: return nil
        }
    }

    /// The frame as text.
    var screen: String { Explorer.draw(state).text }

    /// Compares the frame with `Golden/NAME.txt`; `RECORD=1` rewrites it.
    func assertScreen(_ name: String, file: StaticString = #filePath, line: UInt = #line) {
        Golden.assert(screen, named: name, file: file, line: line)
    }
}

/// Golden files of screens under `Tests/ExplorerTests/Golden/`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func assert(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name + ".txt")
        let content = text + "\n"
        let record = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try content.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                XCTFail("could not write golden \(url.path): \(error)", file: file, line: line)
            }
            if !record { XCTFail("recorded missing golden \(name).txt; run again", file: file, line: line) }
            return
        }
        if expected != content {
            XCTFail("screen differs from Golden/\(name).txt (RECORD=1 rewrites it):\n--- expected\n\(expected)--- actual\n\(content)", file: file, line: line)
        }
    }
}
