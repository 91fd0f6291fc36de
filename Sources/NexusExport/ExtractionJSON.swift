import Foundation
import NexusCore

/// The JSON contract of `nexus extract --format json`: a ``CorpusExtraction`` written as one
/// pretty-printed object with sorted keys, and read back.
///
/// Layout (fields marked + are additions to the contract shown in README.md, "The extraction JSON contract"):
/// ```
/// { "format": "nexus-extraction"+, "version": 1+,
///   "documents": [ { "id", "path", "encoding"+, "text"+,
///       "sentences"+: [ { "index", "start", "end", "text", "tokens"(full): [ { "text", "start", "end" } ],
///                         "words"(syntax): [ { "text", "start", "end", "token" } ], "tags"(syntax): [UPOS],
///                         "xpos"(syntax): [XPOS], "heads"(syntax): [Int], "deps"(syntax): [relation] } ],
///       "mentions"(full): [ { "text", "type", "sentence", "start", "end", "canonical" } ],
///       "entities": [ { "id", "name", "type", "aliases"+, "roles"+,
///                       "mentions": [ { "text", "sentence", "start", "end", "type"+, "canonical"+ } ] } ],
///       "relations"+: [ { "source", "target", "kind", "label",
///                         "evidence": [ { "document", "sentence", "start", "end", "text" } ] } ],
///       "commitments": [ { "id", "actor", "kind", "text", "sentence", "start"+, "end"+,
///                          "amount": { "value", "unit", "text"+ } | null,
///                          "beneficiary": id | null, "time": string | null, "normalizedTime"+: string | null,
///                          "date"+: "YYYY-MM-DD" | null } ],
///       "events": [ { "id", "code", "label", "quad", "actor", "target", "sentence",
///                     "trigger": { "text", "start", "end" }, "text", "negated", "hypothetical",
///                     "actorResolution", "commitment": id | null, "date"+: "YYYY-MM-DD" | null } ],
///       "date": "YYYY-MM-DD" | null, "dateSource"+: "jsonl-field" | "html-meta" | "json-ld" |
///               "time-element" | "date-line" | "dateline" | null } ],
///   "entities": [ { "id", "name", "type", "aliases": [ { "name", "rule" } ], "documents", "roles"+ } ],
///   "skipped"+: [ { "path", "reason" } ] }
/// ```
///
/// **Offsets** (`start`, `end`) are half-open **Unicode-scalar** offsets into the document's
/// `text`: `text[start:end]` in Python gives the span. `sentence` is the zero-based sentence
/// index. Optional values are written as explicit `null`. Arrays keep the order of the
/// ``CorpusExtraction`` (which the extraction stage sorts by stable ids), so the same corpus
/// gives the same bytes. Numbers use ``ExportNumber/format(_:)``: `250000000`, never `2.5e8`.
///
/// **Dates**: `date` is the document's publication date (``NexusCore/DocumentDate``), `null`
/// when undated, and `dateSource` where it was found. Each commitment and event repeats it as
/// its own `date`; mentions do not, since every mention of a document shares its date.
/// `normalizedTime` is the commitment's time as a TIMEX3 value, relative times anchored on the
/// document date.
///
/// **Syntax** (`syntax: true`, `--with-syntax`): each sentence that was parsed also gets its
/// syntactic words (`token` is the index of the word's token in the sentence) and, one entry
/// per word, the UPOS `tags`, the Penn `xpos` tags, the `heads` (1-based word numbers, 0 for
/// the root, as in CoNLL-U) and the relations `deps`. Without it the output does not change.
public struct ExtractionJSON: Sendable {
    /// How much of each document to write.
    public enum Detail: Sendable, Equatable {
        /// Text, sentences (without tokens), entities, relations and commitments.
        case standard
        /// Also the tokens of each sentence and the document's raw mentions, so that reading
        /// the output back gives exactly the ``CorpusExtraction`` that was written.
        case full
    }

    /// The value of the top-level `format` field.
    public static let formatName = "nexus-extraction"
    /// The value of the top-level `version` field.
    public static let version = 1

    public var detail: Detail
    /// Whether each parsed sentence gets its words, tags, heads and relations.
    public var syntax: Bool

    public init(detail: Detail = .standard, syntax: Bool = false) {
        self.detail = detail
        self.syntax = syntax
    }

    /// The corpus as JSON text (UTF-8, final newline).
    public func string(_ corpus: CorpusExtraction) -> String {
        var text = ""
        write(corpus) { text += $0 }
        return text
    }

    /// The text of ``string(_:)``, passed to `write` a piece at a time (the top of the object,
    /// then one document or one entity at a time), so that the JSON of a large corpus is never
    /// held whole: ``value(_:)`` of it is several times the size of its text.
    public func write(_ corpus: CorpusExtraction, to write: (String) throws -> Void) rethrows {
        try object(corpus).write(to: write)
    }

    /// The top-level object, its documents and entities made one at a time.
    private func object(_ corpus: CorpusExtraction) -> JSONObjectStream {
        JSONObjectStream(members: [
            "format": .value(.string(ExtractionJSON.formatName)),
            "version": .value(.int(ExtractionJSON.version)),
            "documents": .items(count: corpus.documents.count) { document(corpus.documents[$0]) },
            "entities": .items(count: corpus.entities.count) { Self.corpusEntity(corpus.entities[$0]) },
            "skipped": .value(.array(corpus.skipped.map { .object(["path": .string($0.path), "reason": .string($0.reason)]) })),
        ])
    }

    /// The corpus as UTF-8 JSON bytes.
    public func data(_ corpus: CorpusExtraction) -> Data {
        Data(string(corpus).utf8)
    }

