import TerminalUI

/// Where the form's parts go on the screen; the same for `draw` and for key handling (so the
/// editors page and scroll by what is really shown).
struct FormLayout {
    /// From this width on, the preview shows beside the form.
    static let wideColumns = 110
    /// Rows above the response parameters: status, pattern, its feedback, content handling, heading.
    static let fieldRows = 5
    /// At most this many rows for the parameters table.
    static let maxParameterRows = 8

    var body: Rect
    var form: Rect?
    var preview: Rect?
    /// The template tab bar and the editor under it.
    var tabBar: Rect
    var editor: Rect
    var sampleSubject: Rect
    var sampleHeaders: Rect
    var sampleBody: Rect
    var result: Rect

    init(size: Size, bannerRows: Int, form: ResponseForm, parameterLines: Int) {
        let top = 1 + bannerRows
        body = Rect(row: top, column: 0, height: size.rows - 2 - top, width: size.columns)
        if size.columns >= Self.wideColumns {
            let formWidth = size.columns * 11 / 20
            let (left, right) = body.splitLeft(formWidth)
            self.form = left
            preview = Rect(row: right.row, column: right.column + 1, height: right.height, width: right.width - 1)
        } else if form.showPreview {
            self.form = nil
            preview = body
        } else {
            self.form = body
            preview = nil
        }
        let formRect = self.form ?? Rect(row: body.row, column: 0, height: 0, width: 0)
        let tabRow = formRect.row + Self.fieldRows + min(Self.maxParameterRows, parameterLines)
        tabBar = Rect(row: tabRow, column: formRect.column, height: formRect.isEmpty ? 0 : 1, width: formRect.width)
        editor = Rect(row: tabRow + 1, column: formRect.column, height: formRect.bottom - tabRow - 1, width: formRect.width)
        let previewRect = preview ?? Rect(row: body.row, column: 0, height: 0, width: 0)
        sampleSubject = Rect(row: previewRect.row + 1, column: previewRect.column, height: previewRect.isEmpty ? 0 : 1, width: previewRect.width)
        sampleHeaders = Rect(row: previewRect.row + 3, column: previewRect.column, height: previewRect.isEmpty ? 0 : 2, width: previewRect.width)
        let bodyHeight = max(2, (previewRect.height - 8) / 3)
        sampleBody = Rect(row: sampleHeaders.bottom + 1, column: previewRect.column, height: previewRect.isEmpty ? 0 : bodyHeight, width: previewRect.width)
        result = Rect(row: sampleBody.bottom, column: previewRect.column, height: previewRect.bottom - sampleBody.bottom, width: previewRect.width)
    }

    /// The template editor's text area.
    var editorViewport: Size { Size(rows: max(1, editor.height), columns: max(1, editor.width - 6)) }
    /// The sample editors' text areas.
    var sampleHeadersViewport: Size { Size(rows: max(1, sampleHeaders.height), columns: max(1, sampleHeaders.width - 6)) }
    var sampleBodyViewport: Size { Size(rows: max(1, sampleBody.height), columns: max(1, sampleBody.width - 6)) }
}

extension ExplorerState {
    /// The form's layout for the current size and banner.
    func formLayout(_ form: ResponseForm, issues: FormIssues) -> FormLayout {
        FormLayout(size: size, bannerRows: Layout(self).banner?.height ?? 0, form: form, parameterLines: Explorer.parameterLines(form, issues: issues, width: size.columns, theme: .standard).count)
    }
}
