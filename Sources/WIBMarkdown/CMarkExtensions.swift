import CCmarkGFM

/// cmark-gfm's GFM extensions, registered once per process.
///
/// `cmark_gfm_core_extensions_ensure_registered()` is not thread-safe; a global's initialiser
/// runs exactly once (Swift guards it), so every use goes through `CMarkExtensions.shared`.
struct CMarkExtensions: @unchecked Sendable {
    /// The process-wide extensions. `@unchecked Sendable`: after registration the extension
    /// objects are only read.
    static let shared = CMarkExtensions()

    /// The table extension, which table, row and cell nodes must carry.
    let table: OpaquePointer
    /// The strikethrough extension, attached to the parser so `~~text~~` reads as GFM does.
    let strikethrough: OpaquePointer
    /// The autolink extension: bare `www.`, `http://`, `https://`, `ftp://` addresses and email
    /// addresses in text become links.
    let autolink: OpaquePointer
    /// The task list extension: a list item starting `[ ]`, `[x]` or `[X]` becomes a checkbox.
    let tasklist: OpaquePointer

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        guard let table = cmark_find_syntax_extension("table"),
              let strikethrough = cmark_find_syntax_extension("strikethrough"),
              let autolink = cmark_find_syntax_extension("autolink"),
              let tasklist = cmark_find_syntax_extension("tasklist") else {
            fatalError("libcmark-gfm-extensions lacks one of table, strikethrough, autolink, tasklist")
        }
        self.table = table
        self.strikethrough = strikethrough
        self.autolink = autolink
        self.tasklist = tasklist
    }

    /// The GFM node types that no installed header declares.
    static var tableType: cmark_node_type { wib_cmark_node_table() }
    static var tableRowType: cmark_node_type { wib_cmark_node_table_row() }
    static var tableCellType: cmark_node_type { wib_cmark_node_table_cell() }
}