    /// The corpus as a ``JSONValue``.
    public func value(_ corpus: CorpusExtraction) -> JSONValue {
        object(corpus).value
    }

    private func document(_ extraction: DocumentExtraction) -> JSONValue {
        let document = extraction.document
        var members: [String: JSONValue] = [
            "id": .string(document.id),
            "path": .string(document.path),
            "encoding": .string(document.encoding),
            "text": .string(document.text),
            "sentences": .array(document.sentences.map(sentence)),
            "entities": .array(extraction.entities.map(Self.entity)),
            "relations": .array(extraction.relations.map(Self.relation)),
            "commitments": .array(extraction.commitments.map(Self.commitment)),
            "events": .array(extraction.events.map(Self.event)),
            "date": .optional(document.date?.iso),
            "dateSource": .optional(document.date?.source.rawValue),
        ]
        if detail == .full {
            members["mentions"] = .array(document.mentions.map(Self.mention))
        }
        return .object(members)
    }

    private func sentence(_ sentence: Sentence) -> JSONValue {
        var members = Self.span(sentence.range)
        members["index"] = .int(sentence.index)
        members["text"] = .string(sentence.text)
        if detail == .full {
            members["tokens"] = .array(sentence.tokens.map { token in
                var tokenMembers = Self.span(token.range)
                tokenMembers["text"] = .string(token.text)
                return .object(tokenMembers)
            })
        }
        if syntax, let parse = sentence.syntax {
            for (key, value) in Self.syntaxMembers(parse) { members[key] = value }
        }
        return .object(members)
    }

    /// A sentence's `words`, `tags`, `xpos`, `heads` (1-based, 0 = root) and `deps`.
    static func syntaxMembers(_ syntax: SentenceSyntax) -> [String: JSONValue] {
        let words = syntax.words
        return [
            "words": .array(words.map { word in
                var members = span(word.range)
                members["text"] = .string(word.text)
                members["token"] = .int(word.token)
                return .object(members)
            }),
            "tags": .array(words.map { .string($0.upos) }),
            "xpos": .array(words.map { .string($0.xpos) }),
            "heads": .array(words.map { .int($0.head.map { $0 + 1 } ?? 0) }),
            "deps": .array(words.map { .string($0.relation) }),
        ]
    }

    static func span(_ range: TextRange) -> [String: JSONValue] {
        ["start": .int(range.start), "end": .int(range.end)]
    }

    static func mention(_ mention: Mention) -> JSONValue {
        var members = span(mention.range)
        members["text"] = .string(mention.text)
        members["type"] = .string(mention.type.rawValue)
        members["sentence"] = .int(mention.sentence)
        members["canonical"] = .optional(mention.canonical)
        return .object(members)
    }

    static func entity(_ entity: Entity) -> JSONValue {
        .object([
            "id": .string(entity.id),
            "name": .string(entity.name),
            "type": .string(entity.type.rawValue),
            "aliases": .array(entity.aliases.map(JSONValue.string)),
            "roles": .array(entity.roles.map(JSONValue.string)),
            "mentions": .array(entity.mentions.map(mention)),
        ])
    }

    static func evidence(_ evidence: Evidence) -> JSONValue {
        var members = span(evidence.range)
        members["document"] = .string(evidence.document)
        members["sentence"] = .int(evidence.sentence)
        members["text"] = .string(evidence.text)
        return .object(members)
    }

    static func relation(_ relation: Relation) -> JSONValue {
        .object([
            "source": .string(relation.source),
            "target": .string(relation.target),
            "kind": .string(relation.kind.rawValue),
            "label": .optional(relation.label),
            "evidence": .array(relation.evidence.map(evidence)),
        ])
    }

    static func commitment(_ commitment: Commitment) -> JSONValue {
        var members = span(commitment.range)
        members["id"] = .string(commitment.id)
        members["actor"] = .string(commitment.actor)
        members["kind"] = .string(commitment.kind.rawValue)
        members["text"] = .string(commitment.text)
        members["sentence"] = .int(commitment.sentence)
        members["amount"] = commitment.amount.map { amount in
            .object(["value": .number(amount.value), "unit": .string(amount.unit), "text": .string(amount.text)])
        } ?? .null
        members["beneficiary"] = .optional(commitment.beneficiary)
        members["time"] = .optional(commitment.time)
        members["normalizedTime"] = .optional(commitment.normalizedTime)
        members["date"] = .optional(commitment.date?.iso)
        return .object(members)
    }

    public static func event(_ event: Event) -> JSONValue {
        .object([
            "id": .string(event.id),
            "code": .string(event.code.description),
            "label": .string(event.label),
            "quad": .string(event.quad.rawValue),
            "actor": .string(event.actor),
            "target": .string(event.target),
            "sentence": .int(event.sentence),
            "trigger": .object(["text": .string(event.trigger.text), "start": .int(event.trigger.start), "end": .int(event.trigger.end)]),
            "text": .string(event.text),
            "negated": .bool(event.negated),
            "hypothetical": .bool(event.hypothetical),
            "actorResolution": .string(event.actorResolution.rawValue),
            "commitment": .optional(event.commitment),
            "date": .optional(event.date?.iso),
        ])
    }

    static func corpusEntity(_ entity: CorpusEntity) -> JSONValue {
        .object([
            "id": .string(entity.id),
            "name": .string(entity.name),
            "type": .string(entity.type.rawValue),
            "aliases": .array(entity.aliases.map { .object(["name": .string($0.name), "rule": .string($0.rule.rawValue)]) }),
            "documents": .array(entity.documents.map(JSONValue.string)),
            "roles": .array(entity.roles.map(JSONValue.string)),
        ])
    }
}
