/// Columns of text padded to the widest cell, separated by two spaces; the last column is not
/// padded. Widths count characters (grapheme clusters).
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    var rendered: String {
        let all = [header] + rows
        let columns = header.count
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() where i < columns { widths[i] = max(widths[i], cell.count) }
        }
        return all.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            .joined(separator: "  ")
        }
        .map { $0 + "\n" }.joined()
    }
}

/// Fixed number formats for text output.
enum Number {
    /// A score with 6 significant digits (`%.6g`); negative zero prints as 0.
    static func score(_ value: Double) -> String {
        String(format: "%.6g", value == 0 ? 0 : value)
    }

    /// A count or whole number without decimals, else `%.6g`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.6g", value)
    }
}
