import Foundation
import Testing
@testable import NexusSyntax

/// The model file: failures named precisely, and a write → read round trip that gives back the
/// same model and the same bytes.
@Suite struct SyntaxModelFileTests {
    /// Three hand-annotated sentences: enough to train a model of a few hundred weights.
    static let tinyTreebank = """
        1\tBlinken\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tvisited\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tRome\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_
        4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tItaly\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsent\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tsoldiers\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_
        2\tcoalition\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tmet\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tin\t_\tADP\tIN\t_\t5\tcase\t_\t_
        5\tRome\t_\tPROPN\tNNP\t_\t3\tobl\t_\t_
        6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_


        """

    static func tinyModel(seed: UInt64 = 1) throws -> SyntaxModel {
        let sentences = try CoNLLUDocument(text: tinyTreebank).sentences.map(TreebankSentence.init).filter { $0.count > 0 }
        var trainer = SyntaxTrainer()
        trainer.tagger.epochs = 3
        trainer.tagger.seed = seed
        trainer.parser.epochs = 3
        trainer.parser.seed = seed
        trainer.folds = 2
        return try trainer.train(sentences, dev: sentences)
    }

    @Test func tinyModelRoundTripsAndTrainsReproducibly() throws {
        let model = try Self.tinyModel()
        let data = SyntaxModelFile.data(for: model)
        let decoded = try SyntaxModelFile.decode(data, path: "memory")
        #expect(decoded == model)
        #expect(SyntaxModelFile.data(for: decoded) == data)
        #expect(SyntaxModelFile.data(for: try Self.tinyModel()) == data)
        #expect(decoded.analyze(["Blinken", "visited", "Rome", "."]).heads == model.analyze(["Blinken", "visited", "Rome", "."]).heads)
    }

    @Test func shippedModelRoundTrips() throws {
        let model = try Treebank.model
        let data = SyntaxModelFile.data(for: model)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        let read = try SyntaxModelFile.read(contentsOf: url)
        #expect(read == model)
        #expect(SyntaxModelFile.data(for: read) == data)
    }

    @Test func badFilesAreRefusedWithTheRightFailure() throws {
        let data = SyntaxModelFile.data(for: try Self.tinyModel())
        #expect(throws: SyntaxModelFile.Failure.notAModel(path: "x")) { try SyntaxModelFile.decode(Data("hello".utf8), path: "x") }
        var wrongMagic = data
        wrongMagic[7] = UInt8(ascii: "Q")
        #expect(throws: SyntaxModelFile.Failure.notAModel(path: "x")) { try SyntaxModelFile.decode(wrongMagic, path: "x") }
        for length in [12, data.count / 2, data.count - 1] {
            #expect(throws: SyntaxModelFile.Failure.truncated(path: "x")) { try SyntaxModelFile.decode(data.prefix(length), path: "x") }
        }
        var wrongVersion = data
        wrongVersion[8] = 99
        #expect(throws: SyntaxModelFile.Failure.unsupportedVersion(path: "x", found: 99)) { try SyntaxModelFile.decode(wrongVersion, path: "x") }
        var otherTemplates = data
        otherTemplates[16] &+= 1
        #expect(throws: SyntaxModelFile.Failure.templateVersionMismatch(path: "x")) { try SyntaxModelFile.decode(otherTemplates, path: "x") }
        var noEnd = data
        noEnd[noEnd.count - 1] = UInt8(ascii: "!")
        #expect(throws: SyntaxModelFile.Failure.corrupt(path: "x", reason: "missing end marker")) { try SyntaxModelFile.decode(noEnd, path: "x") }
    }

    /// A version 1 file (before the temperature) reads as the same model without one, which
    /// parses greedily.
    @Test func versionOneFilesReadWithoutATemperature() throws {
        let model = try Self.tinyModel()
        let data = SyntaxModelFile.data(for: model)
        var old = Data(data.prefix(data.count - 8)) + Data("END.".utf8)
        old[8] = 1
        let read = try SyntaxModelFile.decode(old, path: "x")
        #expect(read.parser.temperature == 0)
        #expect(read.parser.weights == model.parser.weights && read.tagger == model.tagger)
        var negative = data
        negative.replaceSubrange((data.count - 8)..<(data.count - 4), with: withUnsafeBytes(of: Float(-1).bitPattern.littleEndian) { Data($0) })
        #expect(throws: SyntaxModelFile.Failure.corrupt(path: "x", reason: "temperature -1.0")) { try SyntaxModelFile.decode(negative, path: "x") }
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            try SyntaxModelFile.read(contentsOf: URL(fileURLWithPath: "/nonexistent/syntax.model"))
        } throws: { error in
            guard case .unreadable(let path, _) = error as? SyntaxModelFile.Failure else { return false }
            return path == "/nonexistent/syntax.model"
        }
    }

    @Test func failuresReadAsOneLineNamingTheFile() {
        let failures: [SyntaxModelFile.Failure] = [
            .unreadable(path: "m", reason: "gone"), .notAModel(path: "m"), .unsupportedVersion(path: "m", found: 9),
            .templateVersionMismatch(path: "m"), .truncated(path: "m"), .corrupt(path: "m", reason: "r"),
        ]
        for failure in failures {
            #expect(failure.description.contains("'m'"))
            #expect(!failure.description.contains("\n"))
        }
    }
}
