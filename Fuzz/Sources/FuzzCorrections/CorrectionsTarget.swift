import Foundation
import FuzzSupport
import NexusCore
import NexusPipeline

/// Fuzz target for the corrections reader (`--corrections FILE`: `merge`, `split`, `retype`,
/// `drop`, `rename`, one command a line, quoted names, `#` comments; see ``Corrections``): the
/// input, decoded as UTF-8, is parsed with ``Corrections/init(parsing:origin:)``.
///
/// Checked on every input, besides "does not crash":
/// - an accepted file gives commands with line numbers that increase and lie inside the text,
///   and no command has an empty argument;
/// - a refusal is a ``CorrectionsError`` whose message names the origin and a line of the text;
/// - line endings do not matter: the text with its CR LF turned into LF gives the same
///   commands on the same lines, or the same refusal (a file saved on Windows reads the same).
@_cdecl("LLVMFuzzerTestOneInput")
public func correctionsTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let lineCount = text.utf8.count(where: { $0 == 0x0A }) + 1
    let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
    if unix != text {
        let a = Result { () throws(CorrectionsError) in try Corrections(parsing: text, origin: "fuzz.txt") }
        let b = Result { () throws(CorrectionsError) in try Corrections(parsing: unix, origin: "fuzz.txt") }
        fuzzCheck(a == b, "CR LF and LF line endings read differently: \(a) and \(b)")
    }
    let corrections: Corrections
    do {
        corrections = try Corrections(parsing: text, origin: "fuzz.txt")
    } catch {
        if case .malformed(let path, let line, _) = error {
            fuzzCheck(path == "fuzz.txt" && (1...lineCount).contains(line), "refusal at line \(line) of \(lineCount), origin \(path)")
        } else {
            fuzzCheck(false, "parsing text refused as \(error)")
        }
        fuzzCheck(error.description.contains("fuzz.txt"), "the message does not name the file: \(error)")
        return 0
    }
    let numbers = corrections.lines.map(\.number)
    fuzzCheck(numbers == numbers.sorted() && Set(numbers).count == numbers.count, "line numbers out of order: \(numbers)")
    fuzzCheck(numbers.allSatisfy { (1...lineCount).contains($0) }, "a line number outside 1...\(lineCount)")
    for line in corrections.lines {
        let arguments: [String]
        switch line.command {
        case .merge(let keep, let join): arguments = [keep, join]
        case .split(let entity, let name), .rename(let entity, let name): arguments = [entity, name]
        case .retype(let entity, _), .drop(let entity): arguments = [entity]
        }
        fuzzCheck(!arguments.contains(where: \.isEmpty), "line \(line.number): a command with an empty argument")
    }
    return 0
}
