/// The palette every screen draws with: named roles rather than raw colours.
public struct Theme: Sendable {
    public var text: Style
    public var muted: Style
    public var accent: Style
    public var header: Style
    public var headerTitle: Style
    public var headerCrumb: Style
    public var selection: Style
    public var selectionInactive: Style
    public var border: Style
    public var title: Style
    public var columnHeader: Style
    public var footerKey: Style
    public var footerLabel: Style
    public var status: Style
    public var errorBanner: Style
    public var infoBanner: Style
    public var lineNumber: Style
    public var tabActive: Style
    public var tabInactive: Style
    public var input: Style
    public var syntax: SyntaxPalette

    /// The default 256-colour palette: calm greys, a teal accent, warm highlights.
    public static let standard = Theme(
        text: .plain,
        muted: .fg(245),
        accent: Style(foreground: .indexed(37), bold: true),
        header: Style(foreground: .indexed(252), background: .indexed(236)),
        headerTitle: Style(foreground: .indexed(16), background: .indexed(37), bold: true),
        headerCrumb: Style(foreground: .indexed(223), background: .indexed(236), bold: true),
        selection: Style(foreground: .indexed(231), background: .indexed(24), bold: true),
        selectionInactive: Style(foreground: .indexed(252), background: .indexed(238)),
        border: .fg(240),
        title: Style(foreground: .indexed(80), bold: true),
        columnHeader: Style(foreground: .indexed(250), bold: true, underline: true),
        footerKey: Style(foreground: .indexed(16), background: .indexed(109), bold: true),
        footerLabel: .fg(250),
        status: Style(foreground: .indexed(250), background: .indexed(235)),
        errorBanner: Style(foreground: .indexed(231), background: .indexed(124), bold: true),
        infoBanner: Style(foreground: .indexed(16), background: .indexed(150)),
        lineNumber: .fg(240),
        tabActive: Style(foreground: .indexed(16), background: .indexed(180), bold: true),
        tabInactive: Style(foreground: .indexed(250), background: .indexed(237)),
        input: Style(foreground: .indexed(231), background: .indexed(235)),
        syntax: .standard
    )
}

/// Colours for highlighted code.
public struct SyntaxPalette: Sendable {
    public var directive: Style
    public var variable: Style
    public var string: Style
    public var number: Style
    public var keyword: Style
    public var comment: Style
    public var tag: Style
    public var attribute: Style
    public var punctuation: Style
    public var key: Style

    /// The default highlighting colours.
    public static let standard = SyntaxPalette(
        directive: Style(foreground: .indexed(175), bold: true),
        variable: .fg(81),
        string: .fg(150),
        number: .fg(215),
        keyword: .fg(203),
        comment: Style(foreground: .indexed(243), dim: false),
        tag: .fg(110),
        attribute: .fg(180),
        punctuation: .fg(246),
        key: .fg(117)
    )
}
