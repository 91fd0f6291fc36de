import Testing
@testable import NexusLearning
@testable import NexusEntities

@Suite struct TaggerFeaturesTests {
    @Test func wordShapes() {
        #expect(FeaturesWordAtoms("U.S.").shape == FeaturesHasher.hash("X.X."))
        #expect(FeaturesWordAtoms("1996").shape == FeaturesHasher.hash("dddd"))
        #expect(FeaturesWordAtoms("1996").shortShape == FeaturesHasher.hash("d"))
        #expect(FeaturesWordAtoms("Paris").shape == FeaturesHasher.hash("Xxxxx"))
        #expect(FeaturesWordAtoms("Parisian").shape == FeaturesWordAtoms("Paris").shape)
        #expect(FeaturesWordAtoms("Parisian").shortShape == FeaturesHasher.hash("Xx"))
        #expect(FeaturesWordAtoms("Zürich").shortShape == FeaturesHasher.hash("Xx"))
    }

    @Test func affixesAndLowercase() {
        let atoms = FeaturesWordAtoms("Berlin")
        #expect(atoms.lower == FeaturesHasher.hash("berlin"))
        #expect(atoms.prefixes.1 == FeaturesHasher.hash("be"))
        #expect(atoms.suffixes.2 == FeaturesHasher.hash("lin"))
        // Non-ASCII: cut at scalar boundaries of the lowercased word.
        let umlaut = FeaturesWordAtoms("ÖSTERREICH")
        #expect(umlaut.lower == FeaturesHasher.hash("österreich"))
        #expect(umlaut.prefixes.0 == FeaturesHasher.hash("ö"))
        // Shorter than four characters: the whole word.
        #expect(FeaturesWordAtoms("EU").suffixes.3 == FeaturesHasher.hash("eu"))
    }

    @Test func flags() {
        let f = FeaturesWordAtoms.Flag.self
        #expect(FeaturesWordAtoms("NATO").flags & f.allCaps != 0)
        #expect(FeaturesWordAtoms("Anglo-Dutch").flags & f.hasHyphen != 0)
        #expect(FeaturesWordAtoms("3.5").flags & (f.hasDigit | f.hasPeriod | f.noLetters) == f.hasDigit | f.hasPeriod | f.noLetters)
        #expect(FeaturesWordAtoms("the").flags & f.initialCap == 0)
    }

    @Test func lexiconClassesAndLabelProfiles() {
        // "police" is lower case mid-sentence twice: frequency class 2 (2–4), profile 1 (never capitalised).
        let lexicon = FeaturesLexicon(
            sentences: [["The", "police", "came"], ["Police", "said", "police", "left"]],
            auxiliary: [(["Zorba", "met", "Zorba"], ["B-PER", "O", "B-PER"])]
        )
        #expect(lexicon.class(of: FeaturesHasher.hash("police")) == 2 * 8 + 1)
        #expect(lexicon.class(of: FeaturesHasher.hash("unseen")) == 0)
        // "zorba": twice, always PER (type index 1 after O): 1 + 1·3 + 2 (share ≥ 90 %).
        #expect(lexicon.labelClass(of: FeaturesHasher.hash("zorba")) == 6)
        #expect(lexicon.labelClass(of: FeaturesHasher.hash("met")) == 0)  // seen once only
    }

    /// The web lexicon is read case-insensitively and packed as class | path << 8; malformed
    /// lines are refused with their line number.
    @Test func webLexiconLinesArePackedByLowercaseWord() throws {
        let lines = try WebLexiconFile.parse("chicago\t30\t1702\nzzyzx\t55\t0\n")
        #expect(lines == [WebLexiconFile.Line(word: "chicago", webClass: 30, path: 1702),
                          WebLexiconFile.Line(word: "zzyzx", webClass: 55, path: 0)])
        let lexicon = FeaturesLexicon(classes: [:]).withWebLexicon(lines)
        #expect(lexicon.web(of: FeaturesWordAtoms("Chicago").lower) == 30 | 1702 << 8)
        #expect(lexicon.web(of: FeaturesWordAtoms("CHICAGO").lower) == 30 | 1702 << 8)
        #expect(lexicon.web(of: FeaturesWordAtoms("Boston").lower) == 0)
        for bad in ["chicago\t30\n", "chicago\t256\t1\n", "chicago\t30\t16777216\n", "\t30\t1\n"] {
            #expect(throws: WebLexiconFile.Failure.malformed(path: "w", line: 1)) { try WebLexiconFile.parse(bad, path: "w") }
        }
    }

    /// Two words whose Brown paths share their first 10 branches (1702 = 0b11010100110 and
    /// 678 = 0b1010100110, read from bit 0) share the 4-, 6- and 10-branch features and differ
    /// at 20; a word the lexicon lacks shares none of them.
    @Test func brownPathPrefixesAreSharedUpToTheirBranch() throws {
        let lexicon = FeaturesLexicon(classes: [:]).withWebLexicon(try WebLexiconFile.parse("chicago\t30\t1702\nkabul\t30\t678\n"))
        let extractor = FeaturesExtractor(lexicon: lexicon, gazetteer: EmptyTokenGazetteer())
        let n = FeaturesExtractor.templateCount
        let chicago = extractor.features(sentence: ["Chicago"]), kabul = extractor.features(sentence: ["Kabul"])
        let boston = extractor.features(sentence: ["Boston"])
        let web = (n - 8)..<n  // class at 0, −1, +1, class × shape; path prefixes 4, 6, 10, 20
        #expect(Array(chicago[web]) != Array(boston[web]))
        #expect(chicago[n - 8] == kabul[n - 8])                       // same web class
        #expect(chicago[n - 4] == kabul[n - 4] && chicago[n - 3] == kabul[n - 3] && chicago[n - 2] == kabul[n - 2])
        #expect(chicago[n - 1] != kabul[n - 1])
        #expect(chicago[n - 4] != boston[n - 4])
    }

    @Test func predictionHistoryClasses() {
        // Labels: 0 = O, 1 = LOC, 2 = PER. Class = 1 + label · 3 + share bucket (<50 %, ≥50 %, ≥90 %).
        var history = FeaturesPredictionHistory(capacityFor: 8, labels: 3)
        let word = FeaturesHasher.hash("jordan")
        #expect(history.historyClass(of: word) == 0)
        history.record(word, label: 2)
        #expect(history.historyClass(of: word) == 1 + 2 * 3 + 2)      // PER, 100 %
        history.record(word, label: 1)
        #expect(history.historyClass(of: word) == 1 + 1 * 3 + 1)      // tie → lower label LOC, 50 %
        history.record(word, label: 2)
        #expect(history.historyClass(of: word) == 1 + 2 * 3 + 1)      // PER, 2 of 3
        #expect(history.historyClass(of: FeaturesHasher.hash("other")) == 0)
    }
}
