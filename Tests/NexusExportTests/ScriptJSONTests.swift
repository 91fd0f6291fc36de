import Foundation
import Testing
@testable import NexusExport

/// JSON embedded in a script element: markup characters and line separators are escaped, the
/// result still parses to the same strings (checked with Foundation's JSON parser).
@Suite struct ScriptJSONTests {
    @Test func markupCannotEndTheScriptElement() throws {
        let hostile = "a</script><img src=x onerror=\"alert(1)\">&amp;\u{2028}\\\n\u{1}"
        var json = ScriptJSON()
        json.array([hostile, "Côte d’Ivoire"]) { $0.string($1) }
        let text = json.text
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&") && !text.contains("\u{2028}"))
        #expect(text.hasPrefix(#"["a\u003c/script\u003e\u003cimg src=x onerror=\"alert(1)\"\u003e\u0026amp;\u2028\\\n\u0001","#))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
        #expect(parsed == [hostile, "Côte d’Ivoire"])
    }

    @Test func numbersAreShortAndFinite() throws {
        var json = ScriptJSON()
        json.array([1.0, 0.25, -3.0, Double.nan]) { $0.number($1) }
        #expect(json.text == "[1,0.25,-3,0]")
    }
}
