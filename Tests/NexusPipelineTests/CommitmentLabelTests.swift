import NexusCore
import Testing
@testable import NexusPipeline

@Suite struct CommitmentLabelTests {
    @Test(arguments: [
        (436_000_000.0, "436,000,000"),
        (1_000.0, "1,000"),
        (999.0, "999"),
        (0.0, "0"),
        (-2_500.0, "-2,500"),
        (1_234.5, "1,234.5"),
        (12_345_678.25, "12,345,678.25"),
    ])
    func groupsThousands(value: Double, expected: String) {
        #expect(CommitmentLabel.grouped(value) == expected)
    }

    @Test func labelsKindAmountAndTime() {
        let range = TextRange(start: 0, end: 1)
        let troops = Commitment(id: "x", actor: "country:x", kind: .deployment, text: "t", sentence: 0, range: range,
                                amount: Amount(value: 2_500, unit: "count", text: "2,500 troops"))
        #expect(CommitmentLabel.make(troops) == "deployment: 2,500")
        let euros = Commitment(id: "x", actor: "country:x", kind: .pledge, text: "t", sentence: 0, range: range,
                               amount: Amount(value: 1.5e9, unit: "EUR", text: "€1.5bn"), time: "next year")
        #expect(CommitmentLabel.make(euros) == "pledge: 1,500,000,000 EUR, next year")
        #expect(CommitmentLabel.make(Commitment(id: "x", actor: "a", kind: .call, text: "t", sentence: 0, range: range)) == "call")
    }
}

/// Node labels of commitments in drawings (hand-written expectations).
@Suite struct CommitmentNodeLabelTests {
    let range = TextRange(start: 0, end: 1)

    @Test func labelsSayWhatIsPromisedToWhomAndWhen() {
        let aid = Commitment(id: "c1", actor: "country:united-states", kind: .pledge, text: "t", sentence: 0, range: range,
                             amount: Amount(value: 436_000_000, unit: "USD", text: "$436 million"), beneficiary: "country:syria")
        #expect(CommitmentLabel.node(aid, beneficiary: "Syria") == "pledge $436M → Syria")
        let meeting = Commitment(id: "c2", actor: "a", kind: .meeting, text: "t", sentence: 0, range: range,
                                 time: "by June 2022", normalizedTime: "2022-06")
        #expect(CommitmentLabel.node(meeting, beneficiary: nil) == "meeting by 2022-06")
        let autumn = Commitment(id: "c5", actor: "a", kind: .meeting, text: "t", sentence: 0, range: range,
                                time: "in the fall of 2021", normalizedTime: "2021-FA")
        #expect(CommitmentLabel.node(autumn, beneficiary: nil) == "meeting in the fall of 2021")
        let call = Commitment(id: "c3", actor: "a", kind: .call, text: "t", sentence: 0, range: range, beneficiary: "country:turkiye")
        #expect(CommitmentLabel.node(call, beneficiary: "Turkey") == "call on Turkey")
        let troops = Commitment(id: "c4", actor: "a", kind: .deployment, text: "t", sentence: 0, range: range,
                                amount: Amount(value: 2500, unit: "count", text: "2,500"), beneficiary: "country:iraq", time: "next year")
        #expect(CommitmentLabel.node(troops, beneficiary: "Iraq") == "deployment 2,500 → Iraq next year")
    }

    @Test func amountsAreCompact() {
        #expect(CommitmentLabel.compact(Amount(value: 1_500_000_000, unit: "EUR", text: "")) == "€1.5bn")
        #expect(CommitmentLabel.compact(Amount(value: 20_000, unit: "GBP", text: "")) == "£20k")
        #expect(CommitmentLabel.compact(Amount(value: 750, unit: "USD", text: "")) == "$750")
        #expect(CommitmentLabel.compact(Amount(value: 3_000_000, unit: "CHF", text: "")) == "3M CHF")
    }
}
