import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

@Suite struct HostileNamesTests {
    let graph = Fixtures.hostileGraph()

    @Test func svgIsValidXMLAndShowsTheTextVerbatim() throws {
        let svg = try SVGDocument(try GraphvizRenderer().render(graph, as: .svg).data)
        let shown = Set(svg.texts)
        // Labels up to 24 characters per line are drawn as written (one <text> per line;
        // Graphviz drops line-leading and -trailing spaces only).
        for label in ["say \"hi\"", #"back\slash"#, #"ends with backslash\"#, #"two\\"#, "a < b & c > d",
                      "&lt;not an entity&gt;", "line one", "line two", "Türkiye", "emoji 🇪🇺🤝", "%percent start",
                      #"\N \G \E \L"#, "]]> <!-- -->", "'single' \"double\"", "carriage", "return"] {
            #expect(shown.contains(label), "label \(label) not drawn verbatim")
        }
        // Tooltips keep backslashes, quotes, markup and line breaks.
        for (index, label) in Fixtures.hostileLabels.enumerated() {
            let written = label.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\t", with: " ")
            let sentence = "Evidence about \(written) \\ end"
            let line = "doc \"\(index)\" <&>, sentence \(index): \(sentence)"
            #expect(svg.tooltips.contains { $0.contains(line) }, "tooltip line \(line) missing")
        }
    }

    @Test(arguments: [OutputFormat.png, .pdf])
    func binaryFormatsHaveTheirMagicBytes(format: OutputFormat) throws {
        let data = try GraphvizRenderer().render(graph, as: format).data
        let magic = try #require(format.magic)
        #expect(data.count > 1000)
        #expect(Array(data.prefix(magic.count)) == magic)
    }

    @Test func everyInstalledEngineDrawsTheGraph() throws {
        for engine in Graphviz.availableEngines {
            let rendering = try GraphvizRenderer().render(graph, as: .svg, engine: engine)
            #expect(rendering.engine == LayoutEngine(engine))
            _ = try SVGDocument(rendering.data)
        }
    }
}
