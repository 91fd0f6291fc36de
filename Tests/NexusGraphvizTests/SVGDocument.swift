import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file read with Foundation's XML parser: the text of every `<text>` element and
/// every `xlink:title` (tooltip), decoded from XML.
struct SVGDocument {
    var texts: [String] = []
    var tooltips: [String] = []
    var classes: [String] = []
    /// The `fill` of every filled polygon, ellipse and path (node shapes, legend swatches).
    var fills: [String] = []

    enum Failure: Error { case notXML(String) }

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw Failure.notXML(parser.parserError.map { "\($0)" } ?? "unknown parser error")
        }
        texts = delegate.texts
        tooltips = delegate.tooltips
        classes = delegate.classes
        fills = delegate.fills
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var tooltips: [String] = []
        var classes: [String] = []
        var fills: [String] = []
        private var currentText: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "text" { currentText = "" }
            if let title = attributes["xlink:title"] { tooltips.append(title) }
            if name == "g", let value = attributes["class"] { classes.append(value) }
            if ["polygon", "ellipse", "path"].contains(name), let fill = attributes["fill"], fill != "none" { fills.append(fill) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            currentText? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text = currentText {
                texts.append(text)
                currentText = nil
            }
        }
    }
}
