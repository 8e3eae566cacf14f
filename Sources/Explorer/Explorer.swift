// The Explorer module; see docs/CODEBASE.md.
