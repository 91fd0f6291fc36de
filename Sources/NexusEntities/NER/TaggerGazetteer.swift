/// A source of gazetteer-membership features for the tagger.
///
/// For a sentence's tokens it returns, per token, zero or more feature strings such as
/// `B-COUNTRY`, `I-COUNTRY`, `DEMONYM` or `ORG`. The strings are opaque to the tagger: they are
/// hashed into features, so a model must be used with the gazetteer it was trained with
/// (the model file records the gazetteer's ``name``).
public protocol TokenGazetteer: Sendable {
    /// Identifies the gazetteer and its version; stored in the model file.
    var name: String { get }
    /// Feature strings for each token (the outer array has `tokens.count` elements).
    func flags(for tokens: [String]) -> [[String]]
}

/// A gazetteer that never fires: for models trained without gazetteer features.
public struct EmptyTokenGazetteer: TokenGazetteer {
    public init() {}
    public var name: String { "none" }
    public func flags(for tokens: [String]) -> [[String]] {
        [[String]](repeating: [], count: tokens.count)
    }
}
