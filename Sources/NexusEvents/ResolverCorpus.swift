import Foundation
import NexusCore
import NexusEntities

/// Resolves the entities of a corpus, inside each document and across documents, and
/// extracts their affiliations, co-mentions and commitments.
///
/// Input: documents whose `sentences` and `mentions` are filled (tokenizer, tagger and
/// gazetteers). Output: a ``CorpusExtraction`` in which the same real-world entity has the
/// same id (``EntityID/make(type:name:)`` of its canonical name) in every document.
///
/// ```swift
/// let resolver = try CorpusResolver.standard(aliasFiles: [URL(fileURLWithPath: "my-aliases.tsv")])
/// let extraction = resolver.resolve(documents)
/// ```
///
/// Across documents, entities of the same type merge when
/// - they share a key: a normalized full name, a gazetteer canonical, or an alias-table entry
///   (rules `exact`, `normalized`, `gazetteer`, `alias-table`, `acronym-definition`);
/// - persons are spelling variants (`spelling-variant`): identical surname, given names at
///   edit distance ≤ 1 (length ≥ 4, same initial) or Jaro-Winkler ≥ 0.93, **and** the two
///   share a role or an affiliation and do not have disjoint affiliations;
/// - a person named only by surname in a document matches exactly one full name of the
///   corpus with that surname, and a name of two words or more that begins exactly one longer
///   name of the corpus joins it unless their affiliations are disjoint (`partial-name`);
/// - an undefined acronym matches exactly one organization of the corpus that a document
///   defined it for ("Lord's Resistance Army (LRA)"), else exactly one by its initials
///   (`acronym-initials`);
/// - an organization named by one word ("Coalition") is the head noun of exactly one longer
///   organization name of the corpus (`partial-name`).
/// Names that only look alike (Niger/Nigeria, United States/United Nations, a country and
/// an organization named after it, ISIS/ISIS-K) never merge: countries and organizations merge only on
/// identical keys, and string similarity applies only to persons under the guards above.
/// Bare generic institutions ("House of Representatives") are never merged across documents.
///
/// Output is deterministic: documents, entities, relations and aliases are sorted by id.
///
/// - Complexity: linear in the number of mentions up to the per-sentence and per-surname
///   groups, which are small in news text. Documents are resolved in parallel
///   (`DispatchQueue.concurrentPerform`); the corpus merge is sequential.
public struct CorpusResolver: Sendable {
    public var aliasTable: AliasTable
    public var titles: TitleLexicon
    /// Triggers of CAMEO-coded events, read on parsed sentences.
    public var eventLexicon: EventLexicon
    /// Capitals read as their countries when they act.
    public var capitals: CapitalTable
    /// First names' genders, evidence against merging namesakes of the other gender.
    public var genders: FirstNameGenders

    public init(aliasTable: AliasTable, titles: TitleLexicon = .standard, eventLexicon: EventLexicon,
                capitals: CapitalTable = CapitalTable(countryOfCapital: [:]), genders: FirstNameGenders = FirstNameGenders([:])) {
        self.aliasTable = aliasTable
        self.titles = titles
        self.eventLexicon = eventLexicon
        self.capitals = capitals
        self.genders = genders
    }

    /// The resolver with the shipped alias table plus the given alias files (`--aliases`).
    public static func standard(aliasFiles: [URL] = []) throws -> CorpusResolver {
        try standard(aliasTable: AliasTable.shipped(adding: aliasFiles))
    }

    /// The resolver over a loaded alias table and the shipped event lexicon and capitals.
    public static func standard(aliasTable: AliasTable) throws -> CorpusResolver {
        CorpusResolver(aliasTable: aliasTable, eventLexicon: try EventLexicon.shipped(), capitals: try CapitalTable.shipped(),
                       genders: try FirstNameGenders.shipped())
    }

    struct DocumentWork {
        let resolution: DocumentResolution
        let affiliations: [LocalRelation]
        let commitments: [LocalCommitment]
        let events: [LocalEvent]
    }

