import NexusCore

/// Turns a document's local events into ``Event``s with corpus-wide entity ids.
///
/// Events are numbered per sentence in trigger order (`event:<document>:<sentence>:<n>`);
/// events of one clause with the same actor, target, code and modality are one (the first
/// trigger kept), also when they become so after entities merge; coordinated clauses
/// ("denounced X and accused him") state acts of their own. An event links to the commitment of its sentence whose span holds its trigger and
/// whose actor is its actor. Every event carries the document's date.
enum EventListing {
    static func events(_ local: [LocalEvent], document: Document, idOf: (Int) -> String, commitments: [Commitment]) -> [Event] {
        var out: [Event] = []
        var seen = Set<String>()
        var perSentence: [Int: Int] = [:]
        let ordered = local.sorted { ($0.sentencePosition, $0.trigger.start, $0.actor, $0.target) < ($1.sentencePosition, $1.trigger.start, $1.actor, $1.target) }
        for e in ordered {
            let sentence = document.sentences[e.sentencePosition]
            let actor = idOf(e.actor), target = idOf(e.target)
            guard actor != target else { continue }
            // One clause states one act once: "imposed sanctions on Iran" is one 16, not two;
            // "denounced Mubarak's remarks and accused him" is two.
            let key = [actor, target, e.code.description, String(e.sentencePosition), String(e.clause), String(e.negated), String(e.hypothetical)]
                .joined(separator: "\u{0}")
            guard seen.insert(key).inserted else { continue }
            let n = perSentence[sentence.index, default: 0]
            perSentence[sentence.index] = n + 1
            let commitment = e.negated || e.hypothetical ? nil : commitments.first {
                $0.sentence == sentence.index && $0.actor == actor && $0.range.start <= e.trigger.start && e.trigger.end <= $0.range.end
            }
            out.append(Event(id: "event:\(document.id):\(sentence.index):\(n)", code: e.code, actor: actor, target: target, sentence: sentence.index,
                             trigger: e.trigger, text: sentence.text, negated: e.negated, hypothetical: e.hypothetical,
                             actorResolution: e.actorResolution, commitment: commitment?.id, date: document.date?.date))
        }
        return out
    }
}
