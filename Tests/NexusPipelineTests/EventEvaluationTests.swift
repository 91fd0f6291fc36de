import Foundation
import NexusCore
import NexusPipeline
import Testing

/// Events scored against hand-annotated news passages from the Groningen Meaning Bank (Voice
/// of America, public domain; the last 20% of its sentences, which no Nexus resource was built
/// from). `gmb-dev.json` and `gmb-dev2.json` are the sets the event coder was tuned on;
/// `gmb-test.json` is reported, never tuned on. Precision and recall per CAMEO root are printed.
@Suite struct EventEvaluationTests {
    static let fixtures = SeedArticlesTests.root.appendingPathComponent("Tests/NexusPipelineTests/Fixtures/events")

    func evaluate(_ file: String) throws -> (events: [String: EventScorer.Counts], commitments: (found: Int, of: Int)) {
        let gold = try EventScorer.documents(Self.fixtures.appendingPathComponent(file))
        let result = EventScorer.score(gold, try EventScorer.extract(gold))
        print(EventScorer.report(file, result.events))
        print("\(file): commitments with the right actor \(result.commitments.found)/\(result.commitments.of)")
        return result
    }

    @Test func developmentSetStaysAboveItsFloor() throws {
        let result = try evaluate("gmb-dev.json")
        let all = try #require(result.events["all"])
        #expect(all.precision >= 0.70, "precision \(all.precision)")
        #expect(all.recall >= 0.48, "recall \(all.recall)")
        #expect(result.commitments.found >= 21, "commitments \(result.commitments)")
    }

    @Test func secondDevelopmentSetStaysAboveItsFloor() throws {
        let result = try evaluate("gmb-dev2.json")
        let all = try #require(result.events["all"])
        #expect(all.precision >= 0.80, "precision \(all.precision)")
        #expect(all.recall >= 0.29, "recall \(all.recall)")
        #expect(result.commitments.found >= 32, "commitments \(result.commitments)")
    }

    @Test func testSetStaysAboveItsFloor() throws {
        let result = try evaluate("gmb-test.json")
        let all = try #require(result.events["all"])
        #expect(all.precision >= 0.58, "precision \(all.precision)")
        #expect(all.recall >= 0.28, "recall \(all.recall)")
        #expect(result.commitments.found >= 11, "commitments \(result.commitments)")
    }
}
