import Foundation
import Testing
import NexusCore
@testable import NexusText

/// Each source of a document's date, with dates written by hand.
@Suite struct DocumentDateFinderTests {
    let finder = DocumentDateFinder()

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func writtenDateForms() {
        #expect(DateText.date("2021-06-29") == day("2021-06-29"))
        #expect(DateText.date("2021-06-29T10:00:00Z") == day("2021-06-29"))
        #expect(DateText.date("2021-06-29T23:30:00-05:00") == day("2021-06-29"))
        #expect(DateText.date("2021-06-29 10:00") == day("2021-06-29"))
        #expect(DateText.date("Tue, 29 Jun 2021 10:00:00 GMT") == day("2021-06-29"))
        #expect(DateText.date("June 29, 2021") == day("2021-06-29"))
        #expect(DateText.date("29 June 2021") == day("2021-06-29"))
        #expect(DateText.date("Sept. 3, 2021") == day("2021-09-03"))
        #expect(DateText.date("Tuesday, June 29th, 2021") == day("2021-06-29"))
        #expect(DateText.date("2021-02-30") == nil)
        #expect(DateText.date("next Tuesday") == nil)
        #expect(DateText.date("2021-06-29 and more words") == nil)
        #expect(DateText.date("2021") == nil)
        #expect(DateText.year("2021") == 2021)
        #expect(DateText.year("2021-06") == 2021)
        #expect(DateText.year("June") == nil)
    }

    @Test func seedStyleDateLine() {
        let found = finder.date(text: " date 2021-06-29 This was the first time the members met.\n\nMore text.")
        #expect(found == DocumentDate(date: day("2021-06-29"), source: .dateLine))
    }

    @Test func labelledAndBareDateLines() {
        #expect(finder.date(text: "Ministers meet in Rome\nDate: 29 June 2021\n\nThe ministers met.") == DocumentDate(date: day("2021-06-29"), source: .dateLine))
        #expect(finder.date(text: "June 29, 2021\n\nThe ministers met.") == DocumentDate(date: day("2021-06-29"), source: .dateLine))
        #expect(finder.date(text: "Published: Tue, 29 Jun 2021 10:00:00 GMT\nText.")?.date == day("2021-06-29"))
        // A sentence that merely starts with a date is not a date line.
        #expect(finder.date(text: "June 29, 2021 was a hot day in Rome.") == nil)
        // Only the head of the text is searched.
        #expect(finder.date(text: "One.\nTwo.\nThree.\nDate: 29 June 2021") == nil)
    }

