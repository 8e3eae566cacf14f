import GatewayModel
import TerminalUI

/// The `d` flow, while it is open: load the stages, choose one (or name a new one), confirm,
/// deploy. The result ends it and shows as a banner.
struct DeployFlow: Hashable, Sendable {
    /// Where the flow is.
    enum Phase: Hashable, Sendable {
        /// `GetStages` is running (Esc cancels it).
        case loadingStages(request: Int)
        /// The stage list is shown; the last row is "new stage…".
        case choosing
        /// The user types the name of a new stage.
        case naming(TextInput)
        /// "Deploy MyDemoAPI to prod?"
        case confirming(stageName: String)
        /// `CreateDeployment` is running.
        case deploying(request: Int, stageName: String)
    }

    /// The most stage rows the chooser shows at once.
    static let listHeight = 10

    var api: APIKey
    /// The REST API's ID at the source.
    var restApiId: String
    /// The REST API's name, for the questions and banners.
    var apiName: String
    var phase: Phase
    var stages: [Stage] = []
    /// The cursor over the stages and the "new stage…" row after them.
    var list = ListState()
    /// Why the typed stage name cannot be used, shown under the input.
    var problem: String?
    /// What was saved to this API in this session and not deployed since (`GET /pets 200`).
    var changes: [String] = []

    /// Rows of the chooser: every stage, then "new stage…".
    var rowCount: Int { stages.count + 1 }

    /// Whether the cursor is on "new stage…".
    var isOnNewStage: Bool { list.cursor >= stages.count }

    /// Whether a request is running (the spinner turns).
    var isWaiting: Bool {
        switch phase {
        case .loadingStages, .deploying: return true
        case .choosing, .naming, .confirming: return false
        }
    }

    /// The stage with a name, if the API has it.
    func stage(named name: String) -> Stage? {
        stages.first { $0.stageName == name }
    }

    /// The deployment's description: what gwx saved, so the console's history says why.
    var deploymentDescription: String {
        guard !changes.isEmpty else { return "Deployed from gwx" }
        let text = "gwx: " + changes.joined(separator: ", ")
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }

    /// `2024-03-01T10:00:00Z` as `2024-03-01 10:00`; other text as it is.
    static func shortDate(_ text: String?) -> String {
        guard let text else { return "—" }
        let characters = Array(text)
        guard characters.count >= 16, characters[10] == "T" else { return text }
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }
}
