import NexusCore
import NexusEntities

extension SentenceTreeRepair {
    /// Relations that give a word no role in its clause: name parts, and where the parser puts
    /// what it could not attach.
    static let looseRelations: Set<String> = ["flat", "compound", "punct", "vocative", "dep", "parataxis", "discourse", "list", "orphan", "goeswith", "reparandum"]

    /// The tree with every person's name of two or more words made one unit, its first word the
    /// head and the others its `flat` parts, as the Universal Dependencies guidelines write
    /// personal names: in "Presidents Omar al-Bashir of Sudan and Idriss Deby of Chad", parsed
    /// with "Idriss" a conjunct and "Deby" a `flat` part of "Bashir", Deby belongs to Idriss;
    /// in "hosted by Libyan leader Moammar Gadhafi", parsed with "Gadhafi" the head and
    /// "Moammar" its `compound`, the name's place passes to its first word.
    ///
    /// The name's place is that of its first word hung outside the name by a relation that
    /// gives it a role (not ``looseRelations``: in "Luiz Inacio Lula da Silva and Alvaro Uribe
    /// ... are to discuss", parsed with "Luiz" a `vocative` and "Lula" the subject, the name is
    /// the subject), else by any relation but `flat`, `compound` or `punct`, else that of its
    /// first word hung outside. Words outside the name hung on any of its words hang on the
    /// first word. A rewiring that would make a cycle (the place lies under the name) is not
    /// made.
    ///
    /// - Complexity: O(w·n) for w words and n words in names.
    static func withNamesAsUnits(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        var start = 0
        while start < words.count {
            guard let here = names[start], here.kind == .person else { start += 1; continue }
            var end = start + 1
            while end < words.count, names[end]?.mention == here.mention { end += 1 }
            defer { start = end }
            let span = start..<end
            guard span.count > 1 else { continue }
            let outside = span.filter { words[$0].head.map { !span.contains($0) } ?? true }
            guard let anchor = outside.first(where: { !looseRelations.contains(words[$0].relation) })
                    ?? outside.first(where: { !["flat", "compound", "punct"].contains(words[$0].relation) }) ?? outside.first,
                  !(outside == [start] && span.dropFirst().allSatisfy({ words[$0].head == start })) else { continue }
            let place = (head: words[anchor].head, relation: words[anchor].relation)
            if let h = place.head, ancestors(of: h, in: words).contains(where: { span.contains($0) }) { continue }
            var unit = words
            unit.hang(start, on: place.head, as: place.relation)
            for k in span.dropFirst() { unit.hang(k, on: start, as: words[k].upos == "PUNCT" ? "punct" : "flat") }
            for k in unit.indices where !span.contains(k) {
                if let h = unit[k].head, span.contains(h), h != start { unit[k].head = start }
            }
            words = unit
        }
        return words
    }
}

extension SentenceTreeRepair {
    /// The tree with a person's name made the head of its phrase when the parser made the
    /// one-word title right before it (``TitleLexicon/isOneWordTitle(_:)``, capitalised, outside
    /// every name: "Secretary Rice", "President Putin") the head instead. A title describes the
    /// name it stands before; it is the name's `nmod:desc` in every reading.
    ///
    /// - The name hangs on the title: the name takes the title's place and its other
    ///   dependents.
    /// - The name is the subject of a verb hung on the title ("Secretary Rice later met with
    ///   ...", parsed with "Secretary" the root and "met" its `parataxis`): the verb takes the
    ///   title's place and its other dependents.
    ///
    /// Runs after ``withNamesAsUnits(_:names:)``, so the name's head is its first word.
    static func withNameOverTitle(_ words: [SyntacticWord], isPerson: [Bool], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for t in words.indices.dropLast() where !isName[t] && isPerson[t + 1] {
            let text = words[t].text
            let name = t + 1
            guard text.first?.isUppercase == true, TitleLexicon.standard.isOneWordTitle(text.lowercased()) || courtesyTitles.contains(text.lowercased()),
                  let up = words[name].head, up != t || words[name].relation != "nmod:desc" else { continue }
            let (head, relation) = (words[t].head, words[t].relation)
            let taker: Int
            if up == t {
                taker = name
            } else if words[up].head == t, ["VERB", "AUX"].contains(words[up].upos), words[name].relation.hasPrefix("nsubj") {
                taker = up
                if words[name].relation == "nsubj:pass", !words.contains(where: { $0.head == up && $0.relation == "aux:pass" }) {
                    words[name].relation = "nsubj"
                }
            } else { continue }
            for k in words.indices where k != taker && words[k].head == t { words[k].head = taker }
            words.hang(taker, on: head, as: relation)
            words.hang(t, on: name, as: "nmod:desc")
        }
        return words
    }
}

