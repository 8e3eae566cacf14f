/// Scans one line into spans; `state` carries comments and tags across lines.
struct LineScanner {
    let characters: [Character]
    var state: LineState
    let language: SyntaxLanguage
    let palette: SyntaxPalette
    private var index = 0
    private var spans: [Span] = []
    private var directiveDepth = 0

    init(characters: [Character], state: LineState, language: SyntaxLanguage, palette: SyntaxPalette) {
        self.characters = characters
        self.state = state
        self.language = language
        self.palette = palette
    }

    mutating func run() -> [Span] {
        while index < characters.count {
            if state.inVTLComment { scanUntil("*#", style: palette.comment) { $0.state.inVTLComment = false }; continue }
            if state.inXMLComment { scanUntil("-->", style: palette.comment) { $0.state.inXMLComment = false }; continue }
            let c = characters[index]
            if language.vtl, scanVTL() { continue }
            if directiveDepth > 0, scanDirectiveArgument(c) { continue }
            switch language.base {
            case .json: scanJSON(c)
            case .xml: scanXML(c)
            case .plain: emit(String(c), .plain); index += 1
            }
        }
        return spans
    }

    // MARK: - Helpers

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private func matches(_ text: String) -> Bool {
        var offset = 0
        for c in text {
            guard peek(offset) == c else { return false }
            offset += 1
        }
        return true
    }

