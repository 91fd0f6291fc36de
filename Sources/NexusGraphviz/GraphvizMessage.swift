import Foundation

/// One message Graphviz gave while drawing, read from what it wrote through cgraph's error
/// callback or straight to stderr, and put in Nexus's words.
///
/// cgraph writes "Warning: ..." or "Error: ..." followed by the message, whose continuation
/// lines have no prefix; plugins print their own lines ("(null): graph is too large for
/// cairo-renderer bitmaps. Scaling by 0.42 to fit", "(null): ... out of memory"), where the
/// "(null)" is the command name Graphviz was never given.
///
/// ```swift
/// GraphvizMessage.lines("Warning: node a, port b unrecognized\n").map(\.warning)
/// // ["Graphviz: node a, port b unrecognized"]
/// ```
struct GraphvizMessage: Equatable {
    /// The message without its "Warning: "/"Error: "/"(null): " prefix, on one line.
    var text: String
    /// Reported as an error by cgraph.
    var isError: Bool

    /// A message that means the output is missing or cut short, whatever the return code:
    /// a cairo error ("cairo: out of memory", "cairo: invalid value (typically too big) for the
    /// size of the input"), a surface cairo could not create, memory Graphviz could not get.
    var isFatal: Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("cairo: ") || lower.contains("failure to create cairo surface")
            || lower.contains("out of memory") || lower.contains("memory allocation fail")
    }

    /// The message as a warning for the user, in Nexus's words where the message is known.
    var warning: String {
        if let scale = bitmapScale {
            return "the drawing is larger than the 32,767 "
                + "pixels a side cairo can make, so the bitmap is scaled by \(scale); draw fewer nodes, or write SVG or PDF"
        }
        return "Graphviz: \(text)"
    }

    /// The factor of "graph is too large for cairo-renderer bitmaps. Scaling by F to fit".
    private var bitmapScale: String? {
        guard text.contains("too large for cairo-renderer bitmaps"), let range = text.range(of: "Scaling by ") else { return nil }
        return text[range.upperBound...].split(separator: " ").first.map(String.init)
    }

    /// The messages in `text`, in order; indented continuation lines joined to the message they continue.
    static func lines(_ text: String) -> [GraphvizMessage] {
        var result: [GraphvizMessage] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let rest = trimmed.dropping(prefix: "Error: ") {
                result.append(GraphvizMessage(text: rest, isError: true))
            } else if let rest = trimmed.dropping(prefix: "Warning: ") {
                result.append(GraphvizMessage(text: rest, isError: false))
            } else if let rest = trimmed.dropping(prefix: "(null): ") {
                result.append(GraphvizMessage(text: rest, isError: false))
            } else if !result.isEmpty, line.first?.isWhitespace == true {
                result[result.count - 1].text += " " + trimmed
            } else {
                result.append(GraphvizMessage(text: trimmed, isError: false))
            }
        }
        return result
    }
}

private extension String {
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
