import NexusCore

/// An event with the document it was found in and the names of its actor and target.
public struct ListedEvent: Hashable, Sendable {
    public var document: String
    public var event: Event
    /// The actor's canonical name (its id when the corpus has no such entity).
    public var actorName: String
    public var targetName: String
}

/// Which events `nexus events` lists: by code, quad class, actor, target and modality.
public struct EventSelection: Sendable, Equatable {
    /// Codes to keep; nil keeps all.
    public var codes: Set<EventCode>?
    /// Quad classes to keep; nil keeps all.
    public var quads: Set<QuadClass>?
    /// Entity id of the actor to keep; nil keeps all.
    public var actor: String?
    /// Entity id of the target to keep; nil keeps all.
    public var target: String?
    /// Whether negated and hypothetical events are listed too.
    public var includesUnasserted: Bool

    public init(codes: Set<EventCode>? = nil, quads: Set<QuadClass>? = nil, actor: String? = nil, target: String? = nil, includesUnasserted: Bool = true) {
        self.codes = codes
        self.quads = quads
        self.actor = actor
        self.target = target
        self.includesUnasserted = includesUnasserted
    }

    public func accepts(_ event: Event) -> Bool {
        (codes?.contains(event.code) ?? true) && (quads?.contains(event.quad) ?? true)
            && (actor.map { $0 == event.actor } ?? true) && (target.map { $0 == event.target } ?? true)
            && (includesUnasserted || event.isAsserted)
    }
}

extension CorpusExtraction {
    /// The events of the corpus that `selection` accepts, in reading order — by document id,
    /// sentence, trigger offset, then event id — with entity ids turned into names.
    ///
    /// - Complexity: O(V log V + E) for V events and E entities.
    public func listedEvents(_ selection: EventSelection = EventSelection()) -> [ListedEvent] {
        let names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var listed: [ListedEvent] = []
        for extraction in documents {
            for event in extraction.events where selection.accepts(event) {
                listed.append(ListedEvent(document: extraction.document.id, event: event,
                                          actorName: names[event.actor] ?? event.actor, targetName: names[event.target] ?? event.target))
            }
        }
        return listed.sorted {
            ($0.document, $0.event.sentence, $0.event.trigger.start, $0.event.id) < ($1.document, $1.event.sentence, $1.event.trigger.start, $1.event.id)
        }
    }
}
