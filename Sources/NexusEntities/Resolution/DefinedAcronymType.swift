import NexusCore

/// An acronym takes the type of the name the document defines it by: "The Palestinian
/// Authority (PA)" makes every "PA" of the document the organization, though the recognizer
/// or a gazetteer read it as a place (Pennsylvania). A definition is a name mention followed by
/// its acronym in parentheses (``DocumentResolver/plausibleAcronym(_:for:)``); the acronym's
/// mentions of another type are retyped and lose any gazetteer name, and the resolver then
/// joins them to the definition.
///
/// - Complexity: O(m) for m mentions.
enum DefinedAcronymType {
    static func retyping(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var typeOf: [String: EntityType] = [:]
        for m in mentions where !NameNormalizer.isAcronym(m.mention.text) {
            guard let s = position[m.mention.sentence] else { continue }
            let w = words[s]
            let open = m.lastWord + 1
            guard open + 2 < w.count, w[open].text == "(", w[open + 2].text == ")", NameNormalizer.isAcronym(w[open + 1].text),
                  DocumentResolver.plausibleAcronym(w[open + 1].text, for: m.mention.text), typeOf[w[open + 1].text] == nil else { continue }
            typeOf[w[open + 1].text] = m.mention.type
        }
        guard !typeOf.isEmpty else { return mentions }
        return mentions.map { m in
            guard let type = typeOf[m.mention.text], type != m.mention.type else { return m }
            var out = m
            out.mention.type = type
            out.mention.canonical = nil
            return out
        }
    }
}
