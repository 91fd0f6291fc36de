import NexusCore

/// An acronym takes the type of the name the document defines it by: "The Palestinian
/// Authority (PA)" makes every "PA" of the document the organization, though the recognizer
/// or a gazetteer read it as a place (Pennsylvania). A definition is a name mention followed by
/// its acronym in parentheses (``DocumentResolver/acronymDefined(by:in:)``); the acronym's
/// mentions of another type are retyped and lose any gazetteer name, and the resolver then
/// joins them to the definition.
///
/// - Complexity: O(m) for m mentions.
enum DefinedAcronymType {
    static func retyping(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var typeOf: [String: EntityType] = [:]
        for m in mentions {
            guard let s = position[m.mention.sentence], let acronym = DocumentResolver.acronymDefined(by: m, in: words[s]),
                  typeOf[acronym] == nil else { continue }
            typeOf[acronym] = m.mention.type
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
