import GatewayModel
import TerminalUI

extension ExplorerState {
    /// The resource the current screen is about.
    var currentResource: Resource? {
        guard let api = currentAPI, let id = screen.resourceId else { return nil }
        return api.definition.resource(id)
    }

    /// The method the current screen is about.
    var currentMethod: Method? {
        guard let name = screen.httpMethod else { return nil }
        return currentResource?.method(name)
    }

    /// The integration response the current screen is about.
    var currentResponse: IntegrationResponse? {
        guard let status = screen.statusCode else { return nil }
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
    var listCount: Int {
        switch screen.kind {
        case .apis: return visibleAPIs(filter: screen.filter).count
        case .resources: return currentAPI?.tree.visible.count ?? 0
        case .method: return visibleResponses.count
        case .response: return 0
        }
    }

    /// The API under the cursor on the APIs screen.
    var selectedAPI: APIEntry? {
        let visible = visibleAPIs(filter: screen.filter)
        guard screen.kind == .apis, visible.indices.contains(screen.list.cursor) else { return nil }
        return apis[visible[screen.list.cursor]]
    }

    /// The tree row under the cursor on the resources screen.
    var selectedTreeRow: ResourceTree.Row? {
        guard screen.kind == .resources, let tree = currentAPI?.tree, tree.visible.indices.contains(screen.list.cursor) else { return nil }
        return tree.rows[tree.visible[screen.list.cursor]]
    }

    /// The integration response under the cursor on the method screen.
    var selectedResponse: IntegrationResponse? {
        guard screen.kind == .method, let responses = currentMethod?.integration?.integrationResponses else { return nil }
        let visible = visibleResponses
        guard visible.indices.contains(screen.list.cursor) else { return nil }
        return responses[visible[screen.list.cursor]]
    }

    /// Terraform's import ID of the selected object: API, resource, method or integration response.
    var importID: String? {
        switch screen.kind {
        case .apis:
            return selectedAPI?.api.id
        case .resources:
            guard let api = currentAPI, let row = selectedTreeRow else { return nil }
            let resource = api.definition.resources[row.resourceIndex]
            let base = "\(api.definition.api.id)/\(resource.id)"
            guard let methodIndex = row.methodIndex else { return base }
            return "\(base)/\(resource.methods[methodIndex].httpMethod)"
        case .method:
            guard let api = currentAPI, let resource = currentResource, let method = currentMethod else { return nil }
            let methodID = MethodID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod)
            guard let response = selectedResponse else { return methodID.description }
            return IntegrationResponseID(restApiId: methodID.restApiId, resourceId: methodID.resourceId, httpMethod: methodID.httpMethod, statusCode: response.statusCode).description
        case .response:
            guard let api = currentAPI, let resource = currentResource, let method = currentMethod, let status = screen.statusCode else { return nil }
            return IntegrationResponseID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod, statusCode: status).description
        }
    }

    /// The breadcrumb parts: API › resource › method › status.
    var breadcrumb: [String] {
        var parts: [String] = []
        for screen in stack {
            switch screen.kind {
            case .apis: continue
            case .resources:
                if let key = screen.api { parts.append(loaded[key]?.definition.api.name ?? key.apiId) }
            case .method:
                if let key = screen.api, let id = screen.resourceId {
                    parts.append(loaded[key]?.definition.resource(id)?.path ?? id)
                }
                parts.append(screen.httpMethod ?? "")
            case .response:
                parts.append(screen.statusCode ?? "")
            }
        }
        return parts
    }
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
