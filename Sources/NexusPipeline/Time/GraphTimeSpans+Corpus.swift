import NexusCore
import NexusExport

extension GraphTimeSpans {
    /// The spans of the graph `builder` makes of `corpus`, counting every evidence sentence;
    /// `nil` when no document of the corpus is dated (the graph is then static).
    public static func of(_ corpus: CorpusExtraction, builder: GraphBuilder.Options = .init()) -> GraphTimeSpans? {
        var dates: [String: CalendarDate] = [:]
        for extraction in corpus.documents {
            if let date = extraction.document.date?.date { dates[extraction.document.id] = date }
        }
        guard !dates.isEmpty else { return nil }
        var options = builder
        options.evidenceLimit = Int.max
        return GraphTimeSpans(graph: GraphBuilder(options: options).build(corpus), documentDates: dates)
    }
}
