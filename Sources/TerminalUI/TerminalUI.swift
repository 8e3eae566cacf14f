// The TerminalUI module; see docs/CODEBASE.md.