    /// The clusters of a merged corpus: its entities, sorted by id, and the entity of each
    /// node of the ``CorpusMergeTable``.
    struct CorpusMerge: Sendable {
        let entities: [CorpusEntity]
        /// Index into `entities` of each node.
        let entityOfNode: [Int32]
        /// `entities` by id.
        let byID: [String: CorpusEntity]

        /// The corpus id of node `n`.
        func id(of n: Int) -> String { entities[Int(entityOfNode[n])].id }
    }

    public func resolve(_ documents: [Document]) -> CorpusExtraction {
        var names = CorpusNameTypes()
        for document in documents { names.add(document.mentions) }
        let dominant = names.dominant
        let ordered = CorpusDescriptions.addMentions(documents.sorted { $0.id < $1.id }).map { CorpusNameTypes.retyped($0, dominant: dominant) }
        let work = resolveDocuments(ordered)
        var table = CorpusMergeTable()
        for w in work { table.append(w.resolution, affiliations: w.affiliations) }
        let merged = merge(table, documentIDs: ordered.map(\.id))
        var extractions: [DocumentExtraction] = []
        for (d, w) in work.enumerated() {
            extractions.append(documentExtraction(document: ordered[d], work: w, idOf: { merged.id(of: table.node(d, $0)) }, corpus: merged.byID))
        }
        return CorpusExtraction(documents: extractions, entities: merged.entities)
    }

    /// Merges the entities of the table across documents (the rules listed on the type) and
    /// names the clusters. `documentIDs` are the ids of the table's documents, in its order.
    ///
    /// - Complexity: O(N + C log C) for N nodes and C clusters, plus the per-surname pairs of
    ///   the spelling-variant rule and a pass over the nodes for each merge it makes.
    func merge(_ table: CorpusMergeTable, documentIDs: [String]) -> CorpusMerge {
        var uf = ResolutionUnionFind(count: table.nodeCount)
        var joinRule = [MergeRule?](repeating: nil, count: table.nodeCount)

        // 1. Shared keys.
        let keysOfForm = table.forms.map { form in form.corpusKeys.sorted().map { "\(form.type.rawValue)|\($0)" } }
        var firstWithKey: [String: Int] = [:]
        for n in 0..<table.nodeCount {
            for k in keysOfForm[Int(table.formOf[n])] {
                if let m = firstWithKey[k] { uf.union(m, n) } else { firstWithKey[k] = n }
            }
        }
        mergeInitialVariants(table, uf: &uf, joinRule: &joinRule)
        mergeFirstInitials(table, uf: &uf, joinRule: &joinRule)
        // 2. Person spelling variants, under context guards.
        mergeSpellingVariants(table, uf: &uf, joinRule: &joinRule)
        // 3. Surname-only persons and undefined acronyms.
        mergeSingletons(table, uf: &uf, joinRule: &joinRule)

        // Clusters and their ids.
        var members: [Int: [Int]] = [:]
        for n in 0..<table.nodeCount { members[uf.find(n), default: []].append(n) }
        let roots = members.keys.sorted()
        var idOfRoot: [Int: String] = [:]
        var nameOfRoot: [Int: String] = [:]
        var taken: Set<String> = []
        for root in roots {
            let group = members[root]!
            let name = canonicalName(group.map(table.entity), mentionCounts: group.map { table.entity($0).nameCount })
            var id = EntityID.make(type: table.entity(root).type, name: name)
            if taken.contains(id) {
                let base = id
                var k = 2
                while taken.contains("\(base)-\(k)") { k += 1 }
                id = "\(base)-\(k)"
            }
            taken.insert(id)
            idOfRoot[root] = id
            nameOfRoot[root] = name
        }

        // Roles from affiliation labels, by cluster root.
        var affiliationRoles: [Int: Set<String>] = [:]
        for a in table.affiliations {
            if let label = table.label(a) { affiliationRoles[uf.find(Int(a.source)), default: []].insert(label) }
        }
        // Corpus entities.
        var corpus: [CorpusEntity] = []
        for root in roots {
            let group = members[root]!
            let name = nameOfRoot[root]!
            var aliasRule: [String: MergeRule] = [:]
            var roles: Set<String> = []
            var docs: Set<String> = []
            for n in group {
                let e = table.entity(n)
                docs.insert(documentIDs[table.document(n)])
                roles.formUnion(e.roles)
                for (alias, localRule) in e.names where alias != name {
                    var rule = localRule
                    if rule == .exact || rule == .normalized {
                        if NameNormalizer.key(alias) == NameNormalizer.key(name) { rule = .normalized }
                        else if e.type == .person && isSpellingVariant(alias, name) { rule = .spellingVariant }
                        else { rule = joinRule[n] ?? .normalized }
                    }
                    if let previous = aliasRule[alias], CorpusResolver.precedence(previous) <= CorpusResolver.precedence(rule) { continue }
                    aliasRule[alias] = rule
                }
            }
            roles.formUnion(affiliationRoles[root] ?? [])
            corpus.append(CorpusEntity(id: idOfRoot[root]!, name: name, type: table.entity(root).type,
                                       aliases: aliasRule.map { Alias(name: $0.key, rule: $0.value) }.sorted(),
                                       documents: docs.sorted(), roles: roles.sorted()))
        }
        corpus.sort { $0.id < $1.id }
        var indexOfID: [String: Int32] = [:]
        for (i, entity) in corpus.enumerated() { indexOfID[entity.id] = Int32(i) }
        let entityOfNode = (0..<table.nodeCount).map { indexOfID[idOfRoot[uf.find($0)]!]! }
        return CorpusMerge(entities: corpus, entityOfNode: entityOfNode,
                           byID: Dictionary(uniqueKeysWithValues: corpus.map { ($0.id, $0) }))
    }

