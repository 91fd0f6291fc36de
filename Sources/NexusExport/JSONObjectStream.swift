/// A JSON object written a piece at a time, with the text ``JSONValue/prettyPrinted()`` gives
/// for the same object built whole: keys sorted by their UTF-8 bytes, two-space indentation,
/// `[]` for an empty array, a final newline.
///
/// A member is a value, written in one piece, or an array whose items are made and written one
/// at a time, so that a corpus of any size is written holding one document's JSON at once,
/// not the whole tree and its text.
///
/// ```swift
/// try JSONObjectStream(members: [
///     "format": .value(.string("nexus-extraction")),
///     "documents": .items(count: documents.count) { document(documents[$0]) },
/// ]).write { piece in try file.write(piece) }
/// ```
///
/// - Complexity: as ``JSONValue/prettyPrinted()`` over the whole object; memory one item.
struct JSONObjectStream {
    enum Member {
        /// A member written whole.
        case value(JSONValue)
        /// An array member whose `count` items are made by `item(0)`, `item(1)`, ... in order.
        case items(count: Int, item: (Int) -> JSONValue)
    }

    var members: [String: Member]

    /// The object built whole: what ``write(to:)`` writes is its ``JSONValue/prettyPrinted()``.
    var value: JSONValue {
        .object(members.mapValues { member in
            switch member {
            case .value(let value): return value
            case .items(let count, let item): return .array((0..<count).map(item))
            }
        })
    }

    /// Passes the object's text to `write` in order, one piece per member and per item.
    func write(to write: (String) throws -> Void) rethrows {
        guard !members.isEmpty else { try write("{}\n"); return }
        try write("{\n")
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (offset, key) in keys.enumerated() {
            var head = "  "
            JSONValue.appendQuoted(key, to: &head)
            head.append(": ")
            switch members[key]! {
            case .value(let value):
                value.write(into: &head, indent: 1)
                try write(head)
            case .items(let count, let item):
                guard count > 0 else { try write(head + "[]"); break }
                try write(head + "[\n")
                for index in 0..<count {
                    var piece = "    "
                    item(index).write(into: &piece, indent: 2)
                    piece.append(index == count - 1 ? "\n" : ",\n")
                    try write(piece)
                }
                try write("  ]")
            }
            try write(offset == keys.count - 1 ? "\n" : ",\n")
        }
        try write("}\n")
    }
}
