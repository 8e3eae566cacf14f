import ArgumentParser

/// `gwx render …` parsed by ArgumentParser from `Render`'s own option definitions, with `Render`
/// as the root command. Why: `GWX.parseAsRoot` also builds the whole command tree, reflects over
/// the root's options, and probes for `--generate-completion-script` by parsing two more
/// built-in commands; every type it reflects costs a scan of all the protocol conformances in
/// the binary (about 6,000, most of them Foundation's), and together that is a quarter of
/// `gwx render`'s start-up. `Render`'s `_superCommandName` ("gwx") is what makes ArgumentParser
/// skip the probe when `Render` is the root; as a subcommand of `GWX` it changes nothing (help
/// and usage read the root's, which has none).
///
/// Only a clean parse is used: `--help`, a usage error, or anything else falls back to
/// `GWX.parseAsRoot`, so help, usage and error text are always the full tree's.
/// `RenderFastParseTests` checks that every command line this accepts, `GWX.parseAsRoot`
/// accepts with the same values.
extension Render {
    /// The parsed `render` command for `arguments` (the words after `gwx`), or nil when they are
    /// not a command line this path parses exactly as the full tree does.
    static func fastParse(_ arguments: [String]) -> Render? {
        guard arguments.first == "render" else { return nil }
        let rest = Array(arguments.dropFirst())
        // A completion request is the full tree's (the probe this path skips would find it).
        guard !rest.contains(where: { $0.hasPrefix("--generate-completion-script") }) else { return nil }
        return try? parseAsRoot(rest) as? Render
    }
}