    /// Resolves each document on its own, in parallel (documents are independent, so the
    /// result does not depend on scheduling).
    func resolveDocuments(_ documents: [Document]) -> [DocumentWork] {
        documents.parallelMap(resolveDocument)
    }

    func resolveDocument(_ document: Document) -> DocumentWork {
        let (resolution, affiliations) = resolveEntities(document)
        let referents = CommitmentActorResolver(resolution: resolution, titles: titles, aliasTable: aliasTable, affiliations: affiliations)
        let extractor = EventExtractor(lexicon: eventLexicon, titles: titles, capitals: capitals)
        let parsed = ParsedDocument(context: resolution.context)
        let events = extractor.extract(resolution, parsed: parsed, referents: referents)
        let found = CommitmentExtractor(titles: titles, aliasTable: aliasTable, events: extractor, parsed: parsed, documentEvents: events)
            .extract(resolution, affiliations: affiliations)
        // A storm, a treaty or a tournament (a name of kind `other`) neither acts nor is acted
        // on ("Typhoon Conson struck Luzon", "withdrew from the Kyoto Protocol"), and pledges
        // nothing; a commitment to one ("pledged support for the EU treaty") has no beneficiary.
        // Nor does a sea a deployment or aid is sent to ("two carriers to the eastern Mediterranean").
        let isParty = { (e: Int) in resolution.entities[e].type != .other }
        let receives = { (e: Int) in isParty(e) && !EventExtractor.isWaterBody(resolution.entities[e]) }
        let extended = EventCommitments.extend(found, with: events, parsed: parsed)
        let commitments = EventCommitments.recipientsFromContext(extended, events: events, resolution: resolution).filter { isParty($0.actor) }.map { c in
            var c = c
            if let b = c.beneficiary, !receives(b) { c.beneficiary = nil }
            return c
        }
        let stated = EventCommitments.events(stating: commitments, besides: events, parsed: parsed, resolution: resolution)
        let acts = (events + stated).filter { isParty($0.actor) && isParty($0.target) }
        return DocumentWork(resolution: resolution, affiliations: affiliations, commitments: commitments, events: acts)
    }

    /// The entities of one document and their affiliations (whose labels become roles): all
    /// the cross-document merge reads of it, without its events and commitments.
    func resolveEntities(_ document: Document) -> (resolution: DocumentResolution, affiliations: [LocalRelation]) {
        let context = ResolutionContext(document: document, titles: titles)
        var resolution = DocumentResolver(aliasTable: aliasTable, titles: titles, genders: genders).resolve(context)
        let affiliations = AffiliationExtractor(titles: titles).extract(resolution)
        for r in affiliations { if let label = r.label { resolution.entities[r.source].roles.insert(label) } }
        return (resolution, affiliations)
    }

