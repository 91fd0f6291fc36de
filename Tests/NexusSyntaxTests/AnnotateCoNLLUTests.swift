import Foundation
import Testing
@testable import NexusSyntax

/// `SyntaxModel.annotate(_:)` (what `nexus parse --conllu` runs): UPOS, HEAD and DEPREL are the
/// model's; every other column and every non-word line stays as it was.
@Suite struct AnnotateCoNLLUTests {
    /// Columns that annotation must not touch: ID, FORM, LEMMA, XPOS, FEATS, DEPS, MISC.
    static let keptColumns = [0, 1, 2, 4, 5, 8, 9]

    /// What differs between `annotated` and `original` other than UPOS, HEAD and DEPREL of
    /// word lines, or is not a tree of the model's tags and relations (empty when all is well).
    static func problems(_ annotated: CoNLLUDocument, against original: CoNLLUDocument, model: SyntaxModel) -> [String] {
        var problems: [String] = []
        if annotated.sentences.count != original.sentences.count { problems.append("block count") }
        if annotated.trailer != original.trailer { problems.append("trailer") }
        let tags = Set(model.tagger.upos), relations = Set(model.parser.relations)
        for (k, (a, o)) in zip(annotated.sentences, original.sentences).enumerated() {
            if a.terminator != o.terminator || a.lines.count != o.lines.count { problems.append("block \(k): layout") }
            for (line, before) in zip(a.lines, o.lines) {
                guard line.kind == before.kind else { problems.append("block \(k): line kind"); continue }
                guard let word = line.word, let old = before.word else {
                    if line.text != before.text { problems.append("block \(k): '\(before.text)' changed") }
                    continue
                }
                if word.columns.count != 10 || !keptColumns.allSatisfy({ word.columns[$0] == old.columns[$0] }) {
                    problems.append("block \(k): '\(before.text)' became '\(line.text)'")
                }
                if !tags.contains(word.upos) || !relations.contains(word.deprel) || word.columns[6] != String(word.head ?? -1) {
                    problems.append("block \(k): '\(line.text)' has an unknown tag, relation or head")
                }
            }
            let words = a.words
            if !words.allSatisfy({ ($0.head ?? -1) >= 0 && ($0.head ?? -1) <= words.count })
                || words.filter({ $0.head == 0 }).count != (words.isEmpty ? 0 : 1) {
                problems.append("block \(k): not one root, or a head out of range")
            }
        }
        return problems
    }

    @Test func handWrittenDocumentKeepsEveryOtherColumnAndLine() throws {
        let model = try Treebank.model
        let original = try CoNLLUDocument(text: CoNLLUDocumentTests.handWritten)
        let annotated = model.annotate(original)
        #expect(Self.problems(annotated, against: original, model: model) == [])
        // The multiword token, the empty node and the comments are byte for byte the same.
        let text = annotated.text
        #expect(text.contains("\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"))
        #expect(text.contains("\n6.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4\n"))
        #expect(text.hasPrefix("# newdoc id = hand-1\n# sent_id = hand-1-1\n# text = They don't agree, we do.\n"))
        #expect(text.hasSuffix("\n\n\n"))
    }

    @Test func crlfAndMissingFinalBlankLineSurvive() throws {
        let model = try Treebank.model
        let crlf = "# text = Rome.\r\n1\tRome\t_\tX\tNNP\t_\t_\t_\t_\tSpaceAfter=No\r\n2\t.\t_\tX\t.\t_\t_\t_\t_\t_\r\n\r\n"
        let annotated = model.annotate(try CoNLLUDocument(text: crlf))
        #expect(annotated.text.hasPrefix("# text = Rome.\r\n1\tRome\t_\t"))
        #expect(annotated.text.hasSuffix("\t_\r\n\r\n"))
        #expect(annotated.text.components(separatedBy: "\r\n").count == crlf.components(separatedBy: "\r\n").count)
        let bare = "1\tRome\t_\t_\t_\t_\t_\t_\t_\t_"
        #expect(!model.annotate(try CoNLLUDocument(text: bare)).text.hasSuffix("\n"))
    }

    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func devTreebankKeepsEveryOtherColumnAndLine() throws {
        let model = try Treebank.model
        let original = try Treebank.document("dev")
        let problems = Self.problems(model.annotate(original), against: original, model: model)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }
}
