// The Velocity module; see docs/CODEBASE.md.
