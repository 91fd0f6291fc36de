/// String similarity for names.
///
/// The resolver uses it only under the guards of ``CorpusResolver``: same type, identical
/// surname, and compatible roles or affiliations; similarity alone never merges two entities.
/// The CLI uses it to suggest the nearest entities for an unknown name.
public enum NameSimilarity {
    /// Levenshtein edit distance (insertions, deletions, substitutions), on Unicode scalars.
    ///
    /// - Complexity: O(|a|·|b|) time, O(|b|) memory. (Levenshtein 1966.)
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Jaro-Winkler similarity in [0, 1] with prefix scale 0.1 and a prefix of at most 4.
    ///
    /// - Complexity: O(|a|·|b|). (Jaro 1989; Winkler 1990.)
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        let window = max(0, max(x.count, y.count) / 2 - 1)
        var matchedX = [Bool](repeating: false, count: x.count)
        var matchedY = [Bool](repeating: false, count: y.count)
        var matches = 0
        for i in 0..<x.count {
            let lo = max(0, i - window), hi = min(y.count - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where !matchedY[j] && x[i] == y[j] {
                matchedX[i] = true
                matchedY[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var k = 0
        for i in 0..<x.count where matchedX[i] {
            while !matchedY[k] { k += 1 }
            if x[i] != y[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, x.count, y.count) && x[prefix] == y[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
