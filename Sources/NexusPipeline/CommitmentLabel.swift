import NexusCore

/// The short display label of a commitment node: its kind, amount and time.
///
/// `aid: 436,000,000 USD, by June 2022`; `deployment: 2,500`; `meeting, in the fall`;
/// `support`. Amounts print with thousands separators; a `count` unit is left implicit.
public enum CommitmentLabel {
    public static func make(_ commitment: Commitment) -> String {
        var label = commitment.kind.rawValue
        if let amount = commitment.amount {
            label += ": " + format(amount)
        }
        if let time = commitment.time, !time.isEmpty {
            label += ", " + time
        }
        return label
    }

    /// `436000000 USD` → `436,000,000 USD`; `2500 count` → `2,500`; `1.5 EUR` → `1.5 EUR`.
    public static func format(_ amount: Amount) -> String {
        let number = grouped(amount.value)
        return amount.unit == "count" || amount.unit.isEmpty ? number : "\(number) \(amount.unit)"
    }

    /// The value with a comma every three integer digits; fractional digits as the shortest
    /// round-trip text. Non-finite values print as `?`.
    static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let magnitude = abs(value)
        let whole = magnitude.rounded(.down)
        guard whole < 9_007_199_254_740_992 else { return value.description }
        let digits = Array(String(Int64(whole)))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        let fraction = magnitude - whole
        if fraction > 0 {
            let text = magnitude.description
            if let dot = text.firstIndex(of: "."), !text.contains("e") { out += text[dot...] }
        }
        return value < 0 ? "-" + out : out
    }
}
