import Foundation

extension ExecutionLog {
    /// Reads a log. Never fails: what is not understood stays in `unknownMessages`, and
    /// `isRecognized` says whether anything was.
    public static func parse(_ text: String) -> ExecutionLog {
        var log = ExecutionLog()
        log.entries = splitEntries(text)
        for entry in log.entries {
            if log.startedAt == nil { log.startedAt = entry.timestamp }
            log.read(entry.message)
        }
        return log
    }

    // MARK: - Entries

    /// The log's entries: a line that starts with a timestamp (or a CloudWatch `(request-id)`)
    /// opens an entry; any other line continues the one before (a body with newlines).
    static func splitEntries(_ text: String) -> [Entry] {
        // A log whose every line ends in CRLF is a CRLF log; a lone CR inside a body is kept.
        // Split on the byte: in a Swift string "\r\n" is one Character, which "\n" never equals.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let crlf = lines.count > 1 && lines.dropLast().allSatisfy { $0.utf8.last == UInt8(ascii: "\r") }
        var entries: [Entry] = []
        for (index, raw) in lines.enumerated() {
            let line = crlf && raw.utf8.last == UInt8(ascii: "\r") ? String(decoding: raw.utf8.dropLast(), as: UTF8.self) : raw
            if index == lines.count - 1 && line.isEmpty { break }
            if let (timestamp, message) = entryStart(line) {
                entries.append(Entry(timestamp: timestamp, message: message))
            } else if entries.isEmpty {
                entries.append(Entry(timestamp: nil, message: line))
            } else {
                entries[entries.count - 1].message += "\n" + line
            }
        }
        return entries
    }

    // `Tue Oct 12 21:09:59 UTC 2021 : `, `2017-06-05T13:57:47.390Z (id) `, `(id) `.
    private static let consoleStamp = try? NSRegularExpression(pattern: #"^([A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]?[0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [A-Z]{1,5} [0-9]{4}) : "#)
    private static let cloudWatchStamp = try? NSRegularExpression(pattern: #"^(?:([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z) )?\([0-9A-Za-z-]{8,}\) "#)

    private static func entryStart(_ line: String) -> (String?, String)? {
        let range = NSRange(line.startIndex..., in: line)
        for expression in [consoleStamp, cloudWatchStamp] {
            guard let expression, let match = expression.firstMatch(in: line, range: range), let whole = Range(match.range, in: line) else { continue }
            let stamp = Range(match.range(at: 1), in: line).map { String(line[$0]) }
            return (stamp, String(line[whole.upperBound...]))
        }
        if line.hasPrefix("Execution log for request") { return (nil, line) }
        return nil
    }

    // MARK: - Messages

    private mutating func read(_ message: String) {
        if let id = message.after("Execution log for request") {
            requestId = requestId ?? id.trimmingCharacters(in: .whitespaces).trimmingPrefix(":").trimmingCharacters(in: .whitespaces)
        } else if let id = message.after("Starting execution for request: ") {
            requestId = id.trimmingCharacters(in: .whitespaces)
        } else if let rest = message.after("HTTP Method: ") {
            let parts = rest.components(separatedBy: ", Resource Path: ")
            httpMethod = parts[0]
            if parts.count > 1 { requestPath = parts[1] }
        } else if let rest = message.after("Method request path: ") {
            methodRequestPath = Self.pairs(rest)
        } else if let rest = message.after("Method request query string: ") {
            methodRequestQuery = Self.pairs(rest)
        } else if let rest = message.after("Method request headers: ") {
            methodRequestHeaders = Self.pairs(rest)
        } else if let rest = message.after("Method request body before transformations:") {
            methodRequestBody = Self.logged(rest.droppingOneSpace)
        } else if let rest = message.after("Endpoint request URI: ") {
            endpointRequestURI = rest
        } else if let rest = message.after("Endpoint request body after transformations:") {
            endpointRequestBody = Self.logged(rest.droppingOneSpace)
        } else if let rest = message.after("Received response.") {
            readReceived(rest)
        } else if let rest = message.after("Endpoint response headers: ") {
            backendHeaders = Self.pairs(rest)
        } else if let rest = message.after("Endpoint response body before transformations:") {
            backendBody = Self.logged(rest.droppingOneSpace)
        } else if message.hasPrefix("Lambda execution failed"), let range = message.range(of: "due to customer function error: ") {
            var text = String(message[range.upperBound...])
            if let id = text.range(of: ". Lambda request id: ", options: .backwards) { text = String(text[..<id.lowerBound]) }
            lambdaErrorMessage = text
        } else if message.hasPrefix("Execution failed due to") || message.hasPrefix("Lambda execution failed") {
            executionFailures.append(message)
        } else if let rest = message.after("Method response body after transformations:") {
            methodResponseBody = Self.logged(rest.droppingOneSpace)
        } else if let rest = message.after("Method response headers: ") {
            methodResponseHeaders = Self.pairs(rest)
        } else if let rest = message.after("Method completed with status: ") {
            methodStatus = rest.trimmingCharacters(in: .whitespaces)
        } else if message != "Successfully completed execution" && !message.hasPrefix("Sending request to ") && !message.hasPrefix("Endpoint request headers: ") {
            unknownMessages.append(message)
        }
    }

    /// `Status: 200, Integration latency: 12 ms` or, in older logs, `Integration latency: 328 ms`.
    private mutating func readReceived(_ rest: String) {
        receivedResponse = true
        for part in rest.components(separatedBy: ",") {
            let item = part.trimmingCharacters(in: .whitespaces)
            if let status = item.after("Status: "), status.count == 3, Int(status) != nil {
                backendStatus = status
            } else if let latency = item.after("Integration latency: ") {
                integrationLatency = Int(latency.replacingOccurrences(of: " ms", with: ""))
            }
        }
    }

    /// The truncation mark AWS appends to long values.
    static let truncationMark = " [TRUNCATED]"

    static func logged(_ text: String) -> Logged {
        if text.hasSuffix(truncationMark) { return Logged(text: String(text.dropLast(truncationMark.count)), truncated: true) }
        return Logged(text: text)
    }

    static func pairs(_ text: String) -> Pairs {
        let value = logged(text)
        return Pairs(pairs: LoggedPairList.parse(value.text), truncated: value.truncated)
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    fileprivate func after(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    /// Without the one space AWS writes after a colon (a body that starts with spaces keeps them).
    fileprivate var droppingOneSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }

    fileprivate func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