    private mutating func emit(_ text: String, _ style: Style) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text, style))
        }
    }

    private mutating func take(_ count: Int, _ style: Style) {
        let end = min(characters.count, index + count)
        emit(String(characters[index..<end]), style)
        index = end
    }

    private mutating func scanUntil(_ terminator: String, style: Style, onEnd: (inout LineScanner) -> Void) {
        var text = ""
        while index < characters.count {
            if matches(terminator) {
                text += terminator
                index += terminator.count
                onEnd(&self)
                break
            }
            text.append(characters[index])
            index += 1
        }
        emit(text, style)
    }

    private static func isIdentifierStart(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c == "_"
    }

    private static func isIdentifier(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber || c == "_" || c == "-"
    }

    // MARK: - VTL

    private mutating func scanVTL() -> Bool {
        if matches("##") { take(characters.count - index, palette.comment); return true }
        if matches("#*") {
            state.inVTLComment = true
            take(2, palette.comment)
            return true
        }
        if peek() == "#" {
            var offset = 1
            let braced = peek(1) == "{"
            if braced { offset += 1 }
            var word = ""
            while Self.isIdentifier(peek(offset)) {
                word.append(characters[index + offset])
                offset += 1
            }
            guard SyntaxHighlighter.directives.contains(word) else { return false }
            if braced, peek(offset) == "}" { offset += 1 }
            take(offset, palette.directive)
            return true
        }
        if peek() == "$" {
            var offset = 1
            if peek(offset) == "!" { offset += 1 }
            let braced = peek(offset) == "{"
            if braced { offset += 1 }
            guard Self.isIdentifierStart(peek(offset)) else { return false }
            while Self.isIdentifier(peek(offset)) { offset += 1 }
            // Property and method chains: `.name`, `(args)`, `[index]`.
            while let next = peek(offset) {
                if next == ".", Self.isIdentifierStart(peek(offset + 1)) {
                    offset += 1
                    while Self.isIdentifier(peek(offset)) { offset += 1 }
                } else if next == "(" || next == "[" {
                    guard let end = closing(from: index + offset) else { break }
                    offset = end - index + 1
                } else {
                    break
                }
            }
            if braced, peek(offset) == "}" { offset += 1 }
            take(offset, palette.variable)
            return true
        }
        if peek() == "(", lastEmittedIsDirective {
            directiveDepth = 1
            take(1, palette.punctuation)
            return true
        }
        return false
    }

    private var lastEmittedIsDirective: Bool {
        guard let last = spans.last else { return false }
        return last.style == palette.directive || (last.text.allSatisfy { $0 == " " } && spans.dropLast().last?.style == palette.directive)
    }

    /// The index of the bracket closing the one at `start`, skipping quoted text.
    private func closing(from start: Int) -> Int? {
        var depth = 0
        var quote: Character?
        var position = start
        while position < characters.count {
            let c = characters[position]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth -= 1
                if depth == 0 { return position }
            }
            position += 1
        }
        return nil
    }

    /// Inside `#if( … )`: strings, numbers, operators, until the closing parenthesis.
    private mutating func scanDirectiveArgument(_ c: Character) -> Bool {
        switch c {
        case "(":
            directiveDepth += 1
            take(1, palette.punctuation)
        case ")":
            directiveDepth -= 1
            take(1, palette.punctuation)
        case "'", "\"":
            scanQuoted(c, style: palette.string)
        case _ where c.isNumber:
            var text = ""
            while let d = peek(), d.isNumber || d == "." { text.append(d); index += 1 }
            emit(text, palette.number)
        case "=", "!", "<", ">", "&", "|", "+", "-", "*", "/", "%":
            take(1, palette.keyword)
        case _ where c.isLetter:
            var word = ""
            while Self.isIdentifier(peek()) { word.append(characters[index]); index += 1 }
            let keywords: Set<String> = ["true", "false", "null", "in", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge"]
            emit(word, keywords.contains(word) ? palette.keyword : .plain)
        default:
            take(1, .plain)
        }
        return true
    }

    /// A quoted string, with VTL references inside it highlighted.
    private mutating func scanQuoted(_ quote: Character, style: Style) {
        take(1, style)
        while index < characters.count {
            let c = characters[index]
            if c == "\\" {
                take(2, style)
                continue
            }
            if c == quote {
                take(1, style)
                return
            }
            if language.vtl, c == "$" || c == "#", scanVTL() { continue }
            take(1, style)
        }
    }

    // MARK: - JSON

    private mutating func scanJSON(_ c: Character) {
        switch c {
        case "\"":
            // A string followed by `:` is an object key.
            var look = index + 1
            while look < characters.count, characters[look] != "\"" { look += characters[look] == "\\" ? 2 : 1 }
            look += 1
            while look < characters.count, characters[look] == " " { look += 1 }
            let isKey = look < characters.count && characters[look] == ":"
            scanQuoted("\"", style: isKey ? palette.key : palette.string)
        case "{", "}", "[", "]", ",", ":":
            take(1, palette.punctuation)
        case "-", "0"..."9":
            var text = ""
            while let d = peek(), d.isNumber || d == "." || d == "-" || d == "+" || d == "e" || d == "E" { text.append(d); index += 1 }
            emit(text, palette.number)
        default:
            if c.isLetter {
                var word = ""
                while let d = peek(), d.isLetter { word.append(d); index += 1 }
                emit(word, ["true", "false", "null"].contains(word) ? palette.keyword : .plain)
            } else {
                take(1, .plain)
            }
        }
    }

    // MARK: - XML

    private mutating func scanXML(_ c: Character) {
        if state.inXMLTag {
            switch c {
            case ">":
                take(1, palette.tag)
                state.inXMLTag = false
            case "/", "?":
                if peek(1) == ">" {
                    take(2, palette.tag)
                    state.inXMLTag = false
                } else {
                    take(1, palette.tag)
                }
            case "\"", "'":
                scanQuoted(c, style: palette.string)
            case "=":
                take(1, palette.punctuation)
            default:
                if Self.isIdentifierStart(c) {
                    var word = ""
                    while let d = peek(), Self.isIdentifier(d) || d == ":" { word.append(d); index += 1 }
                    emit(word, palette.attribute)
                } else {
                    take(1, .plain)
                }
            }
            return
        }
        if matches("<!--") {
            state.inXMLComment = true
            take(4, palette.comment)
            return
        }
        if c == "<" {
            var offset = 1
            if peek(1) == "/" || peek(1) == "?" || peek(1) == "!" { offset += 1 }
            while let d = peek(offset), Self.isIdentifier(d) || d == ":" { offset += 1 }
            take(offset, palette.tag)
            state.inXMLTag = true
            return
        }
        take(1, .plain)
    }
}
