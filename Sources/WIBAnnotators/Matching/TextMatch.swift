import WIBCore

/// A span of a text leaf that an annotator recognised.
struct TextMatch {
    /// Where it lies in the leaf's text.
    let range: Range<String.Index>
    /// What it refers to.
    let entity: Entity
}
