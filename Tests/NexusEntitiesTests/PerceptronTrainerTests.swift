import Foundation
import Testing
@testable import NexusLearning
@testable import NexusEntities

@Suite struct PerceptronTrainerTests {
    /// A tiny synthetic language: capitalised words after "mr" are people, words after "in" are places.
    static func synthetic(_ count: Int, seed: UInt64) -> [PerceptronTrainer.Document] {
        var random = PerceptronRandom(seed: seed)
        let names = ["Abel", "Bora", "Cato", "Dina", "Eris", "Faro", "Gale", "Hugo"]
        let places = ["Zarn", "Yola", "Xent", "Wist", "Vora", "Umbo"]
        var documents: [PerceptronTrainer.Document] = []
        for _ in 0..<count {
            let name = names[Int(random.next() % UInt64(names.count))]
            let place = places[Int(random.next() % UInt64(places.count))]
            documents.append([(["mr", name, "lives", "in", place, "."], ["O", "B-PER", "O", "O", "B-LOC", "O"])])
        }
        return documents
    }

    @Test func learnsASyntheticTask() throws {
        let trainer = PerceptronTrainer(configuration: .init(epochs: 5, seed: 7, pruneBelow: 0), gazetteer: EmptyTokenGazetteer())
        let model = try trainer.train(training: Self.synthetic(60, seed: 1), dev: [])
        let tagger = NERTagger(model: model, gazetteer: EmptyTokenGazetteer())
        // Unseen combination, held-out name spelling pattern.
        #expect(tagger.tag(["mr", "Hugo", "lives", "in", "Zarn", "."]) == ["O", "B-PER", "O", "O", "B-LOC", "O"])
        #expect(tagger.spans(["mr", "Dina", "lives", "in", "Umbo", "."]) ==
                [NERSpan(range: 1..<2, label: "PER"), NERSpan(range: 4..<5, label: "LOC")])
    }

    @Test func trainingIsDeterministicForASeed() throws {
        let trainer = PerceptronTrainer(configuration: .init(epochs: 3, seed: 3), gazetteer: EmptyTokenGazetteer())
        let a = try trainer.train(training: Self.synthetic(40, seed: 2), dev: [])
        let b = try trainer.train(training: Self.synthetic(40, seed: 2), dev: [])
        #expect(ModelFile.data(for: a) == ModelFile.data(for: b))
    }

    @Test func runsAreTheMeanOfTheirSeedsRuns() throws {
        // Runs with seeds 3 and 4, averaged: the transition weights (kept unquantized) are the
        // mean of those of the two single runs, which differ (other document orders).
        // One document in three has its two names' types swapped, so the runs disagree.
        let training = Self.synthetic(60, seed: 2).enumerated().map { k, document in
            k % 3 == 0 ? document.map { ($0.tokens, $0.tags.map { $0 == "B-PER" ? "B-LOC" : $0 == "B-LOC" ? "B-PER" : $0 }) } : document
        }
        func model(seed: UInt64, runs: Int) throws -> TaggerModel {
            try PerceptronTrainer(configuration: .init(epochs: 3, seed: seed, pruneBelow: 0, runs: runs),
                                  gazetteer: EmptyTokenGazetteer()).train(training: training, dev: [])
        }
        let first = try model(seed: 3, runs: 1), second = try model(seed: 4, runs: 1)
        let mixture = try model(seed: 3, runs: 2)
        #expect(first.transitions != second.transitions)
        for (k, weight) in mixture.transitions.enumerated() {
            #expect(abs(weight - (first.transitions[k] + second.transitions[k]) / 2) < 1e-5)
        }
    }

    @Test func tagSetTransitions() {
        let tags = PerceptronTagSet(types: ["LOC", "PER"])
        #expect(tags.tags == ["O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-PER", "I-PER", "L-PER", "U-PER"])
        let start = tags.count
        #expect(tags.allows(start, tags.index(of: "B-PER")!))
        #expect(!tags.allows(start, tags.index(of: "I-PER")!))
        #expect(tags.allows(tags.index(of: "B-PER")!, tags.index(of: "L-PER")!))
        #expect(!tags.allows(tags.index(of: "B-PER")!, tags.index(of: "L-LOC")!))
        #expect(!tags.allows(tags.index(of: "B-PER")!, 0))
        #expect(!tags.allowsEnd(tags.index(of: "I-LOC")!))
    }

    @Test func viterbiNeverOutputsForbiddenPaths() {
        let tags = PerceptronTagSet(types: ["PER"])
        // Emissions strongly prefer I-PER everywhere, which is never allowed after the start or O.
        let viterbi = PerceptronViterbi(tagSet: tags, weights: [Float](repeating: 0, count: (tags.count + 1) * tags.count))
        var emissions = [Float](repeating: 0, count: 3 * tags.count)
        for i in 0..<3 { emissions[i * tags.count + tags.index(of: "I-PER")!] = 10 }
        let path = emissions.withUnsafeBufferPointer { viterbi.decode($0, count: 3) }
        // Best legal path: B-PER I-PER L-PER (score 10) beats all-O (0).
        #expect(tags.decode(path) == ["B-PER", "I-PER", "L-PER"])
    }

    @Test func averagingIsTheMeanOverSteps() {
        // One type X (tags O B I L U), one feature per token, a one-token sentence whose gold is U-X.
        // Step 1: all scores 0, Viterbi takes O (lowest index): wrong, so w[U] = +1, w[O] = −1.
        // Step 2: U scores 2 (feature 1 + start transition 1): right, no change.
        // Weights after each step: w[U] = 1, 1 → mean 1; w[O] = −1, −1 → mean −1.
        let tags = PerceptronTagSet(types: ["X"])
        var weights = PerceptronWeights(rows: 1, tagCount: tags.count)
        let gold = [tags.index(of: "U-X")!]
        #expect(weights.learn(rows: [0], gold: gold, tagSet: tags).wrong == true)
        #expect(weights.learn(rows: [0], gold: gold, tagSet: tags).wrong == false)
        let averaged = weights.averaged()
        #expect(averaged.features[gold[0]] == 1)
        #expect(averaged.features[0] == -1)
        // A third, correct step leaves the mean unchanged; an update at step 3 would count 1/3.
        #expect(weights.learn(rows: [0], gold: gold, tagSet: tags).wrong == false)
        #expect(weights.averaged().features[gold[0]] == 1)
    }
}
