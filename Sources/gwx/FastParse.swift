import ArgumentParser

/// A subcommand that `Main` parses from its own option definitions, with itself as the root
/// command (`gwx render`, and `gwx ls`, which users time). Why: `GWX.parseAsRoot` also builds the
/// whole command tree, reflects over the root's options, and probes for
/// `--generate-completion-script` by parsing two more built-in commands; every type it reflects
/// costs a scan of all the protocol conformances in the binary (about 6,000, most of them
/// Foundation's), and together that is a quarter of `gwx render`'s start-up. The command's
/// `_superCommandName` ("gwx") is what makes ArgumentParser skip the probe when it is the root;
/// as a subcommand of `GWX` it changes nothing (help and usage read the root's, which has none).
///
/// Only a clean parse is used: `--help`, a usage error, or anything else falls back to
/// `GWX.parseAsRoot`, so help, usage and error text are always the full tree's.
/// `RenderFastParseTests` and `LsFastParseTests` check that every command line this accepts,
/// `GWX.parseAsRoot` accepts with the same values.
protocol FastParsed: ParsableCommand {}

extension FastParsed {
    /// The parsed command for `arguments` (the words after `gwx`), or nil when they are not a
    /// command line this path parses exactly as the full tree does.
    static func fastParse(_ arguments: [String]) -> Self? {
        guard arguments.first == configuration.commandName else { return nil }
        let rest = Array(arguments.dropFirst())
        // A completion request is the full tree's (the probe this path skips would find it).
        guard !rest.contains(where: { $0.hasPrefix("--generate-completion-script") }) else { return nil }
        return try? parseAsRoot(rest) as? Self
    }
}

extension Render: FastParsed {}
extension Ls: FastParsed {}
