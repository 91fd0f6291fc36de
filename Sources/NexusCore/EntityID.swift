import Foundation

/// Builds the stable ids of entities: `<type>:<slug>`.
///
/// The slug folds case and diacritics, keeps ASCII letters and digits, and joins the rest
/// with single hyphens: "Ada Lovelace" → `person:ada-lovelace`, "Türkiye" →
/// `country:turkiye`. Names made only of non-Latin characters keep their lowercased scalars.
public enum EntityID {
    public static func make(type: EntityType, name: String) -> String {
        "\(type.rawValue):\(slug(name))"
    }

    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "." {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }
}