    // MARK: Cross-document rules

    /// Each form's name as lowercased tokens, computed once per form, not once per node.
    private func lowercasedTokens(_ table: CorpusMergeTable) -> [[String]] {
        table.forms.map { NameNormalizer.tokens($0.name).map { $0.lowercased() } }
    }

    private func mergeSpellingVariants(_ table: CorpusMergeTable, uf: inout ResolutionUnionFind, joinRule: inout [MergeRule?]) {
        let tokensOfForm = lowercasedTokens(table)
        // Affiliation targets of each node, as cluster roots.
        var targets: [Int: Set<Int>] = [:]
        for a in table.affiliations { targets[Int(a.source), default: []].insert(Int(a.target)) }
        var bySurname: [String: [Int]] = [:]
        for n in 0..<table.nodeCount where table.entity(n).type == .person {
            let tokens = tokensOfForm[Int(table.formOf[n])]
            guard tokens.count >= 2 else { continue }
            bySurname[tokens.last!, default: []].append(n)
        }
        for surname in bySurname.keys.sorted() {
            let group = bySurname[surname]!
            guard group.count >= 2 else { continue }
            for i in 0..<group.count {
                for j in (i + 1)..<group.count {
                    let a = group[i], b = group[j]
                    guard uf.find(a) != uf.find(b) else { continue }
                    let ea = table.entity(a), eb = table.entity(b)
                    guard isSpellingVariant(ea.name, eb.name) else { continue }
                    let ta = Set((targets[a] ?? []).map { uf.find($0) }), tb = Set((targets[b] ?? []).map { uf.find($0) })
                    let sharedAffiliation = !ta.isDisjoint(with: tb)
                    let sharedRole = !ea.roles.isDisjoint(with: eb.roles)
                    let conflict = !ta.isEmpty && !tb.isEmpty && !sharedAffiliation
                    guard (sharedAffiliation || sharedRole) && !conflict else { continue }
                    let joiningRoot = max(uf.find(a), uf.find(b))
                    let joining = (0..<table.nodeCount).filter { uf.find($0) == joiningRoot }
                    uf.union(a, b)
                    for n in joining where joinRule[n] == nil { joinRule[n] = .spellingVariant }
                }
            }
        }
    }

    /// Two full names that differ only by a spelling variant of the given name.
    func isSpellingVariant(_ a: String, _ b: String) -> Bool {
        let x = NameNormalizer.tokens(a).map { $0.lowercased() }, y = NameNormalizer.tokens(b).map { $0.lowercased() }
        guard x.count == y.count, x.count >= 2, x.last == y.last, x != y else { return false }
        var differing = 0
        for (p, q) in zip(x, y) where p != q {
            differing += 1
            guard p.first == q.first, min(p.count, q.count) >= 4 else { return false }
            guard NameSimilarity.editDistance(p, q) <= 1 || NameSimilarity.jaroWinkler(p, q) >= 0.93 else { return false }
        }
        return differing == 1
    }

    /// "Joseph Biden" in one document and "Joseph R. Biden" in another are one person when the
    /// corpus writes the name with one set of middle initials only; with two ("George W. Bush",
    /// "George H. W. Bush") each variant stays its own person and the bare name its own node.

