/// The families of commitment Nexus records, after the CAMEO and PLOVER event families
/// (CAMEO 03 "express intent to cooperate", 07 "provide aid", PLOVER AID, MOVE, CONSULT, DEMAND).
public enum CommitmentKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// A pledge of money or resources.
    case pledge
    /// Humanitarian, economic or military aid.
    case aid
    /// Troops, personnel or units sent or kept somewhere.
    case deployment
    /// A meeting to be held.
    case meeting
    /// Stated support or intention ("committed to", "reaffirm", "will").
    case support
    /// A call to action addressed to others ("urge", "call for").
    case call
}

/// A quantity attached to a commitment: money or a count.
public struct Amount: Hashable, Codable, Sendable {
    /// The normalized value: "12 million dollars" → 12000000.
    public var value: Double
    /// ISO 4217 currency code ("USD", "EUR") or "count" for units, troops, people.
    public var unit: String
    /// The amount as written.
    public var text: String

    public init(value: Double, unit: String, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }
}

/// A pledge, promise, announcement or call made by an actor, with the sentence that states it.
public struct Commitment: Hashable, Codable, Sendable {
    public var id: String
    /// Entity id of who commits.
    public var actor: String
    public var kind: CommitmentKind
    /// The evidence sentence.
    public var text: String
    public var sentence: Int
    public var range: TextRange
    public var amount: Amount?
    /// Entity id of the beneficiary or target, if the sentence names one.
    public var beneficiary: String?
    /// The time expression as written ("by June 2022").
    public var time: String?
    /// The time as a TimeML TIMEX3 value where possible ("2022-06", "2021-FA" for fall,
    /// "2021-W27" for "next week" in a document dated 2021-06-29): relative times are anchored
    /// on the document date, and stay `nil` in an undated document.
    public var normalizedTime: String?
    /// The date of the document that states the commitment (``Document/date``), `nil` when undated.
    public var date: CalendarDate?

    public init(
        id: String, actor: String, kind: CommitmentKind, text: String, sentence: Int, range: TextRange,
        amount: Amount? = nil, beneficiary: String? = nil, time: String? = nil, normalizedTime: String? = nil,
        date: CalendarDate? = nil
    ) {
        self.id = id
        self.actor = actor
        self.kind = kind
        self.text = text
        self.sentence = sentence
        self.range = range
        self.amount = amount
        self.beneficiary = beneficiary
        self.time = time
        self.normalizedTime = normalizedTime
        self.date = date
    }
}
