import GatewayModel
import TerminalUI
import Text

/// How a response parameter reads in lists: `header Access-Control-Allow-Origin ← '*'`. The
/// `method.response.header.` prefix every header mapping shares is folded so names that differ
/// only at the end stay apart; the row under the cursor and the editor show the whole name.
enum ParameterText {
    /// The name as lists show it: `header X-Request-Id` for a header mapping, else the key itself.
    static func name(_ key: String) -> String {
        guard key.hasPrefix(MethodResponse.headerPrefix) else { return key }
        return "header " + key.dropFirst(MethodResponse.headerPrefix.count)
    }

    /// The arrow between a parameter and where its value comes from.
    static let arrow = " ← "

    /// The narrowest a value may get before it is left out instead (the name is never cut for it).
    static let minimumValueWidth = 6

    /// One parameter as spans in `width` columns: the name padded to `nameWidth`, then the value
    /// in what is left. Too narrow for both, the value is dropped before the name is cut.
    static func spans(name: String, value: String, nameWidth: Int, width: Int,
                      nameStyle: Style, valueStyle: Style, arrowStyle: Style, emptyStyle: Style) -> [Span] {
        let padded = max(nameWidth, DisplayWidth.of(name))
        let room = width - padded - DisplayWidth.of(arrow)
        guard room >= minimumValueWidth else {
            return [Span(DisplayWidth.truncate(name, to: max(1, width)), nameStyle)]
        }
        let shown = value.isEmpty ? Span("(empty)", emptyStyle) : Span(DisplayWidth.truncate(value, to: room), valueStyle)
        return [Span(DisplayWidth.pad(name, to: padded), nameStyle), Span(arrow, arrowStyle), shown]
    }
}