    /// "Joseph Biden" in one document and "Joseph R. Biden" in another are one person when the
    /// corpus writes the name with one set of middle initials only; with two ("George W. Bush",
    /// "George H. W. Bush") each variant stays its own person and the bare name its own node.
    private func mergeInitialVariants(_ table: CorpusMergeTable, uf: inout ResolutionUnionFind, joinRule: inout [MergeRule?]) {
        // The keys of each person form's names of two words or more, with their initials if any, once per form.
        let keysOfForm: [[(key: String, initials: String?)]] = table.forms.map { form in
            guard form.type == .person else { return [] }
            return form.names.keys.sorted().filter { NameNormalizer.tokens($0).count >= 2 }.map { name in
                let key = DocumentResolver.personKey(NameNormalizer.key(name))
                if let v = DocumentResolver.initialVariant(key) { return (v.stripped, v.initials) }
                return (key, nil)
            }
        }
        var variants: [String: Set<String>] = [:]
        var holders: [String: [Int]] = [:]
        for n in 0..<table.nodeCount {
            for (key, initials) in keysOfForm[Int(table.formOf[n])] {
                if let initials { variants[key, default: []].insert(initials) }
                holders[key, default: []].append(n)
            }
        }
        for (stripped, found) in variants.sorted(by: { $0.key < $1.key }) where found.count == 1 {
            let group = holders[stripped] ?? []
            for n in group.dropFirst() where uf.find(n) != uf.find(group[0]) {
                uf.union(group[0], n)
                joinRule[n] = joinRule[n] ?? .normalized
            }
        }
    }

    /// A person written with the initial of a first name ("S. Jaishankar", "K Annan") joined to
    /// the one person of the corpus whose full name has a first name of that initial and that
    /// surname ("Subrahmanyam Jaishankar"). With two such full names ("George W. Bush", "George
    /// H. W. Bush" for "G. Bush") the initial form stays apart.
    ///
    /// - Complexity: O(N) over the nodes' two-word names, with hash lookups.
    private func mergeFirstInitials(_ table: CorpusMergeTable, uf: inout ResolutionUnionFind, joinRule: inout [MergeRule?]) {
        func parts(_ name: String) -> (first: String, surname: String)? {
            let tokens = NameNormalizer.tokens(name)
            guard tokens.count >= 2, let first = tokens.first, let last = tokens.last, last.count >= 2 else { return nil }
            return (first, last.lowercased())
        }
        func isInitial(_ word: String) -> Bool {
            let letters = word.filter(\.isLetter)
            return letters.count == 1 && letters.first!.isUppercase && (word.count == 1 || word == "\(letters)." )
        }
        var fullNames: [String: Set<String>] = [:]
        var holderOfFull: [String: Int] = [:]
        var initialled: [(node: Int, key: String)] = []
        for n in 0..<table.nodeCount {
            let form = table.forms[Int(table.formOf[n])]
            guard form.type == .person else { continue }
            for name in form.names.keys.sorted() {
                guard let (first, surname) = parts(name) else { continue }
                if isInitial(first) {
                    if NameNormalizer.tokens(name).count == 2 { initialled.append((n, "\(first.prefix(1))|\(surname)")) }
                } else if first.count >= 2, let initial = first.first, initial.isUppercase {
                    let key = "\(initial)|\(surname)"
                    fullNames[key, default: []].insert(DocumentResolver.personKey(NameNormalizer.key(name)))
                    holderOfFull[key] = holderOfFull[key] ?? n
                }
            }
        }
        for (n, key) in initialled where fullNames[key]?.count == 1 {
            guard let target = holderOfFull[key], uf.find(n) != uf.find(target) else { continue }
            uf.union(target, n)
            joinRule[n] = joinRule[n] ?? .normalized
        }
    }

