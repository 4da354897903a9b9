import WIBKit

/// The one place the archive reads an entity's attributes, so that a change in how attributes
/// are kept touches this file alone.
enum EntityAttributes {
    /// A resolution's number (`2231` for `S/RES/2231(2015)`), from its `number` attribute.
    static func resolutionNumber(of entity: Entity) -> Int? {
        guard entity.kind == .resolution else { return nil }
        return entity.attributes["number"].flatMap { Int($0) }
    }
}
