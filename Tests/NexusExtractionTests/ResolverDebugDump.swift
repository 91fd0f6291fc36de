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
            for c in d.commitments { print("  C \(c.id) \(c.actor) \(c.kind) amt=\(c.amount.map { "\($0.value) \($0.unit)" } ?? "-") ben=\(c.beneficiary ?? "-") time=\(c.time ?? "-")/\(c.normalizedTime ?? "-") :: \(d.document.substring(c.range))") }
        }
    }
}
