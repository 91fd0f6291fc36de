/// Which sentences the pipeline tags and parses.
public enum SyntaxScope: String, Sendable, Equatable, CaseIterable {
    /// None (`--no-syntax`): no events, commitments read from word order alone.
    case none
    /// The sentences the event and commitment passes read: those that name at least one
    /// entity and hold a word of the event or commitment lexicons. The default.
    case events
    /// Every sentence (`--with-syntax`, `nexus parse`).
    case all
}
