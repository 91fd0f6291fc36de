/// The columns of one word line: ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC.
public struct CoNLLUWord: Sendable, Equatable {
    public let id: Int
    public var columns: [String]
    /// HEAD as a number, nil when `_`.
    public var head: Int?

    public var form: String { columns[1] }
    public var upos: String { columns[3] }
    public var xpos: String { columns[4] }
    public var deprel: String { columns[7] }
    /// DEPREL without its subtype (`obl:tmod` → `obl`), as the CoNLL 2018 scorer compares.
    public var universalRelation: Substring { ParserEvaluation.universal(columns[7]) }

    init(id: Int, columns: [String], head: Int?) {
        self.id = id; self.columns = columns; self.head = head
    }

    var line: String { columns.joined(separator: "\t") }

    /// Replaces UPOS, XPOS (when given), HEAD and DEPREL.
    public mutating func set(upos: String, xpos: String?, head: Int, deprel: String) {
        columns[3] = upos
        if let xpos { columns[4] = xpos }
        columns[6] = String(head)
        columns[7] = deprel
        self.head = head
    }
}
