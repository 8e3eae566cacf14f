import GatewayClient
import GatewayModel

/// What a save will do, shown before it is done: the diff of the fields, the PATCH operations
/// an AWS source sends, and the method response to create or extend first.
struct SavePlan: Hashable, Sendable {
    var source: Int
    var method: MethodID
    var updated: IntegrationResponse
    var original: IntegrationResponse?
    /// A method response to put before the integration response (new status or headers).
    var methodResponse: MethodResponse?
    var diff: [UnifiedDiff.Line]
    /// The PATCH operations, as `op path value` lines (AWS sources only).
    var patchOperations: [String]?

    /// The plan for saving a form.
    init(form: ResponseForm, source: Int, isAWS: Bool) {
        self.source = source
        method = form.context.method
        updated = form.current.normalized
        original = form.context.original
        let status = updated.statusCode
        let existing = form.context.methodResponse(status)
        var needed = existing ?? MethodResponse(statusCode: status)
        for entry in updated.responseParameters where needed.responseParameters[entry.key] == nil {
            needed.responseParameters[entry.key] = false
        }
        methodResponse = needed != existing ? needed : nil
        diff = UnifiedDiff.lines(from: original.map(Self.describe) ?? [], to: Self.describe(updated))
        if isAWS {
            if let original, original.statusCode == updated.statusCode {
                patchOperations = PatchOperation.diff(from: original, to: updated).map(Self.describe)
            } else {
                var lines = original.map { ["DELETE integration response \($0.statusCode)"] } ?? []
                lines.append("PUT integration response \(updated.statusCode) (whole object)")
                patchOperations = lines
            }
        }
    }

    /// The lines the modal shows.
    var lines: [String] {
        var result: [String] = []
        if let methodResponse {
            let headers = methodResponse.declaredHeaders
            result.append("First: put method response \(methodResponse.statusCode)" + (headers.isEmpty ? "" : " declaring " + headers.joined(separator: ", ")))
            result.append("")
        }
        result.append("--- \(original == nil ? "/dev/null" : "saved \(method)/\(original?.statusCode ?? "")")")
        result.append("+++ draft \(method)/\(updated.statusCode)")
        result += diff.map(\.text)
        if let patchOperations {
            result.append("")
            result.append("PATCH operations sent to API Gateway:")
            result += patchOperations.isEmpty ? ["  (none)"] : patchOperations.map { "  " + $0 }
        }
        return result
    }

    /// An integration response as lines of text, for the diff.
    static func describe(_ response: IntegrationResponse) -> [String] {
        var lines = ["statusCode: \(response.statusCode)"]
        lines.append("selectionPattern: \(response.selectionPattern ?? "(default)")")
        lines.append("contentHandling: \(response.contentHandling?.rawValue ?? "(none)")")
        lines.append("responseParameters:")
        for entry in response.responseParameters { lines.append("  \(entry.key): \(entry.value)") }
        lines.append("responseTemplates:")
        for entry in response.responseTemplates {
            guard !entry.value.isEmpty else {
                lines.append("  \(entry.key): \"\" (empty template)")
                continue
            }
            lines.append("  \(entry.key): |")
            lines += entry.value.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        }
        return lines
    }

    private static func describe(_ operation: PatchOperation) -> String {
        // An empty value is shown as "" so that clearing a template reads apart from removing it.
        let value = operation.value.map { $0.isEmpty ? " \"\"" : " " + ($0.count > 60 ? String($0.prefix(57)).replacingNewlines + "…" : $0.replacingNewlines) } ?? ""
        return "\(operation.op) \(operation.path)\(value)"
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}
