import Foundation
import FuzzSupport
import NexusCore
import NexusEntities

/// Fuzz target for the alias table reader (`--aliases FILE`, the `canonical<TAB>type<TAB>
/// alias|alias<TAB>source` format of ``AliasTable``): the input, decoded as UTF-8, is parsed
/// with ``AliasTable/parse(_:origin:)`` and, when accepted, loaded into a table.
///
/// Checked on every input, besides "does not crash": line endings do not matter (the text
/// with CR LF turned into LF gives the same entries or the same refusal). On accepted input:
/// - every entry has a non-empty canonical name, and no field holds a tab or a line feed;
///   no alias is empty or holds the `|` that separates them, or spaces at its ends;
/// - every name an entry lists (canonical or alias) is found again by
///   ``AliasTable/lookup(_:type:)`` with its type, and the entry found lists a name with the
///   same ``NameNormalizer/key(_:)`` (a later entry may win, but never an unrelated one).
@_cdecl("LLVMFuzzerTestOneInput")
public func aliasesTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
    if unix != text {
        let a = outcome(text), b = outcome(unix)
        fuzzCheck(a == b, "CR LF and LF line endings read differently: \(a) and \(b)")
    }
    let entries: [AliasTable.Entry]
    do {
        entries = try AliasTable.parse(text, origin: "fuzz.tsv")
    } catch {
        fuzzCheck(!"\(error)".isEmpty, "a refusal without a message")
        return 0
    }
    // The separators of the format; other line-breaking characters (form feed, U+2028) may sit in a name.
    let breaks: (Character) -> Bool = { $0 == "\t" || $0 == "\n" || $0 == "\r\n" }
    for entry in entries {
        fuzzCheck(!entry.canonical.isEmpty, "an entry with an empty canonical name")
        fuzzCheck(!([entry.canonical, entry.source] + entry.aliases).contains { $0.contains(where: breaks) }, "a field of '\(entry.canonical)' holds a tab or a line feed")
        for alias in entry.aliases {
            fuzzCheck(!alias.isEmpty && !alias.contains("|"), "alias '\(alias)' of '\(entry.canonical)' is empty or holds '|'")
            fuzzCheck(alias.trimmingCharacters(in: .whitespaces) == alias, "alias '\(alias)' keeps spaces at its ends")
        }
    }
    let table = AliasTable(entries: entries)
    for entry in entries {
        for name in [entry.canonical] + entry.aliases {
            guard let found = table.lookup(name, type: entry.type) else {
                fuzzCheck(false, "'\(name)' (\(entry.type.rawValue)) is listed but not found")
                continue
            }
            let key = NameNormalizer.key(name)
            fuzzCheck(found.type == entry.type, "'\(name)' found as a \(found.type.rawValue)")
            fuzzCheck(([found.canonical] + found.aliases).contains { NameNormalizer.key($0) == key }, "'\(name)' found as '\(found.canonical)', which does not list it")
        }
    }
    return 0
}

/// The entries read from `text`, or the refusal's message.
func outcome(_ text: String) -> Result<[AliasTable.Entry], Refusal> {
    Result { try AliasTable.parse(text, origin: "fuzz.tsv") }.mapError { Refusal(message: "\($0)") }
}

/// A refusal, compared by its message.
struct Refusal: Error, Equatable {
    let message: String
}
