import NexusLearning

/// The part-of-speech tagger and the dependency parser, trained together (the parser on the
/// tagger's jackknifed tags) and shipped as one file (``SyntaxModelFile``).
public struct SyntaxModel: Sendable, Equatable {
    public let tagger: PartOfSpeechTagger
    public let parser: DependencyParser
    /// The UPOS of each tagger class as an index into the sorted UPOS names (the parser's
    /// coarse tag atom).
    let coarse: [Int]
    public let clusters: WordClusters

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser, clusters: WordClusters) {
        self.tagger = tagger
        self.parser = parser
        self.clusters = clusters
        coarse = Self.coarseIndex(tagger.upos)
    }

    /// Each class's UPOS as an index into the sorted distinct UPOS names.
    static func coarseIndex(_ upos: [String]) -> [Int] {
        let names = Array(Set(upos)).sorted()
        return upos.map { names.firstIndex(of: $0)! }
    }

    /// Tags and parses one sentence of words; `names` marks capitalized words inside names
    /// (``PartOfSpeechTagger/tagWithAlternatives(_:names:)``).
    /// - Returns: per word the tagger class, the head (word index, −1 for the root) and the
    ///   relation index into `parser.relations`.
    /// With `parsingAroundBareWeekdays`, the parser reads the sentence without its bare weekday
    /// adverbs (``BareWeekdays``), which are then hung on their clause as temporal obliques.
    /// With `datelineDashes` (the free-standing dashes, ``Dateline/freeDashes(_:)``), it reads
    /// the sentence without a leading dateline (``Dateline``), hung on the root afterwards.
    /// With `requiringPredicate`, a full sentence (``predicateCandidates(_:)``) tagged without a
    /// verb has its likeliest lower-case word tagged as one
    /// (``PartOfSpeechTagger/tagWithAlternatives(_:names:predicateCandidates:)``).
    /// `beam` is the parser's search (``ParserBeam``).
    public func analyze(_ words: [String], names: [Bool]? = nil, parsingAroundBareWeekdays: Bool = false,
                        datelineDashes: [Bool]? = nil, requiringPredicate: Bool = false,
                        beam: ParserBeam = .greedy) -> (tags: [Int], heads: [Int], relations: [Int]) {
        guard !words.isEmpty else { return ([], [], []) }
        let atoms = words.map { WordAtoms($0, clusters: clusters) }
        let tags = tagger.tagWithAlternatives(atoms, names: names,
                                              predicateCandidates: requiringPredicate ? Self.predicateCandidates(words) : nil)
        let upos = tags.tags.map { tagger.upos[$0] }
        let weekdays = parsingAroundBareWeekdays ? BareWeekdays.marks(words, upos: upos) : []
        let dateline = datelineDashes.map { Dateline.marks(words, upos: upos, freeDash: $0) } ?? []
        guard weekdays.contains(true) || dateline.contains(true) else {
            let parse = parser.parse(ParserFeatures.Sentence(atoms: atoms, tags: tags, coarse: tags.tags.map { coarse[$0] }), beam: beam)
            return (tags.tags, parse.heads, parse.labels)
        }
        let tree = parsingAround(weekdays: weekdays, dateline: dateline, atoms: atoms, tags: tags, beam: beam)
        return (tags.tags, tree.heads, tree.relations)
    }

    /// The words that may be the predicate of `words` if they are a full sentence: at least
    /// four words ending in a full stop, question or exclamation mark (before closing quotes),
    /// whose words of lower-case letters (a hyphen or apostrophe inside) are the candidates;
    /// nil for anything else (a headline, a list item, a fragment).
    static func predicateCandidates(_ words: [String]) -> [Bool]? {
        let closing: Set<String> = ["\"", "'", "”", "’", ")"]
        guard words.count >= 4, let last = words.last(where: { !closing.contains($0) }), [".", "!", "?"].contains(last) else { return nil }
        return words.map { word in
            guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isLowercase || $0 == "-" || $0 == "'" }
        }
    }

    /// The tree of a sentence parsed without the words `weekdays` and `dateline` mark (either
    /// may be empty). Each weekday is then a temporal oblique (`obl:unmarked`, or `obl:tmod` /
    /// `obl` in a model without it) of the verb right after it or, failing that, of the verb
    /// that governs the word before it (the root when no verb does); the dateline's first word
    /// is a `dep` of the root and its other words depend on that first word.
    func parsingAround(weekdays: [Bool], dateline: [Bool], atoms: [WordAtoms], tags: PredictedTags, beam: ParserBeam) -> (heads: [Int], relations: [Int]) {
        let aside = atoms.indices.map { (weekdays.isEmpty ? false : weekdays[$0]) || (dateline.isEmpty ? false : dateline[$0]) }
        let kept = aside.indices.filter { !aside[$0] }
        guard !kept.isEmpty else {
            let parse = parser.parse(ParserFeatures.Sentence(atoms: atoms, tags: tags, coarse: tags.tags.map { coarse[$0] }), beam: beam)
            return (parse.heads, parse.labels)
        }
        let keptTags = PredictedTags(tags: kept.map { tags.tags[$0] }, alternatives: kept.map { tags.alternatives[$0] },
                                     confidence: kept.map { tags.confidence[$0] })
        let parse = parser.parse(ParserFeatures.Sentence(atoms: kept.map { atoms[$0] }, tags: keptTags, coarse: keptTags.tags.map { coarse[$0] }), beam: beam)
        var heads = [Int](repeating: -1, count: atoms.count), relations = [Int](repeating: parser.rootLabel, count: atoms.count)
        for (j, i) in kept.enumerated() {
            heads[i] = parse.heads[j] < 0 ? -1 : kept[parse.heads[j]]
            relations[i] = parse.labels[j]
        }
        let upos = tags.tags.map { tagger.upos[$0] }
        let root = kept.first { heads[$0] < 0 } ?? kept[0]
        let temporal = ["obl:unmarked", "obl:tmod", "obl"].lazy.compactMap { self.parser.relations.firstIndex(of: $0) }.first ?? parser.rootLabel
        for i in weekdays.indices where weekdays[i] {
            heads[i] = Self.clause(of: i, heads: heads, upos: upos, aside: aside) ?? root
            relations[i] = temporal
        }
        if let first = dateline.firstIndex(of: true) {
            let dep = parser.relations.firstIndex(of: "dep") ?? parser.parataxisLabel
            let punct = parser.relations.firstIndex(of: "punct") ?? dep
            heads[first] = root
            relations[first] = dep
            for i in dateline.indices.dropFirst(first + 1) where dateline[i] {
                heads[i] = first
                relations[i] = upos[i] == "PUNCT" ? punct : dep
            }
        }
        return (heads, relations)
    }

    /// The verb a bare time word at `i` belongs to: the verb right after it (through its
    /// auxiliary), else the nearest verb above the last word before it that is not punctuation.
    static func clause(of i: Int, heads: [Int], upos: [String], aside: [Bool]) -> Int? {
        if let next = (i + 1..<upos.count).first(where: { !aside[$0] }) {
            if upos[next] == "VERB" { return next }
            if upos[next] == "AUX", heads[next] >= 0, upos[heads[next]] == "VERB" { return heads[next] }
        }
        guard let before = (0..<i).last(where: { !aside[$0] && upos[$0] != "PUNCT" }) else { return nil }
        var x = before
        for _ in 0..<upos.count {
            if upos[x] == "VERB" { return x }
            guard heads[x] >= 0 else { return nil }
            x = heads[x]
        }
        return nil
    }

    public static func == (a: SyntaxModel, b: SyntaxModel) -> Bool {
        a.tagger == b.tagger && a.parser == b.parser && a.clusters == b.clusters
    }
}
