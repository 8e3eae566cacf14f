import ArgumentParser

/// `gwx ls …` parsed as `gwx render` is (Render+FastParse.swift: why), with `Ls` as the root (`LsFastParseTests` holds it to
/// `GWX.parseAsRoot`): `gwx ls --file` is a command a user times.
extension Ls {
    /// The parsed `ls` command for `arguments` (the words after `gwx`), or nil when they are
    /// not a command line this path parses exactly as the full tree does.
    static func fastParse(_ arguments: [String]) -> Ls? {
        guard arguments.first == "ls" else { return nil }
        let rest = Array(arguments.dropFirst())
        guard !rest.contains(where: { $0.hasPrefix("--generate-completion-script") }) else { return nil }
        return try? parseAsRoot(rest) as? Ls
    }
}
