import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Sources list their APIs in any order (export files parse on the first load, off the UI
/// thread): a cursor nobody moved stays on the first row; a moved one follows its API.
final class ListingOrderTests: XCTestCase {
    private func startedState() -> (ExplorerState, requests: [Int]) {
        var state = ExplorerState(size: Size(rows: 30, columns: 100), label: "2 export files", readonly: false, sourceLabels: ["file b.json", "file a.yaml"])
        _ = Explorer.start(&state)
        let requests = state.sources.map { status -> Int in
            guard case let .loading(request) = status else { return -1 }
            return request
        }
        return (state, requests)
    }

    func testTheCursorStaysOnTheFirstRowWhicheverSourceAnswersFirst() {
        var (state, requests) = startedState()
        _ = Explorer.update(&state, .apisListed(source: 0, request: requests[0], .success([RestAPI(id: "b", name: "PetStore")])))
        XCTAssertEqual(state.selectedAPI?.api.name, "PetStore")
        _ = Explorer.update(&state, .apisListed(source: 1, request: requests[1], .success([RestAPI(id: "a", name: "MyDemoAPI")])))
        XCTAssertEqual(state.apis.map(\.api.name), ["MyDemoAPI", "PetStore"])
        XCTAssertEqual(state.selectedAPI?.api.name, "MyDemoAPI", "the cursor is on the top row, as the list is drawn")
    }

    func testAMovedCursorFollowsItsAPIWhenAnotherSourceAnswers() async {
        var (state, requests) = startedState()
        _ = Explorer.update(&state, .apisListed(source: 0, request: requests[0], .success([RestAPI(id: "b1", name: "Orders"), RestAPI(id: "b2", name: "PetStore")])))
        _ = Explorer.update(&state, .input(.key(.character("j"))))
        XCTAssertEqual(state.selectedAPI?.api.name, "PetStore")
        _ = Explorer.update(&state, .apisListed(source: 1, request: requests[1], .success([RestAPI(id: "a", name: "MyDemoAPI")])))
        XCTAssertEqual(state.apis.map(\.api.name), ["MyDemoAPI", "Orders", "PetStore"])
        XCTAssertEqual(state.selectedAPI?.api.name, "PetStore", "the API the user chose stays chosen")
    }
}
