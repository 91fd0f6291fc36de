import NexusText

/// The lower-case words a name may hold, and the tagger's spans split where one holds any
/// other (or a dash written apart): a name is written in capitals but for its connectors ("Bank of England", "Osama bin
/// Laden", "Médecins sans Frontières"), so a lower-case verb or noun inside a span means the
/// tagger ran two names and the words between them into one ("The Tories say Labour is acting
/// too late" had "Tories say Labour" as one organization).
extension EntityRecognizer {
    /// Prepositions, articles, conjunctions and the particles of personal and place names
    /// (Arabic, Romance, Germanic) that are written in lower case inside names.
    static let nameConnectors: Set<String> = [
        "of", "and", "the", "for", "to", "in", "on", "at", "by", "with", "without", "upon", "under", "against",
        "over", "from", "into", "a", "an", "or", "et", "und", "y", "e", "i", "sans", "pour", "per",
        "de", "du", "des", "la", "le", "les", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der",
        "den", "ter", "het", "zu", "af", "al", "el", "bin", "ibn", "bint", "ben", "ul", "ud", "ut", "abu",
        "los", "las", "lo", "en", "au", "aux", "sur", "dem", "im", "am", "vom", "zum", "zur", "og", "och", "na",
        "wa", "wal", "li", "min", "es", "arap",
    ]

    /// The tagger's person, organization and place spans split at every lower-case word that is
    /// no ``nameConnectors`` word (letters only, two or more), and an organization split at
    /// "and" between two bodies: "Electoral Commission and National Union of Students" (the
    /// words before "and" end in a body's head noun, ``isBodyHead(_:)``, and those after it hold
    /// one). Each capitalised piece keeps the span's
    /// label; a piece that starts with a lower-case word is dropped, and so is a piece before a
    /// noun that says what kind of body the next name is ("Human Rights group Liberty",
    /// ``bodyDescriptors``): it describes the body, it is not a name.
    ///
    /// - Complexity: O(n) in the span's length.
    func splittingAtInnerWords(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out: [NERSpan] = []
        for span in spans {
            let label = MentionTyper.bareLabel(span.label)
            guard ["PER", "ORG", "LOC"].contains(label), span.range.count >= 3 else { out.append(span); continue }
            var start = span.range.lowerBound
            var pieces: [Range<Int>] = []
            for k in (span.range.lowerBound + 1)..<(span.range.upperBound - 1) where Self.breaksName(at: k, in: span.range, label: label, tokens: tokens) {
                if !Self.bodyDescriptors.contains(tokens[k]) { pieces.append(start..<k) }
                start = k + 1
            }
            guard start > span.range.lowerBound else { out.append(span); continue }
            pieces.append(start..<span.range.upperBound)
            for piece in pieces where !piece.isEmpty && tokens[piece.lowerBound].first?.isUppercase == true {
                out.append(NERSpan(range: piece, label: span.label))
            }
        }
        return out
    }

    /// Lower-case nouns of the kind of body a name after them is: "pressure group Liberty",
    /// "the human rights organisation Amnesty International".
    static let bodyDescriptors: Set<String> = [
        "group", "groups", "organisation", "organization", "charity", "campaign", "body", "watchdog", "union",
        "party", "firm", "company", "agency", "network", "movement", "alliance", "coalition", "association",
    ]

    /// Whether a capitalised word heads a body's name: a party's, movement's or association's
    /// (``organizationHeads``), a public body's (``OtherNames/bodyHeads``), or an institution's.
    static func isBodyHead(_ word: String) -> Bool {
        organizationHeads.contains(word) || OtherNames.bodyHeads.contains(word.lowercased()) || institutionHeads.contains(word)
    }

    /// Heads of institutions' names that are in neither of the other lists.
    static let institutionHeads: Set<String> = [
        "Institute", "Foundation", "Society", "Service", "Court", "Board", "Trust", "Bureau", "Centre", "Center",
    ]

    /// Whether token `k` inside `range` divides two names.
    private static func breaksName(at k: Int, in range: Range<Int>, label: String, tokens: [String]) -> Bool {
        let word = tokens[k]
        // A dash written apart ("civil servants at Whitehall - Labour by 80,000"); a name's own
        // hyphen is inside its word ("Kilroy-Silk").
        if ["-", "–", "—", "--"].contains(word) { return true }
        if word == "and" {
            guard label == "ORG" else { return false }
            let before = tokens[k - 1], after = tokens[(k + 1)..<range.upperBound]
            return isBodyHead(before) && after.count >= 2 && after.contains(where: isBodyHead)
        }
        guard word.count >= 2, word.allSatisfy(\.isLetter), word.first?.isLowercase == true, !nameConnectors.contains(word) else { return false }
        // "Interfax news Agency", "the Senate committee": a lower-case word before a body's
        // bare head noun is the name's, written small.
        let after = tokens[(k + 1)..<range.upperBound]
        return !(after.count == 1 && isBodyHead(after.first!))
    }

    /// The tagger's organization spans completed where it stopped inside a body's name at a
    /// word it reads as a title: "the Association of Chief | Police Officers" (it stops after
    /// "Chief"). A span that holds "of" or "for" and ends in a capitalised word takes the one to
    /// three capitalised words right after it when no span holds them, none is a title or an
    /// office ("Bank of England Governor Mervyn King" stays), and a lower-case word or a mark
    /// follows them.
    ///
    /// - Complexity: O(n) in the number of spans and the words after each.
    func extendingBodyNames(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out = spans
        for (i, span) in spans.enumerated() where MentionTyper.bareLabel(span.label) == "ORG" {
            guard tokens[span.range].dropLast().contains(where: { $0 == "of" || $0 == "for" }),
                  tokens[span.range.upperBound - 1].first?.isUppercase == true else { continue }
            let limit = i + 1 < spans.count ? spans[i + 1].range.lowerBound : tokens.count
            var end = span.range.upperBound
            while end < limit, end < span.range.upperBound + 3, Self.continuesBodyName(tokens[end]) { end += 1 }
            guard end > span.range.upperBound, end < limit else { continue }
            if let next = tokens[end].first, next.isUppercase || next.isNumber { continue }
            out[i].range = span.range.lowerBound..<end
        }
        return out
    }

