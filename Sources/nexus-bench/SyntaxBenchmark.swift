import Foundation
import NexusCore
import NexusPipeline
import NexusSyntax

/// `nexus-bench syntax`: the part-of-speech tagger and parser alone, on one thread.
///
/// Reads a CoNLL-U file (default: UD English-EWT test), times loading the shipped model, then
/// tags and parses the words of every sentence `--repeat` times (gold words, as `nexus parse
/// --conllu` reads them) and prints words per second.
///
/// `nexus-bench pipeline`: the main job's extraction on a JSON Lines corpus with the parser
/// switched off and on (`--input`, e.g. the GMB corpus of `Scripts/make-gmb-corpus.py`),
/// printing documents per second and the ratio.
enum SyntaxBenchmark {
    static let benchmark = Benchmark(
        name: "syntax",
        summary: "tagging + parsing words/s on one thread, model load time (--conllu FILE --repeat N --model FILE --beam WIDTH)",
        run: run)

    static let pipelineBenchmark = Benchmark(
        name: "pipeline",
        summary: "main job documents/s with the parser off and on (--input FILE.jsonl)",
        run: runPipeline)

    static func run(_ options: BenchOptions) throws {
        let path = options.string("conllu") ?? "../shared/data/ud/english-ewt/en_ewt-ud-test.conllu"
        let repeats = try options.int("repeat", default: 5)
        let beam = ParserBeam(width: try options.int("beam", default: 1))
        let document = try CoNLLUDocument(text: String(contentsOfFile: path, encoding: .utf8), path: path)
        let sentences = document.sentences.map { $0.words.map { ParserWords.normalized($0.form) } }.filter { !$0.isEmpty }
        let (model, loadSeconds) = try measure {
            try options.string("model").map { try SyntaxModelFile.read(contentsOf: URL(fileURLWithPath: $0)) } ?? SyntaxModel.bundled.get()
        }
        let words = sentences.reduce(0) { $0 + $1.count }
        var checksum = 0
        let (_, seconds) = measure {
            for _ in 0..<repeats {
                for sentence in sentences { checksum &+= model.analyze(sentence, beam: beam).heads.reduce(0, &+) }
            }
        }
        print(String(format: "model: load %.0f ms, %d tagger and %d parser feature rows", loadSeconds * 1000, model.tagger.weights.count, model.parser.weights.count))
        print(String(format: "%d words × %d in %.2f s: %.0f words/s (one thread, beam %d), checksum %d", words, repeats, seconds, Double(words * repeats) / seconds, beam.width, checksum))
        report("syntax_words_per_second", String(format: "%.0f", Double(words * repeats) / seconds))
        report("syntax_model_load_ms", String(format: "%.0f", loadSeconds * 1000))
    }

    static func runPipeline(_ options: BenchOptions) throws {
        guard let input = options.string("input") else { throw BenchOptions.Failure(description: "--input FILE.jsonl is required") }
        var rates: [Double] = []
        guard let scope = SyntaxScope(rawValue: options.string("scope") ?? "events"), scope != .none else {
            throw BenchOptions.Failure(description: "--scope is events or all")
        }
        for syntax in [false, true] {
            let pipeline = try Pipeline.standard(options: Pipeline.Options(syntax: syntax ? scope : .none))
            let cpuBefore = processCPUSeconds()
            let (corpus, seconds) = measure { pipeline.extract([input]) }
            let cpu = processCPUSeconds() - cpuBefore
            let documents = corpus.documents.count
            rates.append(Double(documents) / seconds)
            let sentences = corpus.documents.map(\.document.sentences.count).reduce(0, +)
            let parsed = corpus.documents.map { $0.document.sentences.filter { $0.syntax != nil }.count }.reduce(0, +)
            print("sentences parsed: \(parsed) of \(sentences)")
            print(String(format: "parser %@: %d documents in %.1f s wall, %.1f s CPU: %.0f documents/s, peak %.0f MiB",
                         syntax ? "on " : "off", documents, seconds, cpu, Double(documents) / seconds, peakResidentMiB()))
        }
        print(String(format: "with the parser: %.0f%% of the throughput without it", 100 * rates[1] / rates[0]))
        report("pipeline_parser_ratio", String(format: "%.3f", rates[1] / rates[0]))
    }
}
