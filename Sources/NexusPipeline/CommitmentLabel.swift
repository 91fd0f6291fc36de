import Foundation
import NexusCore

/// The short display label of a commitment node: its kind, amount and time.
///
/// `aid: 250,000,000 USD, by March 2030`; `deployment: 2,500`; `meeting, in the fall`;
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

    /// The label of a commitment node in a drawing, saying what is promised to whom and when:
    /// `pledge $250M → Kenya`, `deployment 300 → Mali`, `meeting by 2030-03`, `call on Chile`,
    /// `support → African Union`. `beneficiary` is the display name of the
    /// beneficiary (the one called on, for a call). The time is the normalized one when known,
    /// after the preposition the text used ("by", "in", "before" …).
    public static func node(_ commitment: Commitment, beneficiary: String?) -> String {
        var label = commitment.kind.rawValue
        if let amount = commitment.amount { label += " " + compact(amount) }
        if let beneficiary {
            label += commitment.kind == .call ? " on \(beneficiary)" : " → \(beneficiary)"
        }
        if let time = commitment.time, !time.isEmpty {
            let words = time.split(separator: " ")
            let prepositions: Set<String> = ["by", "in", "on", "before", "after", "until", "from", "within", "at"]
            // A calendar date (2022, 2022-06, 2022-06-30) reads well; a season code ("2021-FA") does not.
            if let normalized = commitment.normalizedTime, !normalized.isEmpty, normalized.allSatisfy({ $0.isNumber || $0 == "-" }) {
                let lead = words.first.map { String($0).lowercased() }.flatMap { prepositions.contains($0) ? $0 : nil }
                label += " " + [lead, normalized].compactMap { $0 }.joined(separator: " ")
            } else {
                label += " " + time
            }
        }
        return label
    }

    /// An amount in few characters: `$250M`, `€1.5bn`, `£20k`, `800` (counts grouped: `2,500`).
    public static func compact(_ amount: Amount) -> String {
        if amount.unit == "count" || amount.unit.isEmpty { return grouped(amount.value) }
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]
        let magnitude = abs(amount.value)
        let (scaled, suffix): (Double, String) = magnitude >= 1e9 ? (amount.value / 1e9, "bn") : magnitude >= 1e6 ? (amount.value / 1e6, "M")
            : magnitude >= 1e4 ? (amount.value / 1e3, "k") : (amount.value, "")
        let rounded = (scaled * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? grouped(rounded) : String(format: "%.1f", rounded)
        if let symbol = symbols[amount.unit] { return symbol + number + suffix }
        return number + suffix + " " + amount.unit
    }

    /// `250000000 USD` → `250,000,000 USD`; `2500 count` → `2,500`; `1.5 EUR` → `1.5 EUR`.
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
