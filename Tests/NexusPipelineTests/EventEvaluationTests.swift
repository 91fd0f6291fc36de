import Foundation
import NexusCore
import NexusPipeline
import Testing

/// Events scored against hand-annotated news passages from the Groningen Meaning Bank (Voice
/// of America, public domain; the last 20% of its sentences, which no Nexus resource was built
/// from). `gmb-dev.json` to `gmb-dev5.json` are the sets the event coder was tuned on;
/// `gmb-test.json` to `gmb-test4.json` are reported, never tuned on (dev3 and test2 are the
/// even and odd halves of 54 passages annotated in one sitting, dev4 and test3 of 64 passages
/// by two other annotators, dev5 and test4 of 64 more by two more, dev6 and test5 of 64 more by
/// two more). Precision and recall per CAMEO root are printed.
@Suite struct EventEvaluationTests {
    static let fixtures = SeedArticlesTests.root.appendingPathComponent("Tests/NexusPipelineTests/Fixtures/events")

    func evaluate(_ file: String) throws -> (events: [String: EventScorer.Counts], commitments: (found: Int, of: Int)) {
        let gold = try EventScorer.documents(Self.fixtures.appendingPathComponent(file))
        let result = EventScorer.score(gold, try EventScorer.extract(gold))
        print(EventScorer.report(file, result.events))
        print("\(file): commitments with the right actor \(result.commitments.found)/\(result.commitments.of)")
        return result
    }

    /// A set and its floors: event precision and recall, commitments found with the right actor.
    struct Floor: Sendable, CustomStringConvertible {
        var file: String
        var precision: Double
        var recall: Double
        var commitments: Int

        var description: String { file }
    }

    static let floors = [
        Floor(file: "gmb-dev.json", precision: 0.92, recall: 0.74, commitments: 21),
        Floor(file: "gmb-dev2.json", precision: 0.91, recall: 0.68, commitments: 45),
        Floor(file: "gmb-dev3.json", precision: 0.85, recall: 0.75, commitments: 23),
        Floor(file: "gmb-test.json", precision: 0.65, recall: 0.42, commitments: 14),
        Floor(file: "gmb-test2.json", precision: 0.73, recall: 0.45, commitments: 21),
        Floor(file: "gmb-dev4.json", precision: 0.84, recall: 0.29, commitments: 11),
        Floor(file: "gmb-test3.json", precision: 0.80, recall: 0.26, commitments: 7),
        Floor(file: "gmb-dev5.json", precision: 0.80, recall: 0.40, commitments: 12),
        Floor(file: "gmb-test4.json", precision: 0.75, recall: 0.13, commitments: 5),
        Floor(file: "gmb-dev6.json", precision: 0.60, recall: 0.05, commitments: 2),
        Floor(file: "gmb-test5.json", precision: 0.65, recall: 0.10, commitments: 2),
    ]

    @Test(arguments: floors) func eachSetStaysAboveItsFloor(_ floor: Floor) throws {
        let result = try evaluate(floor.file)
        let all = try #require(result.events["all"])
        #expect(all.precision >= floor.precision, "precision \(all.precision)")
        #expect(all.recall >= floor.recall, "recall \(all.recall)")
        #expect(result.commitments.found >= floor.commitments, "commitments \(result.commitments)")
    }
}
