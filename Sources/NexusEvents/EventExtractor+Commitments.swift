import NexusCore
import NexusEntities

/// What the commitment extractor asks of the parse: a commitment trigger's roles, and the
/// perpetrators a sentence names (never beneficiaries).
extension EventExtractor {
    /// The parse's roles for the commitment trigger starting at character `start` of sentence
    /// position `s`: the trigger's actors, and as targets what the lexicon entry marks (for a
    /// word the lexicon lacks: "to"/"for" phrases and the indirect object, the object too for
    /// calls). A future auxiliary ("would") stands for the verb it belongs to. Nil when the
    /// sentence is not parsed or no verb or noun starts there.
    func commitmentRoles(sentence s: Int, start: Int, isCall: Bool, resolution: DocumentResolution, parsed: ParsedDocument,
                         referents: CommitmentActorResolver) -> TriggerRoles? {
        guard let p = parsed[s], var w = p.words.indices.first(where: { p.words[$0].range.start == start }) else { return nil }
        // "he would seek a vote": a bare future's roles are those of the verb it is the auxiliary of.
        if p.words[w].upos == "AUX", p.words[w].relation == "aux", let verb = p.words[w].head, p.words[verb].upos == "VERB" { w = verb }
        guard ["VERB", "NOUN"].contains(p.words[w].upos) else { return nil }
        let pos: EventLexiconEntry.PartOfSpeech = p.words[w].upos == "VERB" ? .verb : .noun
        let entry = self.entry(at: w, in: p) ?? EventLexiconEntry(
            lemma: p.lower[w], partOfSpeech: pos, fineCode: isCall ? "02" : "03", code: EventCode(root: isCall ? 2 : 3)!, particle: nil,
            objectIsTarget: isCall, indirectObjectIsTarget: true, targetPrepositions: ["to", "for"])
        let resolver = ReferenceResolver(resolution: resolution, titles: titles, referents: referents, parsed: parsed, capitals: capitals)
        return roles(of: w, entry: entry, in: p, resolver: resolver, resolution: resolution)
    }

    /// Nouns of harm whose "of" phrase or possessor names the perpetrator: "victims of Boko Haram",
    /// "the militia's crimes", "the threat of al-Shabaab"; and nouns of acts against someone,
    /// whose "of" phrase names that adversary: "the capture of the JEM leader".
    static let harmNouns: Set<String> = ["victims", "victim", "crimes", "crime", "atrocities", "atrocity", "attacks", "attack", "violence",
                                         "threat", "threats", "terror", "terrorism", "abuses", "abuse", "massacre", "massacres", "brutality",
                                         "aggression", "occupation", "insurgency", "militants", "fighters", "remnants", "resurgence",
                                         // Acts whose "of" phrase is the one acted against: "the capture of the JEM leader".
                                         "capture", "arrest", "defeat", "elimination", "destruction", "overthrow", "ouster"]

    /// Entities the parse of sentence position `s` shows as perpetrators of harm (see
    /// ``harmNouns``): never beneficiaries of a commitment in that sentence.
    func perpetrators(sentence s: Int, resolution: DocumentResolution, parsed: ParsedDocument) -> Set<Int> {
        guard let p = parsed[s] else { return [] }
        var out: Set<Int> = []
        for w in p.words.indices where EventExtractor.harmNouns.contains(p.lower[w]) {
            for c in p.children[w] where p.words[c].relation == "nmod:poss" || (p.words[c].relation.hasPrefix("nmod") && p.caseMarker(of: c) == "of")
                || p.words[c].relation == "compound" {
                for x in p.core(c) { if let m = p.mentionOfWord[x] { out.insert(resolution.entityOfMention[m]) } }
            }
        }
        return out
    }

}
