import NexusCore

/// Edits of a resolved corpus that keep it consistent: merge two entities, split one, retype,
/// drop or rename it, each rewriting every reference (document entities and mentions,
/// relations, events, commitments). Used by ``Corrections`` and by ``GraphBuilder`` (to leave
/// `other` names out).
struct CorpusEditor {
    var corpus: CorpusExtraction

    init(corpus: CorpusExtraction) { self.corpus = corpus }

    /// Why a command names no single entity (the warning's text).
    struct Unfound: Error { let reason: String }

    /// Applies one command; returns why it could not be applied, if it could not.
    mutating func apply(_ command: Corrections.Command) -> String? {
        do {
            switch command {
            case .merge(let keep, let join):
                let a = try entity(keep), b = try entity(join)
                guard a != b else { return "'\(keep)' and '\(join)' are already one entity" }
                merge(corpus.entities[b].id, into: corpus.entities[a].id)
            case .split(let reference, let name):
                if !split(corpus.entities[try entity(reference)].id, name: name) { return "no mention of '\(name)' belongs to '\(reference)'" }
            case .retype(let reference, let type):
                retype(corpus.entities[try entity(reference)].id, to: type)
            case .drop(let reference):
                drop(corpus.entities[try entity(reference)].id)
            case .rename(let reference, let name):
                rename(corpus.entities[try entity(reference)].id, to: name)
            }
        } catch {
            return error.reason
        }
        return nil
    }

    /// Sorts what the commands appended, as the resolver's output is sorted.
    mutating func finish() {
        corpus.entities.sort { $0.id < $1.id }
        for d in corpus.documents.indices { corpus.documents[d].entities.sort { $0.id < $1.id } }
    }

    // MARK: Finding entities

    /// The index of the corpus entity a reference names: its id, else its name, else one of its
    /// aliases (any case).
    /// - Throws: ``Unfound`` when none or several fit.
    private func entity(_ reference: String) throws(Unfound) -> Int {
        if let i = corpus.entities.firstIndex(where: { $0.id == reference }) { return i }
        let key = reference.lowercased()
        let named = corpus.entities.indices.filter { corpus.entities[$0].name.lowercased() == key }
        let candidates = named.isEmpty ? corpus.entities.indices.filter { i in corpus.entities[i].aliases.contains { $0.name.lowercased() == key } } : named
        if candidates.count == 1 { return candidates[0] }
        throw Unfound(reason: candidates.isEmpty
            ? "no entity is named '\(reference)'"
            : "'\(reference)' names \(candidates.count) entities (\(candidates.map { corpus.entities[$0].id }.joined(separator: ", "))); use an id")
    }

    // MARK: Commands

    /// Every reference to `old` becomes `new`; the two entities' names, documents and roles join.
    mutating func merge(_ old: String, into new: String) {
        guard let o = corpus.entities.firstIndex(where: { $0.id == old }), let n = corpus.entities.firstIndex(where: { $0.id == new }) else { return }
        let joining = corpus.entities[o]
        var kept = corpus.entities[n]
        var aliases = Dictionary(kept.aliases.map { ($0.name, $0.rule) }, uniquingKeysWith: { a, _ in a })
        if joining.name != kept.name { aliases[joining.name] = .correction }
        for alias in joining.aliases where alias.name != kept.name && aliases[alias.name] == nil { aliases[alias.name] = alias.rule }
        kept.aliases = aliases.map { Alias(name: $0.key, rule: $0.value) }.sorted()
        kept.documents = Array(Set(kept.documents + joining.documents)).sorted()
        kept.roles = Array(Set(kept.roles + joining.roles)).sorted()
        corpus.entities[n] = kept
        corpus.entities.remove(at: o)
        for d in corpus.documents.indices {
            replace(old, with: kept, in: d)
        }
    }

    /// In document `d`, entity `old` becomes `entity` (joining its record there, if any).
    private mutating func replace(_ old: String, with entity: CorpusEntity, in d: Int) {
        var doc = corpus.documents[d]
        guard let o = doc.entities.firstIndex(where: { $0.id == old }) else { return }
        var moving = doc.entities.remove(at: o)
        moving.mentions = moving.mentions.map { var m = $0; m.type = entity.type; return m }
        if let n = doc.entities.firstIndex(where: { $0.id == entity.id }) {
            var kept = doc.entities[n]
            kept.mentions = (kept.mentions + moving.mentions).sorted { $0.range < $1.range }
            kept.aliases = Array(Set(kept.aliases + moving.aliases + [moving.name]).subtracting([kept.name])).sorted()
            kept.roles = Array(Set(kept.roles + moving.roles)).sorted()
            doc.entities[n] = kept
        } else {
            moving.aliases = Array(Set(moving.aliases + [moving.name]).subtracting([entity.name])).sorted()
            moving.id = entity.id
            moving.name = entity.name
            moving.type = entity.type
            doc.entities.append(moving)
        }
        Self.repoint(&doc, from: old, to: entity.id, dropsLoops: true) { _ in true }
        corpus.documents[d] = doc
    }

