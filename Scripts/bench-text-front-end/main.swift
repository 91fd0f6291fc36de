// Throughput of the text front end (tokenizer + sentence splitter, gazetteer memberships) and
// gazetteer load time, in a release build. Run through Scripts/bench-text-front-end.sh.
import Foundation

@main
struct BenchTextFrontEnd {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            print("usage: bench-text-front-end GAZETTEER_FOLDER TEXT_FILE")
            return
        }
        let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
        let splitter = SentenceSplitter()
        var best = Double.infinity
        var sentences: [Sentence] = []
        for _ in 0..<5 {
            let start = Date()
            sentences = splitter.sentences(in: text)
            best = min(best, Date().timeIntervalSince(start))
        }
        let tokens = sentences.reduce(0) { $0 + $1.tokens.count }
        print("tokenizer+splitter: \(tokens) tokens, \(sentences.count) sentences, best of 5 \(String(format: "%.3f", best)) s, \(Int(Double(tokens) / best)) tokens/s")

        let loadStart = Date()
        var entries: [GazetteerEntry] = []
        for name in Gazetteer.bundledFiles {
            entries += try Gazetteer.load(contentsOf: URL(fileURLWithPath: arguments[1] + "/" + name + ".tsv"))
        }
        let gazetteer = Gazetteer(entries: entries)
        print("gazetteer load: \(entries.count) entries in \(String(format: "%.1f", Date().timeIntervalSince(loadStart) * 1000)) ms")

        let lists = sentences.map { $0.tokens.map(\.text) }
        let matchStart = Date()
        var flagged = 0
        for list in lists { flagged += gazetteer.memberships(tokens: list).filter { !$0.isEmpty }.count }
        let matchTime = Date().timeIntervalSince(matchStart)
        print("gazetteer memberships: \(tokens) tokens (\(flagged) flagged) in \(String(format: "%.3f", matchTime)) s, \(Int(Double(tokens) / matchTime)) tokens/s")
    }
}
