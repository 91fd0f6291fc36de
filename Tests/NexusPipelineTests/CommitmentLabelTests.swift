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
