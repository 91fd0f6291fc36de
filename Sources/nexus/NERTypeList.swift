/// Parses the `--types` of `nexus train` and `nexus evaluate`: CoNLL entity types to keep
/// (`PER,ORG,LOC`), or `all` (as on every command with `--types`) to keep every type.
enum NERTypeList {
    /// The types kept, or nil for every type (no option, or `all`).
    static func kept(_ text: String?) -> Set<String>? {
        guard let text, text.trimmingCharacters(in: .whitespaces).lowercased() != "all" else { return nil }
        return Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
