import WIBCore

/// Reads one kind of input into posts.
///
/// A reader throws a ``Diagnostic`` (with the file and line) for input it cannot use, and puts
/// warnings about input it could use into each post's ``Post/diagnostics``.
public protocol Reader: Sendable {
    /// The kind of input this reader reads.
    static var kind: InputKind { get }

    /// Reads the posts in `source`.
    func read(_ source: SourceText) throws(Diagnostic) -> [Post]
}