    /// Surname-only persons, undefined acronyms and bare head nouns, joined to the one full name
    /// of the corpus they fit. A surname ("Clinton", "Mrs Clinton") is matched by evidence:
    /// candidates of the other gender are dropped; of several left, one named in at least three
    /// times as many documents as any other (and in three or more) is the dominant bearer and
    /// takes it. A surname still ambiguous stays unmerged, but one node per surname and gender
    /// for the whole corpus, never one per document.
    ///
    /// The candidate sets are kept as the clusters their nodes belonged to when the pass began
    /// (a node's cluster now is its first cluster's), so each lookup costs the clusters a name
    /// fits, not the documents that write it.
    private func mergeSingletons(_ table: CorpusMergeTable, uf: inout ResolutionUnionFind, joinRule: inout [MergeRule?]) {
        let tokensOfForm = lowercasedTokens(table)
        let startRoot = (0..<table.nodeCount).map { uf.find($0) }
        var clusterGenders: [Int: Set<PersonGender>] = [:]
        var clusterStyles: [Int: Set<String>] = [:]
        var clusterDocuments: [Int: Set<Int>] = [:]
        for n in 0..<table.nodeCount where table.entity(n).type == .person {
            let root = startRoot[n], e = table.entity(n)
            if let g = e.gender { clusterGenders[root, default: []].insert(g) }
            clusterStyles[root, default: []].formUnion(e.styles)
            clusterDocuments[root, default: []].insert(table.document(n))
        }
        /// The one candidate the evidence points to among surname bearers, if any.
        func bearer(of e: EntityForm, among candidates: Set<Int>) -> Int? {
            let fitting = candidates.filter { c in
                // "Lord Osborne" joins only a person also written with a peer's style.
                if !e.styles.isEmpty && e.styles.isDisjoint(with: clusterStyles[c] ?? []) { return false }
                guard let g = e.gender, let theirs = clusterGenders[c], theirs.count == 1 else { return true }
                return theirs.first == g
            }
            if fitting.count == 1 { return fitting.first }
            let ranked = fitting.map { (root: $0, documents: clusterDocuments[$0]?.count ?? 0) }.sorted { ($0.documents, -$0.root) > ($1.documents, -$1.root) }
            guard ranked.count >= 2, ranked[0].documents >= 3, ranked[0].documents >= 3 * ranked[1].documents else { return nil }
            return ranked[0].root
        }
        // Candidate clusters (as their roots when the pass began) by surname, initials, head noun
        // and leading part of a person's name ("Moussa Faki" → "Moussa Faki Mahamat").
        var bySurname: [String: Set<Int>] = [:]
        var byInitials: [String: Set<Int>] = [:]
        var byDefinedAcronym: [String: Set<Int>] = [:]
        var byHead: [String: Set<Int>] = [:]
        var byPrefix: [String: Set<Int>] = [:]
        for n in 0..<table.nodeCount {
            let e = table.entity(n), tokens = tokensOfForm[Int(table.formOf[n])], root = startRoot[n]
            if e.type == .person {
                if tokens.count >= 2 { bySurname[tokens.last!, default: []].insert(root) }
                if tokens.count >= 3 {
                    for cut in 2..<tokens.count { byPrefix[tokens[..<cut].joined(separator: " "), default: []].insert(root) }
                }
            } else if e.type == .organization {
                for name in e.names.keys where !NameNormalizer.isAcronym(name) && NameNormalizer.tokens(name).count >= 2 {
                    byInitials[NameNormalizer.initials(name), default: []].insert(root)
                    byInitials[NameNormalizer.initials(name, keepFunctionWords: true), default: []].insert(root)
                }
                // An acronym a document defined for a full name ("Lord's Resistance Army (LRA)").
                if e.names.keys.contains(where: { !NameNormalizer.isAcronym($0) }) {
                    for name in e.names.keys where NameNormalizer.isAcronym(name) {
                        byDefinedAcronym[String(name.unicodeScalars.filter { $0.properties.isAlphabetic }), default: []].insert(root)
                    }
                }
                if tokens.count >= 2, !e.scoped, let head = DocumentResolver.head(tokens), ResolutionInstitutions.headMayShorten(head, tokens) {
                    byHead[head, default: []].insert(root)
                }
            }
        }
        // Affiliation targets by cluster (as cluster roots), for the guard below.
        var clusterTargets: [Int: Set<Int>] = [:]
        for a in table.affiliations { clusterTargets[startRoot[Int(a.source)], default: []].insert(startRoot[Int(a.target)]) }
        // A surname's bearer depends only on the form and the cluster it started in.
        var bearerMemo: [Int64: Int?] = [:]
        var unresolved: [String: [Int]] = [:]
        for n in 0..<table.nodeCount {
            let e = table.entity(n)
            var candidates: Set<Int> = []
            var rule = MergeRule.partialName
            let tokens = tokensOfForm[Int(table.formOf[n])]
            if e.type == .person, tokens.count >= 2, let longer = byPrefix[tokens.joined(separator: " ")] {
                candidates = Set(longer.map { uf.find($0) })
                candidates.remove(uf.find(n))
                // Guard: no disjoint affiliations.
                if candidates.count == 1, let c = candidates.first {
                    let mine = clusterTargets[uf.find(n)] ?? [], theirs = clusterTargets[c] ?? []
                    if !mine.isEmpty && !theirs.isEmpty && mine.isDisjoint(with: theirs) { candidates = [] }
                }
            } else if e.type == .person, tokens.count == 1 {
                // Bearers as the clusters were before this pass (the statistics are keyed so).
                let memoKey = Int64(table.formOf[n]) << 32 | Int64(startRoot[n])
                let found: Int?
                if let memo = bearerMemo[memoKey] { found = memo } else {
                    found = bearer(of: e, among: (bySurname[tokens[0]] ?? []).subtracting([startRoot[n]]))
                    bearerMemo[memoKey] = found
                }
                candidates = found.map { [$0] } ?? []
                if candidates.isEmpty {
                    unresolved[tokens[0], default: []].append(n)
                }
            } else if e.type == .organization, e.authoritativeName == nil, e.names.keys.allSatisfy(NameNormalizer.isAcronym) {
                let letters = String(e.name.unicodeScalars.filter { $0.properties.isAlphabetic })
                // A cluster whose document defined the acronym outranks one whose initials merely spell it.
                // (Once joined to one, a node looks no further.)
                let defined = Set((byDefinedAcronym[letters] ?? []).map { uf.find($0) })
                candidates = defined.isEmpty ? Set((byInitials[letters] ?? []).map { uf.find($0) }) : defined
                rule = .acronymInitials
            } else if e.type == .organization, e.authoritativeName == nil, !e.scoped, e.names.keys.allSatisfy({ NameNormalizer.tokens($0).count == 1 }) {
                // A bare head noun ("the Coalition") names the one organization of the corpus it
                // heads. A chamber's head ("the House") names the chamber of its own document's
                // country, which a bare one leaves open: never joined across documents.
                guard !ResolutionInstitutions.chamberHeads.contains(tokens[0]) else { continue }
                candidates = Set((byHead[tokens[0]] ?? []).map { uf.find($0) })
            } else {
                continue
            }
            candidates.remove(uf.find(n))
            if candidates.count == 1, let target = candidates.first {
                uf.union(n, target)
                joinRule[n] = rule
            }
        }
        // Surnames left ambiguous: one node per surname across the corpus, or one per gender when
        // the text gives both ("Mr Bush", "Mrs Bush"; a bare "Bush" then stays alone).
        for (_, group) in unresolved.sorted(by: { $0.key < $1.key }) {
            let genders = Set(group.compactMap { table.entity($0).gender })
            let parts = genders.count <= 1 ? [group] : Dictionary(grouping: group) { table.entity($0).gender?.rawValue ?? "" }.sorted { $0.key < $1.key }.map(\.value)
            for part in parts {
                for n in part.dropFirst() where uf.find(n) != uf.find(part[0]) { uf.union(part[0], n) }
            }
        }
    }

