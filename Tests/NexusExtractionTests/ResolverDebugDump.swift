import Foundation
import NexusCore
import Testing
@testable import NexusExtraction

@Suite struct ResolverDebugDump {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["NEXUS_DUMP"] != nil else { return }
        let docs = try ResolutionTestDocument.samples()
        let result = try CorpusResolver.standard().resolve(docs)
        for d in result.documents {
            print("=== \(d.document.id) sentences=\(d.document.sentences.count) mentions=\(d.document.mentions.count)")
            for e in d.entities { print("  E \(e.id) [\(e.name)] aliases=\(e.aliases) roles=\(e.roles) n=\(e.mentions.count)") }
            for r in d.relations where r.kind == .affiliation { print("  A \(r.source) -\(r.label ?? "")-> \(r.target) :: \(r.evidence.first!.text.prefix(80))") }
            for c in d.commitments { print("  C \(c.id) \(c.actor) \(c.kind) amt=\(c.amount.map { "\($0.value) \($0.unit)" } ?? "-") ben=\(c.beneficiary ?? "-") time=\(c.time ?? "-")/\(c.normalizedTime ?? "-") :: \(c.text.prefix(90))") }
        }
        for e in result.entities { print("CE \(e.id) \(e.aliases.map { "\($0.name)<\($0.rule.rawValue)>" }) docs=\(e.documents.count) roles=\(e.roles)") }
    }
}