    @Test func datelines() {
        #expect(finder.date(text: "ROME, June 28, 2021 (Reuters) - Ministers of the coalition met.")
                == DocumentDate(date: day("2021-06-28"), source: .dateline))
        #expect(finder.date(text: "NEW YORK, 3 March 2024 — The council voted.")?.date == day("2024-03-03"))
        // No year and none known: undated.
        #expect(finder.date(text: "ROME, June 28 (Reuters) - Ministers met.") == nil)
        #expect(finder.date(text: "ROME, June 28 (Reuters) - Ministers met.", knownYear: 2021) == DocumentDate(date: day("2021-06-28"), source: .dateline))
        // A sentence with a place and a date is no dateline without the dash.
        #expect(finder.date(text: "Rome, June 28, 2021 was the day.") == nil)
    }

    @Test func undatedText() {
        #expect(finder.date(text: "Meeting in Rome, the countries of the coalition are evaluating their actions.") == nil)
    }

    @Test func htmlMetadata() {
        let page = """
            <html><head><meta name="DATE" content="2021-06-27">
            <meta property="article:published_time" content="2021-06-29T08:15:00+02:00"></head>
            <body><time datetime="2020-01-01">old</time><p>ROME, June 28, 2021 (Reuters) - Text.</p></body></html>
            """
        let plain = HTMLText.plainText(page)
        #expect(finder.date(html: page, plainText: plain) == DocumentDate(date: day("2021-06-29"), source: .htmlMeta))
        let dcDate = "<meta name='dc.date' content='June 27, 2021'><p>Text.</p>"
        #expect(finder.date(html: dcDate, plainText: HTMLText.plainText(dcDate)) == DocumentDate(date: day("2021-06-27"), source: .htmlMeta))
    }

    @Test func htmlJSONLDAndTimeElement() {
        let jsonLD = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
            {"@type": "NewsArticle", "datePublished": "2021-06-28T17:00:00Z"}]}</script>
            <time datetime="2020-01-01">old</time><p>Text.</p>
            """
        #expect(finder.date(html: jsonLD, plainText: HTMLText.plainText(jsonLD)) == DocumentDate(date: day("2021-06-28"), source: .jsonLD))
        let time = "<p>Posted <time>yesterday</time> <time datetime=\"2021-06-26\">Saturday</time></p><time datetime=\"2020-01-01\"></time>"
        #expect(finder.date(html: time, plainText: HTMLText.plainText(time)) == DocumentDate(date: day("2021-06-26"), source: .timeElement))
    }

    @Test func htmlFallsBackToTheTextAndAYearOnlyMeta() {
        let page = "<meta name=\"date\" content=\"2021\"><p>ROME, June 28 (Reuters) - Ministers met.</p>"
        #expect(finder.date(html: page, plainText: HTMLText.plainText(page)) == DocumentDate(date: day("2021-06-28"), source: .dateline))
        let bare = "<p>Ministers met.</p>"
        #expect(finder.date(html: bare, plainText: HTMLText.plainText(bare)) == nil)
    }

    @Test func readerDatesHTMLFromTheRawPage() throws {
        let document = try DocumentReader().document(
            bytes: Array("<html><head><meta property=\"article:published_time\" content=\"2021-06-29\"></head><body><p>Ministers met.</p></body></html>".utf8),
            id: "page", path: "page.html", format: .html)
        #expect(document.date == DocumentDate(date: day("2021-06-29"), source: .htmlMeta))
        #expect(document.text == "Ministers met.")
    }

    func items(_ lines: [String], options: DocumentSource.Options = .init()) throws -> (folder: URL, items: [DocumentSource.Item]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("news.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        return (folder, Array(DocumentSource(inputs: [file.path], options: options)))
    }

    @Test func jsonLinesDateField() throws {
        let (folder, items) = try items([
            #"{"id": "a", "text": "Ministers met.", "date": "2021-06-29T10:00:00Z"}"#,
            #"{"id": "b", "text": "Ministers met.", "date": "Tue, 29 Jun 2021 10:00:00 GMT"}"#,
            #"{"id": "c", "text": "Ministers met."}"#,
            #"{"id": "d", "text": "date 2021-06-27 Ministers met."}"#,
            #"{"id": "e", "text": "ROME, June 28 (Reuters) - Ministers met.", "date": "2021"}"#,
            #"{"id": "f", "text": "Ministers met.", "date": null}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = items.map { item -> String in
            guard case .document(let document) = item else { return "not a document: \(item)" }
            return "\(document.id) \(document.date.map { "\($0.iso) \($0.source.rawValue)" } ?? "undated")"
        }
        #expect(dates == [
            "a 2021-06-29 jsonl-field", "b 2021-06-29 jsonl-field", "c undated", "d 2021-06-27 date-line",
            "e 2021-06-28 dateline", "f undated",
        ])
    }

    @Test func chosenDateField() throws {
        let (folder, items) = try items([#"{"id": "a", "text": "Ministers met.", "date": "2020-01-01", "published": "June 29, 2021"}"#],
                                        options: .init(dateField: "published"))
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .document(let document) = items.first else { Issue.record("expected a document"); return }
        #expect(document.date == DocumentDate(date: day("2021-06-29"), source: .jsonLinesField))
    }

    @Test func badDateIsAWarningAndTheDocumentIsUndated() throws {
        let (folder, items) = try items([
            #"{"id": "a", "text": "date 2021-06-27 Ministers met.", "date": "next Tuesday"}"#,
            #"{"id": "b", "text": "Ministers met.", "date": 1624960800}"#,
            #"{"id": "c", "text": "Ministers met.", "date": "2021-06-29"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.jsonl").path
        #expect(items.count == 5)
        #expect(items[0] == .warning(.badDate(path: path, line: 1, field: "date", value: "'next Tuesday'")))
        if case .document(let document) = items[1] { #expect(document.id == "a" && document.date == nil) } else { Issue.record("expected document a") }
        #expect(items[2] == .warning(.badDate(path: path, line: 2, field: "date", value: "1624960800")))
        if case .document(let document) = items[3] { #expect(document.id == "b" && document.date == nil) } else { Issue.record("expected document b") }
        if case .document(let document) = items[4] { #expect(document.date?.iso == "2021-06-29") } else { Issue.record("expected document c") }
        #expect(DocumentWarning.badDate(path: "news.jsonl", line: 1, field: "date", value: "'next Tuesday'").description.hasPrefix(
            "'news.jsonl' line 1: field 'date' holds 'next Tuesday', which is not a date; the document is read undated"))
    }
}
