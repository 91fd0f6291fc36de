/// The four quad classes that group the CAMEO root codes, as GDELT defines them
/// (GDELT 1.0 Event Codebook, `QuadClass`): 01–04 verbal cooperation, 05–08 material
/// cooperation, 09–13 verbal conflict, 14–20 material conflict.
public enum QuadClass: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case verbalCooperation = "verbal-cooperation"
    case materialCooperation = "material-cooperation"
    case verbalConflict = "verbal-conflict"
    case materialConflict = "material-conflict"

    /// The quad class of a root code 1...20; nil outside that range.
    public init?(root: Int) {
        switch root {
        case 1...4: self = .verbalCooperation
        case 5...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        case 14...20: self = .materialConflict
        default: return nil
        }
    }

    /// Cooperation (verbal or material) as opposed to conflict.
    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }

    public static func < (lhs: QuadClass, rhs: QuadClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