    /// The relations, events and commitments of `doc` that name `old` name `new` instead, those
    /// whose sentences pass `moves` only. With `dropsLoops`, a relation or event left linking an
    /// entity to itself is dropped and a commitment to its own actor loses its beneficiary.
    static func repoint(_ doc: inout DocumentExtraction, from old: String, to new: String, dropsLoops: Bool,
                        moves: ([Int]) -> Bool) {
        doc.relations = doc.relations.compactMap { r in
            var r = r
            guard moves(r.evidence.map(\.sentence)) else { return r }
            if r.source == old { r.source = new }
            if r.target == old { r.target = new }
            return dropsLoops && r.source == r.target ? nil : r
        }
        doc.events = doc.events.compactMap { e in
            var e = e
            guard moves([e.sentence]) else { return e }
            if e.actor == old { e.actor = new }
            if e.target == old { e.target = new }
            return dropsLoops && e.actor == e.target ? nil : e
        }
        doc.commitments = doc.commitments.map { c in
            var c = c
            guard moves([c.sentence]) else { return c }
            if c.actor == old { c.actor = new }
            if c.beneficiary == old { c.beneficiary = new }
            if dropsLoops && c.beneficiary == c.actor { c.beneficiary = nil }
            return c
        }
    }

    /// The entity gets another type (and the id of that type); it joins an entity that already
    /// has that id.
    mutating func retype(_ id: String, to type: EntityType) {
        guard let i = corpus.entities.firstIndex(where: { $0.id == id }), corpus.entities[i].type != type else { return }
        var entity = corpus.entities[i]
        let newID = EntityID.make(type: type, name: entity.name)
        if corpus.entities.contains(where: { $0.id == newID }) {
            merge(id, into: newID)
            return
        }
        entity.id = newID
        entity.type = type
        corpus.entities[i] = entity
        for d in corpus.documents.indices { replace(id, with: entity, in: d) }
    }

    /// The entity and everything that names it go: its mentions, relations, events and the
    /// commitments it makes; a commitment to it loses its beneficiary.
    mutating func drop(_ id: String) {
        corpus.entities.removeAll { $0.id == id }
        for d in corpus.documents.indices {
            var doc = corpus.documents[d]
            doc.entities.removeAll { $0.id == id }
            doc.relations.removeAll { $0.source == id || $0.target == id }
            doc.events.removeAll { $0.actor == id || $0.target == id }
            doc.commitments.removeAll { $0.actor == id }
            doc.commitments = doc.commitments.map { c in var c = c; if c.beneficiary == id { c.beneficiary = nil }; return c }
            corpus.documents[d] = doc
        }
    }

    /// A new display name; the id stays, the old name becomes an alias.
    mutating func rename(_ id: String, to name: String) {
        guard let i = corpus.entities.firstIndex(where: { $0.id == id }) else { return }
        let old = corpus.entities[i].name
        guard old != name else { return }
        var aliases = corpus.entities[i].aliases.filter { $0.name != name && $0.name != old }
        aliases.append(Alias(name: old, rule: .correction))
        corpus.entities[i].aliases = aliases.sorted()
        corpus.entities[i].name = name
        for d in corpus.documents.indices {
            guard let e = corpus.documents[d].entities.firstIndex(where: { $0.id == id }) else { continue }
            var entity = corpus.documents[d].entities[e]
            entity.aliases = Array(Set(entity.aliases + [entity.name]).subtracting([name])).sorted()
            entity.name = name
            corpus.documents[d].entities[e] = entity
        }
    }

    /// The mentions of `id` written `name` (any case) leave it for an entity of that name,
    /// with the relations, events and commitments of the sentences where only they name it.
    /// Returns false when no mention is written so.
    mutating func split(_ id: String, name: String) -> Bool {
        guard let i = corpus.entities.firstIndex(where: { $0.id == id }) else { return false }
        let source = corpus.entities[i]
        let key = name.lowercased()
        var newID = EntityID.make(type: source.type, name: name)
        if newID == id { newID += "-split" }
        var moved = false
        var documentsLeft: [String] = []
        var documentsNew: [String] = []
        for d in corpus.documents.indices {
            var doc = corpus.documents[d]
            guard let e = doc.entities.firstIndex(where: { $0.id == id }) else { continue }
            let leaving = doc.entities[e].mentions.filter { $0.text.lowercased() == key }
            let staying = doc.entities[e].mentions.filter { $0.text.lowercased() != key }
            if leaving.isEmpty { documentsLeft.append(doc.document.id); continue }
            moved = true
            documentsNew.append(doc.document.id)
            let only = Set(leaving.map(\.sentence)).subtracting(staying.map(\.sentence))
            if staying.isEmpty {
                doc.entities.remove(at: e)
            } else {
                doc.entities[e].mentions = staying
                doc.entities[e].aliases.removeAll { $0.lowercased() == key }
                documentsLeft.append(doc.document.id)
            }
            if let n = doc.entities.firstIndex(where: { $0.id == newID }) {
                doc.entities[n].mentions = (doc.entities[n].mentions + leaving).sorted { $0.range < $1.range }
            } else {
                doc.entities.append(Entity(id: newID, name: name, type: source.type, mentions: leaving))
            }
            let everything = staying.isEmpty
            func moves(_ sentences: [Int]) -> Bool { everything || (!sentences.isEmpty && sentences.allSatisfy(only.contains)) }
            Self.repoint(&doc, from: id, to: newID, dropsLoops: false, moves: moves)
            corpus.documents[d] = doc
        }
        guard moved else { return false }
        if documentsLeft.isEmpty {
            corpus.entities.remove(at: i)
        } else {
            corpus.entities[i].documents = documentsLeft.sorted()
            corpus.entities[i].aliases.removeAll { $0.name.lowercased() == key }
        }
        if let n = corpus.entities.firstIndex(where: { $0.id == newID }) {
            corpus.entities[n].documents = Array(Set(corpus.entities[n].documents + documentsNew)).sorted()
        } else {
            corpus.entities.append(CorpusEntity(id: newID, name: name, type: source.type, aliases: [], documents: documentsNew.sorted(), roles: []))
        }
        return true
    }
}
