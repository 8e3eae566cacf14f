/// The settings of one named profile, merged from `~/.aws/config` (`[profile NAME]`, or
/// `[default]`) and `~/.aws/credentials` (`[NAME]`), the credentials file winning.
struct AWSProfile: Sendable {
    var name: String
    var values: [String: (value: String, file: String, line: Int)] = [:]
    /// Whether either file has a section for this profile.
    var exists = false

    subscript(key: String) -> String? {
        guard let value = values[key]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Where a setting was written (`/root/.aws/config:12`).
    func place(of key: String) -> (file: String, line: Int)? {
        values[key].map { ($0.file, $0.line) }
    }

    /// The profile's settings from the two files (either may be absent).
    static func load(name: String, config: INIFile?, credentials: INIFile?) -> AWSProfile {
        var profile = AWSProfile(name: name)
        if let config {
            let sectionNames = name == "default" ? ["default", "profile default"] : ["profile \(name)"]
            for sectionName in sectionNames {
                guard let section = config.sections[sectionName] else { continue }
                profile.exists = true
                for (key, entry) in section.values { profile.values[key] = (entry.value, config.path, entry.line) }
            }
        }
        if let credentials, let section = credentials.sections[name] {
            profile.exists = true
            for (key, entry) in section.values { profile.values[key] = (entry.value, credentials.path, entry.line) }
        }
        return profile
    }
}
