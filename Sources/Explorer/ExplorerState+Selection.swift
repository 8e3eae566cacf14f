import GatewayModel
import TerminalUI

extension ExplorerState {
    /// The resource the current screen is about.
    var currentResource: Resource? {
        guard let api = currentAPI, let id = screen.place.resourceId else { return nil }
        return api.definition.resource(id)
    }

    /// The method the current screen is about.
    var currentMethod: Method? {
        guard let name = screen.place.httpMethod else { return nil }
        return currentResource?.method(name)
    }

    /// The integration response the current screen is about.
    var currentResponse: IntegrationResponse? {
        guard let status = screen.place.statusCode else { return nil }
        return currentMethod?.integration?.integrationResponse(statusCode: status)
    }

    /// Indices of the current method's integration responses that pass the filter.
    var visibleResponses: [Int] {
        let responses = currentMethod?.integration?.integrationResponses ?? []
        guard !screen.filter.isEmpty else { return Array(responses.indices) }
        let query = screen.filter.lowercased()
        return responses.indices.filter {
            responses[$0].statusCode.lowercased().contains(query) || (responses[$0].selectionPattern ?? "").lowercased().contains(query)
        }
    }

    /// How many rows the current screen's list has.
    var listCount: Int { screen.listCount(self) }

    /// The API under the cursor on the APIs screen.
    var selectedAPI: APIEntry? {
        let visible = visibleAPIs(filter: screen.filter)
        guard screen is APIsScreen, visible.indices.contains(screen.list.cursor) else { return nil }
        return apis[visible[screen.list.cursor]]
    }

    /// The tree row under the cursor on the resources screen.
    var selectedTreeRow: ResourceTree.Row? {
        guard screen is ResourcesScreen, let tree = currentAPI?.tree, tree.visible.indices.contains(screen.list.cursor) else { return nil }
        return tree.rows[tree.visible[screen.list.cursor]]
    }

    /// The integration response under the cursor on the method screen.
    var selectedResponse: IntegrationResponse? {
        guard screen is MethodScreen, let responses = currentMethod?.integration?.integrationResponses else { return nil }
        let visible = visibleResponses
        guard visible.indices.contains(screen.list.cursor) else { return nil }
        return responses[visible[screen.list.cursor]]
    }

    /// Terraform's import ID of the selected object: API, resource, method or integration response.
    var importID: String? { screen.importID(self) }

    /// The breadcrumb parts: API › resource › method › status.
    var breadcrumb: [String] { screens.flatMap { $0.breadcrumb(self) } }
}

extension ListState {
    /// Moves the cursor as a movement row of a key table says (other actions do nothing).
    mutating func perform(_ action: Action, count: Int, height: Int) {
        switch action {
        case .up: move(by: -1, count: count, height: height)
        case .down: move(by: 1, count: count, height: height)
        case .top: select(0, count: count, height: height)
        case .bottom: select(count - 1, count: count, height: height)
        case .pageUp: page(-1, count: count, height: height)
        case .pageDown: page(1, count: count, height: height)
        default: break
        }
    }
}
