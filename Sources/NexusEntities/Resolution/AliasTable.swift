import Foundation
import NexusCore

/// The curated table of alternative names of well-known entities, used to merge them
/// ("ISIS", "IS", "ISIL", "Islamic State", "Daesh" → one organization).
///
/// Format (UTF-8, tab-separated, one entity per line; `#` starts a comment line):
///
/// ```
/// canonical<TAB>type<TAB>alias|alias|…<TAB>source
/// ISIS	organization	Islamic State|IS|ISIL|Daesh	US State Department FTO list
/// ```
///
/// `type` is one of person, country, organization, location. Names written as acronyms
/// ("IS", "UN") match case-sensitively (see ``NameNormalizer``); other names match after
/// folding case, diacritics, a leading "the" and a possessive. The shipped table is
/// `Resources/aliases/organizations.tsv` (sources in `Resources/aliases/SOURCES.md`); users
/// add files in the same format with ``adding(_:)`` (the CLI's `--aliases FILE`). A later
/// entry wins over an earlier one for the same alias, so user files override the shipped table.
///
/// Coalitions are matched by their pattern as well as by their listed names: "International
/// Alliance to counter ISIL", "Coalition against Daesh" and "anti-Daesh coalition"
/// all name the coalition entry whose own name is a coalition against the same group.
public struct AliasTable: Sendable {
    /// One line of the table.
    public struct Entry: Hashable, Sendable {
        public let canonical: String
        public let type: EntityType
        public let aliases: [String]
        public let source: String

        /// Whether the entry's source is a list of armed groups: the US State Department's list
        /// of Foreign Terrorist Organizations ("FTO list") or the UN Security Council's sanctions
        /// lists of ISIL/al-Qaida (1267) and of the Taliban (1988).
        public var listsArmedGroup: Bool {
            ["FTO list", "UN SC 1267", "UN SC 1988"].contains { source.contains($0) }
        }

        public init(canonical: String, type: EntityType, aliases: [String], source: String) {
            self.canonical = canonical
            self.type = type
            self.aliases = aliases
            self.source = source
        }
    }

    public private(set) var entries: [Entry] = []
    /// "<type>|<key>" → entry index.
    private var index: [String: Int] = [:]
    /// "<type>|coalition|<target canonical key>" → entry index.
    private var coalitions: [String: Int] = [:]

    public init(entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    /// The shipped table (`Resources/aliases/organizations.tsv`).
    public static func shipped() throws -> AliasTable {
        guard let url = Bundle.module.url(forResource: "organizations", withExtension: "tsv", subdirectory: "Resources/aliases") else {
            throw ResolutionError.aliasResourceMissing("Resources/aliases/organizations.tsv")
        }
        return try AliasTable().adding(contentsOf: url)
    }

    /// The shipped table with the entries of `files` added in order (`--aliases`).
    public static func shipped(adding files: [URL]) throws -> AliasTable {
        var table = try shipped()
        for url in files { table = try table.adding(contentsOf: url) }
        return table
    }

    /// This table with the entries of `url` added (they win over existing entries).
    public func adding(contentsOf url: URL) throws -> AliasTable {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ResolutionError.aliasFileUnreadable(url.path, reason: (error as NSError).localizedDescription)
        }
        return adding(try AliasTable.parse(text, origin: url.path))
    }

    /// This table with `entries` added (they win over existing entries).
    public func adding(_ newEntries: [Entry]) -> AliasTable {
        var copy = self
        for entry in newEntries { copy.add(entry) }
        return copy
    }

    /// Parses the table format; `origin` names the file in error messages.
    public static func parse(_ text: String, origin: String) throws -> [Entry] {
        var entries: [Entry] = []
        // "\r\n" is one Character, so it is a line break of its own (a table saved on Windows).
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 3 || columns.count == 4 else {
                throw ResolutionError.aliasLineMalformed(origin, line: offset + 1, problem: "expected 3 or 4 tab-separated columns (canonical, type, aliases, source), found \(columns.count)")
            }
            guard !columns[0].isEmpty else {
                throw ResolutionError.aliasLineMalformed(origin, line: offset + 1, problem: "the canonical name is empty")
            }
            guard let type = EntityType(rawValue: columns[1]) else {
                throw ResolutionError.aliasLineMalformed(origin, line: offset + 1, problem: "unknown type '\(columns[1])'; use person, country, organization or location")
            }
            let aliases = columns[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            entries.append(Entry(canonical: columns[0], type: type, aliases: aliases, source: columns.count == 4 ? columns[3] : ""))
        }
        return entries
    }

