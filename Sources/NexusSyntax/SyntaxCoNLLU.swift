import NexusCore

/// CoNLL-U for Nexus's own sentences (`nexus parse INPUTS`), for inspection: one block per
/// sentence with `# sent_id = DOCUMENT-SENTENCE` and `# text = ...`, one word line per
/// syntactic word (LEMMA, FEATS and DEPS `_`), and the word's Unicode-scalar offsets in MISC
/// as `Offsets=START:END`. Control and bidirectional-formatting characters in the text are
/// written as U+FFFD so that nothing in an article reaches a terminal as a control sequence.
public enum SyntaxCoNLLU {
    /// Every parsed sentence of a document as CoNLL-U, the first block opening with
    /// `# newdoc id = DOCUMENT`; sentences without words are left out.
    public static func document(_ document: Document) -> String {
        var out = ""
        for sentence in document.sentences where !(sentence.syntax?.words.isEmpty ?? true) {
            if out.isEmpty { out += "# newdoc id = \(clean(document.id))\n" }
            out += block(document: document.id, sentence: sentence)
        }
        return out
    }

    /// One sentence as a CoNLL-U block (its blank line included).
    public static func block(document: String, sentence: Sentence) -> String {
        var out = "# sent_id = \(clean(document))-\(sentence.index + 1)\n"
        out += "# text = \(clean(sentence.text.split(whereSeparator: \.isNewline).joined(separator: " ")))\n"
        for (i, word) in (sentence.syntax?.words ?? []).enumerated() {
            let head = word.head.map { String($0 + 1) } ?? "0"
            out += [String(i + 1), clean(word.text), "_", word.upos, word.xpos, "_", head, word.relation, "_",
                    "Offsets=\(word.range.start):\(word.range.end)"].joined(separator: "\t") + "\n"
        }
        return out + "\n"
    }

    /// The text with C0/C1 controls, DEL, bidirectional controls and tabs replaced by U+FFFD.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
