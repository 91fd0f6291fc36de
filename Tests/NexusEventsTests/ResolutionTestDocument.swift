import Foundation
import Testing
import NexusCore

/// Test-only stand-in for the tokenizer, sentence splitter and tagger: builds a `Document`
/// whose sentences are split naively and whose mentions come from hand annotations.
///
/// Annotation lines: `surface<TAB>type[<TAB>canonical[<TAB>skip]]`, where every
/// whole-word, case-sensitive occurrence of `surface` becomes a mention (longest surfaces
/// first, never overlapping an earlier one) and `skip` lists 1-based occurrences to leave out.
enum ResolutionTestDocument {
    struct Annotation {
        var surface: String
        var type: EntityType
        var canonical: String?
        var skip: Set<Int> = []
    }

    static func make(id: String, text: String, annotations: [Annotation]) -> Document {
        let scalars = Array(text.unicodeScalars)
        let sentences = splitSentences(scalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        var mentions: [Mention] = []
        for a in annotations.sorted(by: { ($0.surface.unicodeScalars.count, $0.surface) > ($1.surface.unicodeScalars.count, $1.surface) }) {
            let pattern = Array(a.surface.unicodeScalars)
            var occurrence = 0
            var i = 0
            while i + pattern.count <= scalars.count {
                if Array(scalars[i..<(i + pattern.count)]) == pattern,
                   i == 0 || !isWordScalar(scalars[i - 1]),
                   i + pattern.count == scalars.count || !isWordScalar(scalars[i + pattern.count]) {
                    occurrence += 1
                    let range = i..<(i + pattern.count)
                    if !a.skip.contains(occurrence) && !range.contains(where: { taken[$0] }) {
                        for k in range { taken[k] = true }
                        let sentence = sentences.firstIndex { $0.range.start <= i && i < $0.range.end } ?? 0
                        mentions.append(Mention(text: a.surface, type: a.type, sentence: sentence, range: TextRange(start: i, end: i + pattern.count), canonical: a.canonical))
                    }
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        mentions.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        return Document(id: id, path: "\(id).txt", text: text, sentences: sentences, mentions: mentions)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }

    /// Splits at line breaks and at ".", "!" or "?" (optionally followed by a closing quote)
    /// followed by spaces and an uppercase letter, a digit or an opening quote; never after
    /// "Mr.", "Mrs.", "Ms.", "Dr.", "St." or a single capital letter.
    static func splitSentences(_ s: [Unicode.Scalar]) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b && s[a].properties.isWhitespace { a += 1 }
            while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[a..<b])
                out.append(Sentence(index: out.count, range: TextRange(start: a, end: b), text: String(view), tokens: tokens(s, a, b)))
            }
            start = end
        }
        var i = 0
        while i < s.count {
            if s[i] == "\n" { emit(i + 1); i += 1; continue }
            if s[i] == "." || s[i] == "!" || s[i] == "?" {
                var j = i + 1
                while j < s.count && ["”", "\"", "’"].contains(s[j]) { j += 1 }
                var k = j
                while k < s.count && s[k] == " " { k += 1 }
                if k > j, k < s.count, s[k].properties.isUppercase || ("0"..."9").contains(s[k]) || ["“", "\"", "©"].contains(s[k]) {
                    var w = i - 1
                    while w >= 0 && s[w].properties.isAlphabetic { w -= 1 }
                    var word = String.UnicodeScalarView()
                    word.append(contentsOf: s[(w + 1)..<i])
                    let abbreviation = ["Mr", "Mrs", "Ms", "Dr", "St"].contains(String(word)) || (word.count == 1 && word.first!.properties.isUppercase)
                    if !abbreviation { emit(j); i = j; continue }
                }
            }
            i += 1
        }
        emit(s.count)
        return out
    }

    static func tokens(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Token] {
        var out: [Token] = []
        var i = a
        while i < b {
            if s[i].properties.isWhitespace { i += 1; continue }
            var j = i + 1
            if isWordScalar(s[i]) { while j < b && isWordScalar(s[j]) { j += 1 } }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[i..<j])
            out.append(Token(text: String(view), range: TextRange(start: i, end: j)))
            i = j
        }
        return out
    }

    /// Parses annotation lines (see the type's documentation); `#` starts a comment.
    static func annotations(_ text: String) -> [Annotation] {
        text.split(separator: "\n").compactMap { line -> Annotation? in
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // A line with a mistyped type or a missing column is a broken fixture, not a line to skip.
            guard c.count >= 2, let type = EntityType(rawValue: c[1]) else {
                Issue.record("annotation line '\(line)' has no valid entity type (person, country, organization, location)")
                return nil
            }
            let canonical = c.count > 2 && !c[2].isEmpty ? c[2] : nil
            let skip = c.count > 3 ? Set(c[3].split(separator: ",").compactMap { Int($0) }) : []
            return Annotation(surface: c[0], type: type, canonical: canonical, skip: skip)
        }
    }

    /// Inline annotations for hand-made test paragraphs: `("Niger", .country, nil)`.
    static func make(id: String, text: String, _ spans: [(String, EntityType, String?)]) -> Document {
        make(id: id, text: text, annotations: spans.map { Annotation(surface: $0.0, type: $0.1, canonical: $0.2) })
    }

    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("samples")

    /// The three sample articles with their hand annotations.
    static func samples() throws -> [Document] {
        let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")
        let ids = ["blinken-detained-isis-fighters-rome", "coalition-against-islamic-state-rome-africa", "global-coalition-joint-communique-rome"]
        return try ids.map { id in
            let text = try String(contentsOf: samplesFolder.appendingPathComponent("\(id).txt"), encoding: .utf8)
            let annotation = try String(contentsOf: fixtures.appendingPathComponent("\(id).mentions.tsv"), encoding: .utf8)
            return make(id: id, text: text, annotations: annotations(annotation))
        }
    }
}