    // MARK: Names

    /// The canonical name of a cluster: an alias-table or gazetteer name if any (the most
    /// frequent), else the most frequent full name (most tokens first for persons), then the
    /// longest, then the alphabetically first.
    private func canonicalName(_ entities: [EntityForm], mentionCounts: [Int]) -> String {
        var authoritative: [String: Int] = [:]
        var names: [String: Int] = [:]
        for (e, count) in zip(entities, mentionCounts) {
            if let a = e.authoritativeName { authoritative[a, default: 0] += count }
            names[e.name, default: 0] += count
        }
        let pool = authoritative.isEmpty ? names : authoritative
        let isPerson = entities.first?.type == .person
        // A person's full name outranks a surname, and one spelled out outranks one opening with
        // an initial ("Subrahmanyam Jaishankar", not "S. Jaishankar"; "T. Boone Pickens", not "Pickens").
        func spelled(_ name: String) -> Int {
            guard isPerson, let first = NameNormalizer.tokens(name).first else { return 0 }
            return first.filter(\.isLetter).count >= 2 ? 1 : 0
        }
        return pool.keys.max { a, b in
            let ta = isPerson ? NameNormalizer.tokens(a).count : 0, tb = isPerson ? NameNormalizer.tokens(b).count : 0
            let ka = (NameNormalizer.isAcronym(a) ? 0 : 1, min(ta, 2), spelled(a), ta, pool[a]!, a.count)
            let kb = (NameNormalizer.isAcronym(b) ? 0 : 1, min(tb, 2), spelled(b), tb, pool[b]!, b.count)
            if ka != kb { return ka < kb }
            return a > b
        } ?? ""
    }