    /// The tagger's organization spans joined to the "for" phrase it left out or typed apart
    /// after a body's head noun: "the Alternative ASEAN Network | for | Burma" (a country span
    /// after "for"), "the Committee | for | Democracy in Burma". The span ends in a head
    /// (``isBodyHead(_:)`` or ``forPhraseHeads``), "for" (and "the") follows, the next span
    /// starts right there, an organization or a place, and a lower-case word or a mark follows
    /// it; neither the span nor the whole is a name the lists know ("asked the European Union | for | Turkey's" stays apart).
    ///
    /// - Complexity: O(n) in the number of spans.
    func joiningForPhrases(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out: [NERSpan] = []
        var i = 0
        while i < spans.count {
            let span = spans[i]
            if i + 1 < spans.count, let joined = joinedForPhrase(span, spans[i + 1], tokens: tokens) {
                out.append(joined)
                i += 2
                continue
            }
            out.append(span)
            i += 1
        }
        return out
    }

    /// Heads of bodies' names that are often followed by what they are for and are in none of
    /// the head lists of ``isBodyHead(_:)``: "Network", "Campaign", "Coalition", "Fund".
    static let forPhraseHeads: Set<String> = ["Network", "Campaign", "Coalition", "Fund"]

    private func joinedForPhrase(_ span: NERSpan, _ next: NERSpan, tokens: [String]) -> NERSpan? {
        guard MentionTyper.bareLabel(span.label) == "ORG", span.range.count >= 2 else { return nil }
        let head = tokens[span.range.upperBound - 1]
        guard Self.isBodyHead(head) || Self.forPhraseHeads.contains(head) else { return nil }
        var k = span.range.upperBound
        guard k < tokens.count, tokens[k] == "for" else { return nil }
        k += 1
        if k < tokens.count, tokens[k] == "the" { k += 1 }
        // What a body is for is a place or a cause the tagger read as a name of its own, not
        // an event or a product ("the Beijing Organizing Committee for the Olympic games").
        guard next.range.lowerBound == k, next.range.count <= 4, ["ORG", "LOC"].contains(MentionTyper.bareLabel(next.label)) else { return nil }
        let end = next.range.upperBound
        if end < tokens.count, let c = tokens[end].first, c.isUppercase || c.isNumber || tokens[end] == "'s" { return nil }
        let gazetteer = spanFinder.gazetteer
        let kinds: Set<GazetteerKind> = [.organization, .country, .location]
        guard gazetteer.entries(exactly: Array(tokens[span.range]), kinds: kinds).isEmpty,
              gazetteer.entries(exactly: Array(tokens[span.range.lowerBound..<end]), kinds: kinds).isEmpty else { return nil }
        return NERSpan(range: span.range.lowerBound..<end, label: span.label)
    }

    private static func continuesBodyName(_ word: String) -> Bool {
        guard word.first?.isUppercase == true, word.count >= 2, word.allSatisfy(\.isLetter),
              word.contains(where: \.isLowercase) else { return false }
        let lower = word.lowercased()
        return !TitleLexicon.standard.isOneWordTitle(lower) && !TitleLexicon.officeWords.contains(lower)
            && DateText.weekdays[lower] == nil && DateText.months[lower] == nil
    }

    /// The tagger's organization spans split where a body's name runs into a country's or a
    /// party's that qualifies the word after them, and the whole is no name the lists know:
    /// "told BBC News US policy", "told BBC News Labour MPs would not get a free vote" (the
    /// first part an organization of the lists, the second a country or an organization whose
    /// name ends in "Party" or "Democrats", and a lower-case word or a member's role after
    /// them). A country's organ ("U.S. Justice Department") or a branch ("International
    /// Rescue Committee UK") is left whole. Each part keeps the kind the lists give it.
    ///
    /// - Complexity: O(n) in the span's length (one longest-match scan).
    func splittingKnownNames(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        let gazetteer = spanFinder.gazetteer
        let kinds: Set<GazetteerKind> = [.organization, .country, .location]
        var out: [NERSpan] = []
        for span in spans {
            let words = Array(tokens[span.range])
            guard MentionTyper.bareLabel(span.label) == "ORG", words.count >= 2, gazetteer.entries(exactly: words, kinds: kinds).isEmpty else {
                out.append(span); continue
            }
            let parts = gazetteer.longestMatches(in: words, kinds: kinds)
            let next = span.range.upperBound < tokens.count ? tokens[span.range.upperBound] : ""
            guard parts.count == 2, parts[0].range.lowerBound == 0, parts[0].range.upperBound == parts[1].range.lowerBound,
                  parts[1].range.upperBound == words.count, parts[0].entry.kind == .organization,
                  parts[1].entry.kind == .country || ["Party", "Democrats"].contains(where: parts[1].entry.canonical.hasSuffix),
                  next.first?.isLowercase == true && next.allSatisfy(\.isLetter) || Self.memberRoles.contains(next)
            else { out.append(span); continue }
            for part in parts {
                let label = part.entry.kind == .organization ? "ORG" : "LOC"
                out.append(NERSpan(range: (span.range.lowerBound + part.range.lowerBound)..<(span.range.lowerBound + part.range.upperBound), label: label))
            }
        }
        return out
    }
}
