import WIBCore

/// A run of a pack in reading order, as ``PackDocument`` hands it out: blocks, a long list, or a
/// chart. ``PackRenderer`` renders each part as it comes, so the whole pack's tree is never held.
enum PackPart {
    /// Blocks, rendered by cmark-gfm in either format.
    case blocks([Block])
    /// A bulleted list that may be long (the timeline of thousands of posts), of `count` items
    /// made by `item` from their index when they are rendered, a few hundred at a time, into the
    /// same text as one rendering of the whole list.
    case list(count: Int, item: (Int) -> ListItem)
    /// A table that may be long (the meetings of thousands of posts, an index), of `count` rows
    /// under `header`, each row's cells made by `row` from its index when they are rendered, a
    /// few hundred at a time (fewer when rows cite many posts), into the same text as one
    /// rendering of the whole table.
    case table(header: [String], count: Int, row: (Int) -> [[Inline]])
    /// A chart: Mermaid in Markdown, inline SVG in HTML.
    case figure(PackFigure)
    /// The posts' sections, `count` of them, each the blocks `section` makes from its index and
    /// rendered as `.blocks` of them would be: made and rendered a few dozen at a time on every
    /// core, and handed on in order.
    case sections(count: Int, section: @Sendable (Int) -> [Block])
}
