/// How the actor of an event was found in the text.
public enum ActorResolution: String, Hashable, Codable, Sendable, CaseIterable {
    /// The grammatical subject of the trigger.
    case subject
    /// The "by" agent of a passive ("was attacked by X").
    case passiveAgent = "passive agent"
    /// A conjunct of a coordinated subject ("France and Germany pledged").
    case coordination
    /// The subject of a verb the trigger is coordinated with or controlled by ("X met Y and
    /// pledged ...", "X agreed to provide", "X urged Y to provide" → Y).
    case sharedSubject = "shared subject"
    /// The noun a relative clause or participle modifies ("X, who urged ...").
    case relativeClause = "relative clause"
    /// The owner or modifier of a noun trigger ("Germany's pledge", "the Turkish attack").
    case nounModifier = "noun modifier"
    /// A third-person pronoun resolved to the nearest compatible named antecedent.
    case pronoun
    /// "I", "we" or "our" inside a quote, resolved to its speaker or the speaker's body.
    case quoteSpeaker = "quote speaker"
    /// "the alliance", "the Ministers": the body the text has named.
    case definiteReference = "definite reference"
    /// "the Secretary", "the French Foreign Minister": the person holding that role.
    case title
    /// A capital or a seat of government standing for its country's government ("Pyongyang
    /// demanded ...", "the White House rejected ...").
    case capital
    /// Another place standing for a government, replaced by the speaker of the sentence.
    case placeSpeaker = "place speaker"
    /// A passive with no "by" agent: the doer of the same act stated just before ("Egyptian
    /// police have arrested ... X was among those arrested").
    case earlierAgent = "earlier agent"
    /// A coercive act in the passive with no agent and no earlier doer: the state where it
    /// happened ("X was arrested in Britain", "detained at a Moscow airport").
    case placeOfAct = "place of act"
    /// A plural noun for states or bodies that the text names by listing its members ("Western
    /// powers including France and Britain urged ..."): each listed member.
    case listedMember = "listed member"
    /// The "from" phrase of a verb of receiving money, aid or arms: the giver ("Ukraine
    /// received military aid from the United States").
    case giver
    /// The other side of an armed contest "with" a party ("Taleban fighters clashed with U.S.
    /// troops", "a battle with Eritrean forces"): a clash or battle is fought by both, so the
    /// party "with" whom it is fought acts on the subject too.
    case otherSide = "other side"
}

/// The word or phrase that states an event, with its offsets (Unicode scalars).
public struct EventTrigger: Hashable, Codable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// An act by a named actor on or for a named target, coded with a CAMEO root
/// (``EventCode``), with the sentence that states it.
///
/// Negated ("did not pledge") and hypothetical ("might consider", "if the talks fail") events
/// are kept for inspection but flagged: they are never drawn as ties nor counted as commitments.
public struct Event: Hashable, Codable, Sendable {
    public var id: String
    public var code: EventCode
    /// Entity id of who acts.
    public var actor: String
    /// Entity id of whom the act is on or for.
    public var target: String
    public var sentence: Int
    public var trigger: EventTrigger
    /// The evidence sentence.
    public var text: String
    public var negated: Bool
    public var hypothetical: Bool
    public var actorResolution: ActorResolution
    /// The id of the commitment this event states, if it is one.
    public var commitment: String?
    /// The date of the document that states the event (``Document/date``), `nil` when undated.
    public var date: CalendarDate?

    public init(
        id: String, code: EventCode, actor: String, target: String, sentence: Int, trigger: EventTrigger, text: String,
        negated: Bool = false, hypothetical: Bool = false, actorResolution: ActorResolution = .subject, commitment: String? = nil,
        date: CalendarDate? = nil
    ) {
        self.id = id
        self.code = code
        self.actor = actor
        self.target = target
        self.sentence = sentence
        self.trigger = trigger
        self.text = text
        self.negated = negated
        self.hypothetical = hypothetical
        self.actorResolution = actorResolution
        self.commitment = commitment
        self.date = date
    }

    public var label: String { code.label }
    public var quad: QuadClass { code.quad }
    /// Asserted: neither negated nor hypothetical. Only asserted events become graph edges.
    public var isAsserted: Bool { !negated && !hypothetical }
}
