import NexusCore

/// A party changing its own forces, presence, operations or aid in a named place: "Poland will
/// cut its forces in Iraq", "Georgia will reduce its military presence in Iraq", "the Peace
/// Corps suspended operations in Haiti", "NATO decided to increase troop levels in Afghanistan".
/// The object is the actor's own (no target); the act bears on the place of its "in", "from",
/// "into" or "to" phrase. Coded by what changes (CAMEO, Schrodt 2012): fewer forces are a
/// military de-escalation (087, root 08, yield), fewer operations or less aid a reduction of
/// relations (16), more of either the provision of aid or protection (07). A diplomatic post
/// closed there reduces relations with it (16), one opened or reopened is cooperation (05):
/// "Libya has closed its embassy in Denmark".
///
/// The verb's lexicon sense, if any, is set aside for this one ("cut" alone is cutting ties
/// with or aid to someone, 16).
enum PresenceChange {
    /// Verb forms that lower a presence, and those that raise one, lowercased.
    static let loweringForms: Set<String> = forms([("cut", ["cut"]), ("reduce", []), ("halve", []), ("trim", []), ("scale", []),
                                                   ("draw", ["drew", "drawn"]), ("withdraw", ["withdrew", "withdrawn"]), ("pull", []),
                                                   ("suspend", []), ("halt", []), ("end", [])])
    static let raisingForms: Set<String> = forms([("increase", []), ("expand", []), ("boost", []), ("bolster", []), ("double", []),
                                                  ("raise", []), ("reinforce", [])])
    /// Verb forms that close a diplomatic post, and those that open one.
    static let closingForms: Set<String> = forms([("close", []), ("shut", ["shut"])])
    static let openingForms: Set<String> = forms([("open", []), ("reopen", [])])
    /// The forms of this kind's verbs that the event lexicon does not list as triggers: the
    /// sentence filter and the event pass look for them too.
    static let triggerForms: Set<String> = raisingForms.union(closingForms).union(openingForms)

    /// A state's diplomatic posts abroad: closing one reduces relations (16, CAMEO 161),
    /// opening or reopening one is diplomatic cooperation (05).
    static let diplomaticNouns: Set<String> = ["embassy", "embassies", "consulate", "consulates"]

    /// A state's or a body's armed presence: lowering it is a withdrawal (08).
    static let forceNouns: Set<String> = ["forces", "force", "troops", "soldiers", "presence", "contingent", "contingents", "deployment",
                                          "peacekeepers", "personnel", "military", "mission", "missions"]
    /// Its civil presence: lowering it reduces relations (16).
    static let civilNouns: Set<String> = ["operations", "operation", "aid", "assistance", "programs", "program", "programme", "programmes",
                                          "activities", "projects"]
    /// Words that make a presence an armed one.
    static let armedModifiers: Set<String> = ["military", "troop", "peacekeeping", "naval", "armed", "combat"]
    /// The civil presence whose increase is aid.
    static let aidNouns: Set<String> = ["aid", "assistance"]
    /// Nouns that measure a presence named by their compound ("troop levels").
    static let measureNouns: Set<String> = ["levels", "level", "numbers", "strength"]

    static func forms(_ lemmas: [(String, [String])]) -> Set<String> {
        lemmas.reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1.0, irregular: $1.1)) }
    }

    /// The entry verb `w` takes when its object is a presence and a phrase of the object or of
    /// the verb names a place, country or body to which it applies; nil otherwise.
    static func entry(at w: Int, in p: ParsedSentence, isNamed: (Int) -> Bool) -> EventLexiconEntry? {
        let form = p.lower[w]
        let lowers = loweringForms.contains(form) || closingForms.contains(form)
        let opens = openingForms.contains(form)
        guard p.words[w].upos == "VERB", lowers || opens || raisingForms.contains(form), p.child(of: w, "nsubj:pass") == nil,
              let object = p.child(of: w, "obj") else { return nil }
        // "Libya has closed its embassy in Denmark", "reopened its embassy in Baghdad".
        let diplomatic = diplomaticNouns.contains(p.lower[object])
        // Opening and closing are this kind's acts only on a diplomatic post, and a post is
        // only opened or lowered, never raised ("expand its embassy").
        guard diplomatic || !(opens || closingForms.contains(form)) else { return nil }
        guard !diplomatic || opens || lowers else { return nil }
        let noun = measureNouns.contains(p.lower[object])
            ? p.children(of: object, "compound").map { p.lower[$0] }.first { forceNouns.contains($0) || $0 == "troop" }.map { $0 == "troop" ? "troops" : $0 }
            : p.lower[object]
        // Raising a civil presence may be anything ("expand a secret CIA operation in
        // Pakistan"); only more aid or assistance is aid.
        guard let noun, diplomatic || forceNouns.contains(noun) || (lowers ? civilNouns.contains(noun) : aidNouns.contains(noun)) else { return nil }
        // A presence raised is an armed one only when it says so ("increasing its presence in
        // Africa" may be trade): "its military presence", "the U.N.'s peacekeeping presence".
        if !lowers, noun == "presence", !p.children[object].contains(where: { ["amod", "compound"].contains(p.words[$0].relation) && armedModifiers.contains(p.lower[$0]) }) {
            return nil
        }
        let markers: Set<String> = ["in", "from", "into", "to"]
        let phrases = (p.children[object] + p.children[w]).filter { c in
            let r = p.words[c].relation
            return (r.hasPrefix("nmod") || r.hasPrefix("obl")) && r != "nmod:poss" && markers.contains(p.caseMarker(of: c) ?? "")
        }
        guard phrases.contains(where: { p.core($0).contains(where: isNamed) }) else { return nil }
        let code = EventCode(root: diplomatic ? (lowers ? 16 : 5) : lowers ? (forceNouns.contains(noun) ? 8 : 16) : 7)!
        return EventLexiconEntry(lemma: form, partOfSpeech: .verb, fineCode: code.description, code: code,
                                 particle: nil, objectIsTarget: false, indirectObjectIsTarget: false, targetPrepositions: markers)
    }
}
