import TerminalUI
import Text

/// Where each part of the screen goes for a state: computed the same way by `draw` and by
/// `update` (page sizes, mouse clicks), so the two always agree.
struct Layout {
    /// The smallest terminal the explorer draws in; below it, a "too small" message.
    static let minimum = Size(rows: 10, columns: 40)
    /// From this width on, a detail pane shows beside the list.
    static let wideColumns = 110

    var tooSmall: Bool
    var header: Rect
    var banner: Rect?
    var body: Rect
    var main: Rect
    var detail: Rect?
    var status: Rect
    var footer: Rect
    /// The rows of the current screen's list, if it has one.
    var list: Rect?
    /// The template text (response screen).
    var text: Rect?

    init(_ state: ExplorerState) {
        let size = state.size
        tooSmall = size.rows < Self.minimum.rows || size.columns < Self.minimum.columns
        let full = Rect(row: 0, column: 0, height: size.rows, width: size.columns)
        var rest: Rect
        (header, rest) = full.splitTop(1)
        if let message = state.banner {
            // A long message wraps onto a second row rather than losing its end (the request ID).
            let rows = DisplayWidth.of(Self.bannerText(message)) + Self.bannerHint.count > size.columns ? 2 : 1
            let (bannerRect, remaining) = rest.splitTop(rows)
            banner = bannerRect
            rest = remaining
        }
        footer = Rect(row: size.rows - 1, column: 0, height: 1, width: size.columns)
        status = Rect(row: size.rows - 2, column: 0, height: 1, width: size.columns)
        body = Rect(row: rest.row, column: 0, height: size.rows - 2 - rest.row, width: size.columns)
        if size.columns >= Self.wideColumns {
            let listWidth = state.screen.mainWidth(columns: size.columns)
            let (left, right) = body.splitLeft(listWidth)
            main = left
            detail = Rect(row: right.row, column: right.column + 1, height: right.height, width: right.width - 1)
        } else {
            main = body
        }
        (list, text) = state.screen.areas(state, main: main, detail: detail)
    }

    /// The hint at the end of a banner.
    static let bannerHint = "\(Keymap.key(.dismiss)) dismiss "

    /// A banner's text with its icon.
    static func bannerText(_ banner: Banner) -> String {
        " \(banner.kind == .error ? "✗" : "✓") \(banner.text)"
    }

    /// How many rows the method's summary takes above its integration responses.
    static func methodInfoHeight(_ state: ExplorerState) -> Int {
        guard let method = state.currentMethod else { return 0 }
        return MethodInfo.lines(method, theme: .standard).count
    }

    /// How many rows the response's fields take above its templates.
    static func responseFieldsHeight(_ state: ExplorerState) -> Int {
        guard let response = state.currentResponse else { return 0 }
        return ResponseInfo.lines(response, methodResponse: state.currentMethod?.methodResponse(statusCode: response.statusCode), importID: state.importID ?? "", width: state.size.columns, theme: .standard).count
    }
}
