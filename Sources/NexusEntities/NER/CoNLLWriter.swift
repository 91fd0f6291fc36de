import Foundation

/// Writes CoNLL column files.
///
/// Tagged output (`nexus tag`) repeats every input line and appends the predicted tag as a
/// new last column, separated by one space. `-DOCSTART-` lines get an `O` column too, so
/// every non-blank line has the same number of columns (as `conlleval` requires). Blank lines
/// and comments are kept.
public struct CoNLLWriter: Sendable {
    public init() {}

    /// The corpus with one predicted tag per token appended to each line.
    /// - Parameter predictions: one tag sequence per sentence, in ``CoNLLCorpus/sentences`` order.
    public func text(_ corpus: CoNLLCorpus, appending predictions: [[String]]) -> String {
        String(decoding: data(corpus, appending: predictions), as: UTF8.self)
    }

    /// ``text(_:appending:)`` as UTF-8 bytes, built without intermediate strings.
    /// - Complexity: O(output bytes).
    public func data(_ corpus: CoNLLCorpus, appending predictions: [[String]]) -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(corpus.items.count * 64)
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var sentenceIndex = 0
        for item in corpus.items {
            switch item {
            case .documentStart(let line):
                output.append(contentsOf: line.utf8)
                output.append(contentsOf: [space, UInt8(ascii: "O"), newline])
            case .comment(let line):
                output.append(contentsOf: line.utf8)
                output.append(newline)
            case .blank:
                output.append(newline)
            case .sentence(let sentence):
                let predicted = predictions[sentenceIndex]
                sentenceIndex += 1
                for (line, tag) in zip(sentence.lines, predicted) {
                    output.append(contentsOf: line.utf8)
                    output.append(space)
                    output.append(contentsOf: tag.utf8)
                    output.append(newline)
                }
            }
        }
        return Data(output)
    }

    /// The corpus as it was read (lines, blanks, document starts, comments).
    public func text(_ corpus: CoNLLCorpus) -> String {
        var output = ""
        for item in corpus.items {
            switch item {
            case .documentStart(let line), .comment(let line): output += line + "\n"
            case .blank: output += "\n"
            case .sentence(let sentence): for line in sentence.lines { output += line + "\n" }
            }
        }
        return output
    }
}
