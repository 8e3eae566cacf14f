// API Gateway documents no resource depth or path length quota of its own; these limits are the
// nearest it does document ("Quotas for configuring and running a REST API in API Gateway"):
// "Length, in characters, of the URL for a regional API: 10240" (edge-optimized and private
// APIs: 8192; cannot be increased), so no longer path can ever be called; and "Resources per
// API: 300" (the default quota), each level of a path being a resource of its own. They also
// bound the work of reading a file: every ancestor of a path becomes a resource with its own
// path, so a path's cost is its depth times its length.

extension ExportModelReader {
    /// The longest resource path read, in characters: a regional API's URL length quota.
    static let maxPathLength = 10_240
    /// The most levels (one per `/`) a resource path may have: the default resources-per-API quota.
    static let maxPathLevels = 300

    /// Why a path in `paths` is refused (too long or too deep), or nil.
    static func pathLimitProblem(_ path: String) -> String? {
        // A path of at most the limit in bytes is within it in characters: count only longer ones.
        let length = path.utf8.count <= maxPathLength ? 0 : path.count
        if length > maxPathLength {
            return "the path '\(shown(path))' is \(length) characters long, and API Gateway refuses URLs over \(maxPathLength) characters: shorten it"
        }
        let levels = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        if levels > maxPathLevels {
            return "the path '\(shown(path))' is \(levels) levels deep (one per '/'), and each level is a resource, "
                + "beyond the \(maxPathLevels) resources an API has by default: use at most \(maxPathLevels) levels"
        }
        return nil
    }

    /// A path as a message shows it: its first 40 characters.
    private static func shown(_ path: String) -> String {
        path.count > 40 ? path.prefix(40) + "…" : path
    }
}