    static func precedence(_ rule: MergeRule) -> Int {
        MergeRule.allCases.firstIndex(of: rule) ?? 0
    }

    // MARK: Output

    func documentExtraction(document: Document, work: DocumentWork, idOf: (Int) -> String, corpus: [String: CorpusEntity]) -> DocumentExtraction {
        let resolution = work.resolution
        let context = resolution.context
        // Entities, merged by corpus id.
        var byID: [String: Entity] = [:]
        for (e, local) in resolution.entities.enumerated() {
            let id = idOf(e)
            let canonical = corpus[id]?.name ?? local.name
            var entity = byID[id] ?? Entity(id: id, name: canonical, type: local.type)
            entity.mentions.append(contentsOf: local.mentions.map { context.mentions[$0].mention })
            entity.mentions.append(contentsOf: local.extraMentions)
            entity.roles = Array(Set(entity.roles).union(local.roles)).sorted()
            entity.aliases = Array(Set(entity.aliases).union(local.names.keys.filter { $0 != canonical })).sorted()
            byID[id] = entity
        }
        for w in work.affiliations {
            if let label = w.label, var entity = byID[idOf(w.source)] {
                entity.roles = Array(Set(entity.roles).union([label])).sorted()
                byID[idOf(w.source)] = entity
            }
        }
        let entities = byID.keys.sorted().map { id -> Entity in
            var e = byID[id]!
            e.mentions.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
            return e
        }
        // Affiliations, merged by (source, target, label).
        var affiliation: [String: Relation] = [:]
        for r in work.affiliations {
            let source = idOf(r.source), target = idOf(r.target)
            guard source != target else { continue }
            let key = [source, target, r.label ?? ""].joined(separator: "\u{0}")
            if var existing = affiliation[key] {
                existing.evidence.append(r.evidence)
                affiliation[key] = existing
            } else {
                affiliation[key] = Relation(source: source, target: target, kind: .affiliation, label: r.label, evidence: [r.evidence])
            }
        }
        var relations = affiliation.keys.sorted().map { key -> Relation in
            var r = affiliation[key]!
            r.evidence = Array(Set(r.evidence)).sorted()
            return r
        }
        // Co-mentions.
        var idsBySentence = [Set<String>](repeating: [], count: document.sentences.count)
        for (i, m) in context.mentions.enumerated() {
            if let s = context.sentencePosition(m.mention.sentence) { idsBySentence[s].insert(idOf(resolution.entityOfMention[i])) }
        }
        relations.append(contentsOf: ComentionCounter.relations(document: document, entityIDsBySentence: idsBySentence))
        // Commitments.
        var perSentence: [Int: Int] = [:]
        var commitments: [Commitment] = []
        for c in work.commitments.sorted(by: { ($0.sentencePosition, $0.range.start) < ($1.sentencePosition, $1.range.start) }) {
            let sentence = document.sentences[c.sentencePosition]
            let n = perSentence[sentence.index, default: 0]
            perSentence[sentence.index] = n + 1
            commitments.append(Commitment(id: "commitment:\(document.id):\(sentence.index):\(n)", actor: idOf(c.actor), kind: c.kind,
                                          text: sentence.text, sentence: sentence.index, range: c.range, amount: c.amount,
                                          beneficiary: c.beneficiary.map(idOf), time: c.time, normalizedTime: c.normalizedTime,
                                          date: document.date?.date))
        }
        let events = EventListing.events(work.events, document: document, idOf: idOf, commitments: commitments)
        return DocumentExtraction(document: document, entities: entities, relations: relations, commitments: commitments, events: events)
    }
}
