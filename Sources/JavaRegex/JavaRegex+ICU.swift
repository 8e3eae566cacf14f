import Foundation

extension JavaRegex {
    /// Whether ICU (the engine behind `NSRegularExpression` and many other tools) accepts the
    /// pattern as written — used to tell users when Java's syntax is what rejects it.
    public static func icuAccepts(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern)) != nil
    }
}