    /// The entry that lists `name` (or its coalition pattern, or the name after "ex-": "ex-Labour"
    /// is the Labour Party) for `type`, if any.
    ///
    /// - Complexity: O(length of name).
    public func lookup(_ name: String, type: EntityType) -> Entry? {
        let key = NameNormalizer.key(name)
        if let i = index["\(type.rawValue)|\(key)"] { return entries[i] }
        if key.hasPrefix("A:") && key.count >= 7, let i = index["\(type.rawValue)|\(NameNormalizer.plainKey(name))"] { return entries[i] }
        if let target = AliasTable.coalitionTarget(name), let targetEntry = lookupDirect(target, type: .organization),
           let i = coalitions["\(type.rawValue)|coalition|\(NameNormalizer.key(targetEntry.canonical))"] {
            return entries[i]
        }
        // "ex-Labour", "Ex-Tory": a former member's party is the party.
        if type == .organization, let dash = name.firstIndex(of: "-"), name[..<dash].lowercased() == "ex" {
            return lookupDirect(String(name[name.index(after: dash)...]), type: type)
        }
        return nil
    }

    private func lookupDirect(_ name: String, type: EntityType) -> Entry? {
        let key = NameNormalizer.key(name)
        if let i = index["\(type.rawValue)|\(key)"] { return entries[i] }
        if key.hasPrefix("A:") && key.count >= 7, let i = index["\(type.rawValue)|\(NameNormalizer.plainKey(name))"] { return entries[i] }
        return nil
    }

    private mutating func add(_ entry: Entry) {
        let position = entries.count
        entries.append(entry)
        for name in [entry.canonical] + entry.aliases {
            index["\(entry.type.rawValue)|\(NameNormalizer.key(name))"] = position
        }
        for name in [entry.canonical] + entry.aliases {
            if let target = AliasTable.coalitionTarget(name), let targetEntry = lookupDirect(target, type: .organization) {
                coalitions["\(entry.type.rawValue)|coalition|\(NameNormalizer.key(targetEntry.canonical))"] = position
            }
        }
    }

    /// The group a coalition is named against, when `name` has the shape of a coalition name:
    /// "(Global|International) (Coalition|Alliance) (to defeat|against|to confront|to counter|
    /// to fight|to combat) X", or "anti-X coalition". Returns X as written.
    static func coalitionTarget(_ name: String) -> String? {
        var words = NameNormalizer.stripPossessive(name).split(separator: " ").map(String.init)
        while let first = words.first, ["the", "a", "global", "international", "multinational", "us-led", "u.s.-led"].contains(first.lowercased()) {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        let heads: Set<String> = ["coalition", "alliance"]
        if words.count == 2, heads.contains(words[1].lowercased()) {
            let modifier = words[0]
            for prefix in ["anti-", "counter-"] where modifier.lowercased().hasPrefix(prefix) {
                let target = String(modifier.dropFirst(prefix.count))
                return target.isEmpty ? nil : target
            }
            return nil
        }
        guard heads.contains(words[0].lowercased()), words.count >= 3 else { return nil }
        let rest = Array(words.dropFirst())
        let connectors: [[String]] = [["to", "defeat"], ["against"], ["to", "confront"], ["to", "counter"], ["to", "fight"], ["to", "combat"], ["countering"], ["fighting"]]
        for connector in connectors where rest.count > connector.count {
            if zip(rest, connector).allSatisfy({ $0.0.lowercased() == $0.1 }) {
                var target = Array(rest.dropFirst(connector.count))
                if target.first?.lowercased() == "the" { target.removeFirst() }
                return target.isEmpty ? nil : target.joined(separator: " ")
            }
        }
        return nil
    }
}
