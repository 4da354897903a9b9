/// Lines that GFM's table extension could read as a table's delimiter row.
///
/// A paragraph line followed by a line such as `| --- | --- |`, `--- | ---` or `:--|--:` (cells
/// of `-` with optional `:` at either end, separated by `|`) becomes a table on GitHub when the
/// line before has as many cells. cmark-gfm's CommonMark writer escapes a `-` that starts a line
/// but neither `|` nor `:`, so a wrapped paragraph or list item whose later line looks like this
/// would turn into a table. WIBKit escapes the first character of every such line after a
/// paragraph's first (a first line has no paragraph line above it to be a header).
enum TableDelimiterRow {
    /// Whether `line` (a whole line of text, without its line break) is made only of `|`, `:`,
    /// `-` and spaces, with a `-`: every delimiter row is (spaces and tabs at a line's edges are
    /// written as character references, and a tab inside one as `&#9;`, so they cannot be part
    /// of one).
    static func couldBe(_ line: String) -> Bool {
        // By bytes: each of these characters is one byte, and any other byte (one of a character
        // outside ASCII too) rules the line out.
        line.utf8.contains(UInt8(ascii: "-")) && line.utf8.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: " ")].contains($0) }
    }
}
