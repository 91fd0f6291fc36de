/// Gazetteer membership as feature strings for the NER tagger.
///
/// These two members are exactly the requirements of the tagger's `TokenGazetteer` protocol
/// (`name`, `flags(for:)`), so `extension Gazetteer: TokenGazetteer {}` makes the bundled
/// gazetteers a feature source for training and tagging.
extension Gazetteer {
    /// Identifies the gazetteer data: `nexus-gazetteers-<entries>-<FNV-1a hash of the entries>`,
    /// so a model trained with these features can check it is used with the same lists.
    public var name: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for entry in entries {
            for byte in entry.surface.utf8 + [0x09] + entry.kind.rawValue.utf8 + [0x09] + entry.canonical.utf8 + [0x0A] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return "nexus-gazetteers-\(entries.count)-\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }

    /// Per token, the names of its ``GazetteerFlags`` ("B-COUNTRY", "I-TITLE", "B-DEMONYM", …).
    public func flags(for tokens: [String]) -> [[String]] {
        memberships(tokens: tokens).map(\.names)
    }
}
