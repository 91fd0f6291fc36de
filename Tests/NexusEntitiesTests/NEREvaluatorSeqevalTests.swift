import Foundation
import Testing
@testable import NexusEntities

/// Our evaluator against the Python `seqeval` package (an independent implementation of the
/// conlleval rules) on random IOB sequences; fixture made by Scripts/make-seqeval-fixture.py.
@Suite struct NEREvaluatorSeqevalTests {
    struct Fixture: Decodable {
        struct TypeScores: Decodable { var precision: Double; var recall: Double; var f1: Double; var support: Int }
        struct Case: Decodable {
            var gold: [[String]]
            var predicted: [[String]]
            var precision: Double
            var recall: Double
            var f1: Double
            var types: [String: TypeScores]
        }
        var cases: [Case]
    }

    @Test func matchesSeqeval() throws {
        let url = try #require(Bundle.module.url(forResource: "seqeval-cases", withExtension: "json", subdirectory: "Fixtures"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.cases.count == 6)
        for item in fixture.cases {
            let report = NEREvaluator().evaluate(gold: item.gold, predicted: item.predicted)
            #expect(abs(report.overall.precision - item.precision) < 1e-9)
            #expect(abs(report.overall.recall - item.recall) < 1e-9)
            #expect(abs(report.overall.f1 - item.f1) < 1e-9)
            for (type, scores) in item.types {
                let counts = try #require(report.byType[type])
                #expect(counts.gold == scores.support)
                #expect(abs(counts.precision - scores.precision) < 1e-9)
                #expect(abs(counts.recall - scores.recall) < 1e-9)
                #expect(abs(counts.f1 - scores.f1) < 1e-9)
            }
        }
    }
}