extension SentenceTreeRepair {
    /// The tree with every person of a written list whose names carry titles made a conjunct of
    /// the first: the talks in "talks with Pakistani Foreign Minister Shah Mehmood Qureshi,
    /// President Asif Ali Zardari and Prime Minister Yousuf Raza Gilani" are with all three,
    /// also when the parser hangs a long title ("Minister of External Affairs") on a later word
    /// and the next name on the name before it.
    ///
    /// A list is three or more persons' names, each after a comma (the last after "and", with
    /// or without a comma) and a title of at most seven words: capitalised words, "of", and
    /// names of countries or places ("Indian"), with no verb, comma or conjunction. Each name
    /// becomes a conjunct of the first; each title word hung outside the title and its name
    /// becomes the name's `nmod:desc`; the comma and "and" hang on the name after them.
    static func withTitledNameLists(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        var i = 0
        while i < words.count {
            guard let list = titledList(from: i, words: words, names: names) else { i += 1; continue }
            defer { i = list.last!.name.upperBound }
            let first = nameHead(list[0].name, in: words)
            // A first name the parser hung inside a later item ("Secretary of State Colin
            // Powell, Chinese President Hu Jintao and ...", with Powell described by Hu) takes
            // the place of that item's outermost word first.
            let moved = Set(list.dropFirst().flatMap { Array($0.title) + Array($0.name) })
            if let top = ancestors(of: first, in: words).last(where: { moved.contains($0) }) {
                words.hang(first, on: words[top].head, as: words[top].relation)
            }
            var previousEnd = list[0].name.upperBound
            for item in list.dropFirst() {
                let head = nameHead(item.name, in: words)
                words.hang(head, on: first, as: "conj")
                let unit = item.title.lowerBound..<item.name.upperBound
                for t in item.title where words[t].head.map({ !unit.contains($0) }) ?? true {
                    words.hang(t, on: head, as: "nmod:desc")
                }
                for k in previousEnd..<item.title.lowerBound {
                    let lower = words[k].text.lowercased()
                    if lower == "," { words.hang(k, on: head, as: "punct") }
                    if lower == "and" { words.hang(k, on: head, as: "cc") }
                }
                previousEnd = item.name.upperBound
            }
        }
        return words
    }

    /// One person of a titled list: the title's words and the name's.
    struct TitledName {
        var title: Range<Int>
        var name: Range<Int>
    }

    /// The word of `name` hung outside it (its first such word).
    static func nameHead(_ name: Range<Int>, in words: [SyntacticWord]) -> Int {
        name.first(where: { words[$0].head.map { !name.contains($0) } ?? true }) ?? name.lowerBound
    }

    /// The titled list starting at word `start` (``withTitledNameLists(_:names:)``), if any.
    static func titledList(from start: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [TitledName]? {
        func personName(at k: Int) -> Range<Int>? {
            guard k < words.count, let here = names[k], here.kind == .person, k == 0 || names[k - 1]?.mention != here.mention else { return nil }
            var end = k + 1
            while end < words.count, names[end]?.mention == here.mention { end += 1 }
            return k..<end
        }
        func titled(at k: Int) -> TitledName? {
            var end = k
            while end < words.count, personName(at: end) == nil {
                let w = words[end]
                guard end - k < 7, w.text.first?.isUppercase == true || w.text.lowercased() == "of",
                      !["VERB", "AUX", "CCONJ", "PUNCT"].contains(w.upos) else { return nil }
                end += 1
            }
            guard end > k, let name = personName(at: end) else { return nil }
            return TitledName(title: k..<end, name: name)
        }
        guard let firstName = personName(at: start) else { return nil }
        var list = [TitledName(title: start..<start, name: firstName)]
        var closed = false
        while !closed, let separator = listSeparator(at: list[list.count - 1].name.upperBound, in: words, conjunctions: ["and"]) {
            closed = separator.closes
            guard let next = titled(at: separator.next) else { break }
            list.append(next)
        }
        return list.count >= 3 && closed ? list : nil
    }
}

extension SentenceTreeRepair {
    /// The tree with a person's name made the head of its phrase when the parser read a title
    /// with a portfolio before it as "title of [portfolio name]": in "Secretary of State
    /// Condoleezza Rice has criticized Syria", parsed with "Condoleezza" an `nmod` of
    /// "Secretary" and "of" and "State" her dependents, the secretary is Rice and she
    /// criticized Syria. The title is a capitalised one-word title (``TitleLexicon/isOneWordTitle(_:)``)
    /// outside every name, then "of" and at most three capitalised words outside names, then
    /// the name, whose head hangs on the title. The name takes the title's place and the
    /// phrase's marker, conjunction and punctuation; the title becomes its `nmod:desc`, the portfolio's last word the title's
    /// `nmod` with "of" its `case` and the portfolio's other words its `compound`.
    static func withNameAfterPortfolioTitle(_ words: [SyntacticWord], isPerson: [Bool], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for t in words.indices where !isName[t] && words[t].text.first?.isUppercase == true
            && TitleLexicon.standard.isOneWordTitle(words[t].text.lowercased()) {
            guard t + 2 < words.count, words[t + 1].text.lowercased() == "of",
                  let name = (t + 3..<min(words.count, t + 6)).first(where: { isPerson[$0] }),
                  (t + 2..<name).allSatisfy({ !isName[$0] && words[$0].text.first?.isUppercase == true && words[$0].upos != "PUNCT" }),
                  words[name].head == t else { continue }
            let portfolio = name - 1
            let (head, relation) = (words[t].head, words[t].relation)
            // The phrase's marker, conjunction and punctuation, and all after the name, are the
            // name's; what qualifies the title before it ("U.S. Secretary") stays the title's.
            for k in words.indices where k != name && words[k].head == t
                && (k > name || ["case", "cc", "punct", "mark", "advmod"].contains(words[k].relation)) { words[k].head = name }
            words.hang(name, on: head, as: relation)
            words.hang(t, on: name, as: "nmod:desc")
            words.hang(portfolio, on: t, as: "nmod")
            words.hang(t + 1, on: portfolio, as: "case")
            for k in t + 2..<portfolio { words.hang(k, on: portfolio, as: "compound") }
        }
        return words
    }
}
