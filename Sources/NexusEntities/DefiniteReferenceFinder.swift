import NexusCore

/// Finds capitalized definite references to an organization the document names in full:
/// "the Coalition" for "Global Coalition to Defeat IS", "the Alliance" for "International
/// Alliance to confront ISIS", "the Union" for "European Union".
///
/// The **head** of an organization name is its last capitalized word of four letters or more
/// before the first lowercase word ("Global Coalition to Defeat IS" → "Coalition"). A token
/// pair "the"/"The" + head, written with its capital and not already inside a mention,
/// becomes a mention of the organization named nearest before it (or, failing that, first
/// after it); a legislative chamber's head ("the House") refers only to a chamber
/// (``ResolutionInstitutions/headMayShorten(_:_:)``). Lowercase "the coalition" is left to the resolver's collective-noun rule, since
/// it is as often generic.
///
/// - Complexity: O(t + m) per document of t tokens and m mentions.
public struct DefiniteReferenceFinder: Sendable {
    public init() {}

    /// New mentions to add to `document.mentions` (which must be in text order).
    public func references(in document: Document) -> [Mention] {
        let named = document.mentions.filter { $0.type == .organization }
        var byHead: [String: [Mention]] = [:]
        for mention in named {
            // A chamber's head ("the House") refers to a chamber only, not to the White House.
            if let head = Self.head(of: mention.text),
               ResolutionInstitutions.headMayShorten(head.lowercased(), NameNormalizer.tokens(mention.text).map { $0.lowercased() }) {
                byHead[head, default: []].append(mention)
            }
        }
        guard !byHead.isEmpty else { return [] }
        var found: [Mention] = []
        for sentence in document.sentences {
            let tokens = sentence.tokens
            for i in tokens.indices.dropLast() where tokens[i].text == "the" || tokens[i].text == "The" {
                let next = tokens[i + 1]
                guard let candidates = byHead[next.text], !isCovered(next.range, by: document.mentions),
                      let referent = Self.nearest(candidates, to: next.range.start)
                else { continue }
                found.append(Mention(
                    text: next.text, type: .organization, sentence: sentence.index, range: next.range,
                    canonical: referent.canonical ?? referent.text))
            }
        }
        return found
    }

    static func head(of name: String) -> String? {
        var head: String?
        for word in name.split(separator: " ") {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { break }
            if word.count >= 4, word.allSatisfy(\.isLetter), word.dropFirst().contains(where: \.isLowercase) {
                head = String(word)
            }
        }
        return head
    }

    static func nearest(_ mentions: [Mention], to offset: Int) -> Mention? {
        mentions.last { $0.range.start < offset } ?? mentions.first
    }

    func isCovered(_ range: TextRange, by mentions: [Mention]) -> Bool {
        mentions.contains { $0.range.overlaps(range) }
    }
}
