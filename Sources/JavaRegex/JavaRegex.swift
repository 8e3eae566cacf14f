// The JavaRegex module: Java regular expression semantics on top of ICU; see docs/CODEBASE.md.
