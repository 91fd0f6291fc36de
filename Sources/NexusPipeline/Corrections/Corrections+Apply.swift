import NexusCore

extension Corrections {
    /// The corpus with every command applied in file order, and one warning for each command
    /// that names no entity or several ("corrections line 4: ..."). Deterministic: the output
    /// depends only on the corpus and the commands.
    ///
    /// - Complexity: O(c · s) for c commands and s the size of the corpus (ids, mentions,
    ///   relations, events and commitments are each visited once per command).
    public func apply(to corpus: CorpusExtraction) -> (corpus: CorpusExtraction, warnings: [String]) {
        var state = CorpusEditor(corpus: corpus)
        var warnings: [String] = []
        for line in lines {
            if let problem = state.apply(line.command) {
                warnings.append("corrections \(origin):\(line.number): \(problem); nothing changed")
            }
        }
        state.finish()
        return (state.corpus, warnings)
    }
}
