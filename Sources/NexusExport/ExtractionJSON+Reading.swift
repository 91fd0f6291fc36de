import Foundation
import NexusCore

extension ExtractionJSON {
    /// Why extraction JSON could not be read.
    public enum ReadError: Error, CustomStringConvertible, Equatable {
        /// The file could not be opened or is not UTF-8.
        case unreadable(file: String, reason: String)
        /// The text is not JSON.
        case syntax(file: String?, JSONParser.Failure)
        /// The JSON does not have the extraction layout.
        case shape(file: String?, JSONShapeError)
        /// The JSON names another format (a saved graph, for instance).
        case otherFormat(file: String?, found: String)

        public var description: String {
            switch self {
            case .unreadable(let file, let reason):
                return "cannot read '\(file)': \(reason); check the path and that the file is UTF-8 text"
            case .syntax(let file, let failure):
                return "\(Self.prefix(file))\(failure)"
            case .shape(let file, let problem):
                return "\(Self.prefix(file))not nexus extraction JSON: \(problem); produce it with `nexus extract --format json`"
            case .otherFormat(let file, let found):
                return "\(Self.prefix(file))this is '\(found)' JSON, not '\(ExtractionJSON.formatName)'; give the output of `nexus extract --format json`"
            }
        }

        private static func prefix(_ file: String?) -> String {
            file.map { "'\($0)': " } ?? ""
        }
    }

