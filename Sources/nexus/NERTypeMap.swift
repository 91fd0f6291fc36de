import ArgumentParser

/// The `--map` option's value: comma-separated renames of entity types, `geo=LOC,OTH=MISC`.
enum NERTypeMap {
    /// Parses the option's value (nil or empty: no renames).
    static func parse(_ value: String?) throws -> [String: String] {
        var typeMap: [String: String] = [:]
        for pair in (value ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2 else { throw ValidationError("--map entries look like geo=LOC (got '\(pair)')") }
            typeMap[String(parts[0])] = String(parts[1])
        }
        return typeMap
    }
}
