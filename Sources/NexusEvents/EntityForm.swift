import NexusCore
import NexusEntities

/// What the cross-document merge reads of one document's entity (a ``LocalEntity``): its
/// type, names, keys, roles, gender, styles, and how often the document writes its display
/// name. Mentions, offsets and evidence are left out, so a form is small, and equal forms
/// (the same name resolved alike in many documents) are kept once by ``CorpusMergeTable``.
struct EntityForm: Hashable, Sendable {
    let type: EntityType
    let name: String
    let names: [String: MergeRule]
    let corpusKeys: Set<String>
    let roles: Set<String>
    let authoritativeName: String?
    let scoped: Bool
    let gender: PersonGender?
    let styles: Set<String>
    /// Mentions written exactly as `name` in the document, at least 1: its weight when the
    /// cluster's canonical name is chosen.
    let nameCount: Int

    /// - Complexity: O(m) for the entity's m mentions.
    init(_ entity: LocalEntity, context: ResolutionContext) {
        type = entity.type
        name = entity.name
        names = entity.names
        corpusKeys = entity.corpusKeys
        roles = entity.roles
        authoritativeName = entity.authoritativeName
        scoped = entity.scoped
        gender = entity.gender
        styles = entity.styles
        nameCount = max(1, entity.mentions.filter { context.mentions[$0].mention.text == entity.name }.count)
    }
}