    /// Reads extraction JSON from a file; errors name the file.
    public static func read(contentsOf url: URL) throws(ReadError) -> CorpusExtraction {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.relativePath, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: url.relativePath, reason: "the bytes are not valid UTF-8")
        }
        return try read(text, file: url.relativePath)
    }

    /// Reads extraction JSON text. Fields of the contract (README.md; docs/export.md) are required; the
    /// additions (`text`, `sentences`, `relations`, `aliases`, `roles`, `skipped`, ...) default
    /// to empty when absent, so hand-written contract JSON reads too.
    ///
    /// - Parameter file: the file name to put in error messages, if any.
    public static func read(_ text: String, file: String? = nil) throws(ReadError) -> CorpusExtraction {
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw .syntax(file: file, error)
        }
        do {
            let cursor = JSONCursor(root)
            if let format = try cursor.optionalField("format")?.string(), format != formatName {
                throw ReadError.otherFormat(file: file, found: format)
            }
            return try corpus(cursor)
        } catch let error as JSONShapeError {
            throw .shape(file: file, error)
        } catch let error as ReadError {
            throw error
        } catch {
            throw .shape(file: file, JSONShapeError(path: "", problem: "\(error)"))
        }
    }

    private static func corpus(_ cursor: JSONCursor) throws(JSONShapeError) -> CorpusExtraction {
        var documents: [DocumentExtraction] = []
        for item in try cursor.field("documents").items() { documents.append(try document(item)) }
        var entities: [CorpusEntity] = []
        // A corpus entity id names one entity: a repeated id is refused here, before a command
        // writes anything, rather than merged by guesswork (bad input gets a clear error).
        var firstIndex: [String: String] = [:]
        for item in try cursor.field("entities").items() {
            let entity = try corpusEntity(item)
            if let first = firstIndex[entity.id] {
                throw JSONShapeError(path: item.path, problem: "repeats the entity id '\(entity.id)' of \(first); give each corpus entity a unique id")
            }
            firstIndex[entity.id] = item.path
            entities.append(entity)
        }
        var skipped: [SkippedDocument] = []
        for item in try cursor.optionalField("skipped")?.items() ?? [] {
            skipped.append(SkippedDocument(path: try item.field("path").string(), reason: try item.field("reason").string()))
        }
        return CorpusExtraction(documents: documents, entities: entities, skipped: skipped)
    }

    private static func list<T>(_ cursor: JSONCursor, _ key: String, _ read: (JSONCursor) throws(JSONShapeError) -> T) throws(JSONShapeError) -> [T] {
        var out: [T] = []
        for item in try cursor.optionalField(key)?.items() ?? [] { out.append(try read(item)) }
        return out
    }

    private static func document(_ cursor: JSONCursor) throws(JSONShapeError) -> DocumentExtraction {
        // The contract requires these two lists; the other lists are additions and may be absent.
        _ = try cursor.field("entities").items()
        _ = try cursor.field("commitments").items()
        let document = Document(
            id: try cursor.field("id").string(),
            path: try cursor.field("path").string(),
            text: try cursor.optionalField("text")?.string() ?? "",
            encoding: try cursor.optionalField("encoding")?.string() ?? "utf-8",
            date: try documentDate(cursor),
            sentences: try list(cursor, "sentences", sentence),
            mentions: try list(cursor, "mentions", rawMention)
        )
        return DocumentExtraction(
            document: document,
            entities: try list(cursor, "entities", entity),
            relations: try list(cursor, "relations", relation),
            commitments: try list(cursor, "commitments", commitment),
            events: try list(cursor, "events", event)
        )
    }

    /// The `date` of an object, "YYYY-MM-DD"; `nil` when null or absent (output written
    /// before dates were added, or by another tool following the contract loosely).
    static func calendarDate(_ cursor: JSONCursor) throws(JSONShapeError) -> CalendarDate? {
        guard let field = try cursor.optionalField("date") else { return nil }
        let text = try field.string()
        guard let date = CalendarDate(iso: text) else {
            throw JSONShapeError(path: field.path, problem: "'\(text)' is not a date YYYY-MM-DD")
        }
        return date
    }

    /// A document's `date` and `dateSource` (a date without a source counts as a date line).
    static func documentDate(_ cursor: JSONCursor) throws(JSONShapeError) -> DocumentDate? {
        guard let date = try calendarDate(cursor) else { return nil }
        let source = try cursor.optionalField("dateSource")?.enumeration(DocumentDate.Source.self) ?? .dateLine
        return DocumentDate(date: date, source: source)
    }

    /// The `start`/`end` pair of an object, checked to be an ordered pair of offsets.
    static func range(_ cursor: JSONCursor) throws(JSONShapeError) -> TextRange {
        let start = try cursor.field("start").offset()
        let end = try cursor.field("end").offset()
        guard start <= end else {
            throw JSONShapeError(path: cursor.path, problem: "start \(start) is past end \(end)")
        }
        return TextRange(start: start, end: end)
    }

    private static func sentence(_ cursor: JSONCursor) throws(JSONShapeError) -> Sentence {
        Sentence(
            index: try cursor.field("index").offset(),
            range: try range(cursor),
            text: try cursor.field("text").string(),
            tokens: try list(cursor, "tokens") { (item) throws(JSONShapeError) in
                Token(text: try item.field("text").string(), range: try range(item))
            },
            syntax: try sentenceSyntax(cursor)
        )
    }

    /// A sentence's parse (written with `syntax: true`), or nil when it has no `words`.
    /// `tags`, `xpos`, `heads` and `deps` are then required, one entry per word; heads are
    /// 1-based word numbers with 0 for the root.
    private static func sentenceSyntax(_ cursor: JSONCursor) throws(JSONShapeError) -> SentenceSyntax? {
        guard let wordsCursor = try cursor.optionalField("words") else { return nil }
        let items = try wordsCursor.items()
        let count = items.count
        func column(_ key: String) throws(JSONShapeError) -> [JSONCursor] {
            let field = try cursor.field(key)
            let values = try field.items()
            guard values.count == count else {
                throw JSONShapeError(path: field.path, problem: "has \(values.count) entries for \(count) words")
            }
            return values
        }
        let tags = try column("tags"), xpos = try column("xpos"), heads = try column("heads"), deps = try column("deps")
        var words: [SyntacticWord] = []
        words.reserveCapacity(count)
        for (i, item) in items.enumerated() {
            let head = try heads[i].offset()
            guard head <= count else {
                throw JSONShapeError(path: heads[i].path, problem: "head \(head) is past the last word (\(count))")
            }
            words.append(SyntacticWord(
                text: try item.field("text").string(), token: try item.field("token").offset(), range: try range(item),
                upos: try tags[i].string(), xpos: try xpos[i].string(),
                head: head == 0 ? nil : head - 1, relation: try deps[i].string()))
        }
        return SentenceSyntax(words: words)
    }

    /// A mention of an entity; its `type` (an addition) defaults to the entity's type.
    private static func mention(_ cursor: JSONCursor, defaultType: EntityType) throws(JSONShapeError) -> Mention {
        Mention(
            text: try cursor.field("text").string(),
            type: try cursor.optionalField("type")?.enumeration(EntityType.self) ?? defaultType,
            sentence: try cursor.field("sentence").offset(),
            range: try range(cursor),
            canonical: try cursor.optionalField("canonical")?.string()
        )
    }

    /// A raw mention of a document (`.full` detail), whose `type` is required.
    private static func rawMention(_ cursor: JSONCursor) throws(JSONShapeError) -> Mention {
        try mention(cursor, defaultType: try cursor.field("type").enumeration(EntityType.self))
    }

    private static func entity(_ cursor: JSONCursor) throws(JSONShapeError) -> Entity {
        let type = try cursor.field("type").enumeration(EntityType.self)
        return Entity(
            id: try cursor.field("id").string(),
            name: try cursor.field("name").string(),
            type: type,
            aliases: try cursor.optionalField("aliases")?.strings() ?? [],
            roles: try cursor.optionalField("roles")?.strings() ?? [],
            mentions: try list(cursor, "mentions") { (item) throws(JSONShapeError) in try mention(item, defaultType: type) }
        )
    }

    private static func evidence(_ cursor: JSONCursor) throws(JSONShapeError) -> Evidence {
        Evidence(
            document: try cursor.field("document").string(),
            sentence: try cursor.field("sentence").offset(),
            range: try range(cursor),
            text: try cursor.field("text").string()
        )
    }

    private static func relation(_ cursor: JSONCursor) throws(JSONShapeError) -> Relation {
        Relation(
            source: try cursor.field("source").string(),
            target: try cursor.field("target").string(),
            kind: try cursor.field("kind").enumeration(RelationKind.self),
            label: try cursor.optionalField("label")?.string(),
            evidence: try list(cursor, "evidence", evidence)
        )
    }

    private static func commitment(_ cursor: JSONCursor) throws(JSONShapeError) -> Commitment {
        let hasStart = try cursor.optionalField("start") != nil
        let hasEnd = try cursor.optionalField("end") != nil
        let hasRange = hasStart || hasEnd
        var amount: Amount?
        if let amountCursor = try cursor.nullableField("amount") { amount = try amountValue(amountCursor) }
        return Commitment(
            id: try cursor.field("id").string(),
            actor: try cursor.field("actor").string(),
            kind: try cursor.field("kind").enumeration(CommitmentKind.self),
            text: try cursor.field("text").string(),
            sentence: try cursor.field("sentence").offset(),
            range: hasRange ? try range(cursor) : TextRange(start: 0, end: 0),
            amount: amount,
            beneficiary: try cursor.nullableField("beneficiary")?.string(),
            time: try cursor.nullableField("time")?.string(),
            normalizedTime: try cursor.optionalField("normalizedTime")?.string(),
            date: try calendarDate(cursor)
        )
    }

    private static func event(_ cursor: JSONCursor) throws(JSONShapeError) -> Event {
        let codeCursor = try cursor.field("code")
        guard let code = EventCode(try codeCursor.string()) else {
            throw JSONShapeError(path: codeCursor.path, problem: "expected a CAMEO root code \"01\" to \"20\"")
        }
        let trigger = try cursor.field("trigger")
        let triggerRange = try range(trigger)
        return Event(
            id: try cursor.field("id").string(),
            code: code,
            actor: try cursor.field("actor").string(),
            target: try cursor.field("target").string(),
            sentence: try cursor.field("sentence").offset(),
            trigger: EventTrigger(text: try trigger.field("text").string(), start: triggerRange.start, end: triggerRange.end),
            text: try cursor.field("text").string(),
            negated: try cursor.optionalField("negated")?.bool() ?? false,
            hypothetical: try cursor.optionalField("hypothetical")?.bool() ?? false,
            actorResolution: try cursor.optionalField("actorResolution")?.enumeration(ActorResolution.self) ?? .subject,
            commitment: try cursor.nullableField("commitment")?.string(),
            date: try calendarDate(cursor)
        )
    }

    private static func amountValue(_ cursor: JSONCursor) throws(JSONShapeError) -> Amount {
        Amount(
            value: try cursor.field("value").double(),
            unit: try cursor.field("unit").string(),
            text: try cursor.optionalField("text")?.string() ?? ""
        )
    }

    private static func corpusEntity(_ cursor: JSONCursor) throws(JSONShapeError) -> CorpusEntity {
        var aliases: [Alias] = []
        for item in try cursor.field("aliases").items() {
            if case .string(let name) = item.value {
                aliases.append(Alias(name: name, rule: .exact))
            } else {
                aliases.append(Alias(name: try item.field("name").string(), rule: try item.field("rule").enumeration(MergeRule.self)))
            }
        }
        return CorpusEntity(
            id: try cursor.field("id").string(),
            name: try cursor.field("name").string(),
            type: try cursor.field("type").enumeration(EntityType.self),
            aliases: aliases,
            documents: try cursor.field("documents").strings(),
            roles: try cursor.optionalField("roles")?.strings() ?? []
        )
    }
}
