import WIBCore

/// Annotates a post in one pass: flattens and tokenises each text block once, runs every finder
/// over the same document, settles all their spans by one rule, rebuilds each block's inlines
/// once, and then reads the meeting facts from the settled spans.
///
/// The output does not depend on the order of `finders` (a test runs them in many orders), and annotating an
/// annotated post again changes nothing: spans of the finders' kinds are removed and found again.
public struct AnnotationEngine: Sendable {
    /// The finders whose spans go into the tree.
    public let finders: [any EntityFinder]
    /// Whether to read the meetings the post previews (``MeetingAnnotator``).
    public let readsMeetings: Bool

    /// An engine with `finders`, reading the meetings too when `readsMeetings`.
    public init(finders: [any EntityFinder], readsMeetings: Bool = false) {
        self.finders = finders
        self.readsMeetings = readsMeetings
    }

    /// The post with the finders' spans built into its body and, when ``readsMeetings``, its
    /// meetings read.
    public func annotate(_ post: Post) -> Post {
        let kinds = Set(finders.flatMap(\.kinds))
        let quotations = finders.contains { $0.marksQuotations }
        var runs: [[Inline]] = []
        var texts: [(text: String, line: Int, kind: TextBlockKind)] = []
        let stripped = TextRuns.map(post.body) { inlines, line, kind in
            let run = InlineTree.stripping(inlines, kinds: kinds, quotations: quotations)
            runs.append(run)
            texts.append((run.plainText, line, kind))
            return run
        }
        let document = AnnotationDocument(metadata: post.metadata, texts: texts)
        let found = finders.flatMap { $0.spans(in: document) }
        var byBlock = [[FoundSpan]](repeating: [], count: texts.count)
        for span in found where byBlock.indices.contains(span.block) { byBlock[span.block].append(span) }
        var next = 0
        var annotated = post
        annotated.body = TextRuns.map(stripped) { _, _, _ in
            defer { next += 1 }
            let resolved = byBlock[next].isEmpty ? [] : SpanResolver.resolve(byBlock[next], structure: InlineTree.containers(runs[next]))
            return InlineTree.building(runs[next], spans: resolved[...])
        }
        for diagnostic in finders.flatMap({ $0.diagnostics(in: document, spans: found) }) where !annotated.diagnostics.contains(diagnostic) {
            annotated.diagnostics.append(diagnostic)
        }
        // Meetings are read only for a post that has none (our Markdown and JSON keep theirs).
        if readsMeetings, annotated.meetings.isEmpty {
            // The people, organisations and states the meeting reader needs: the finders' own
            // spans when they ran, else found here for the reader alone.
            let ran = Set(finders.map { ObjectIdentifier(type(of: $0)) })
            let missing = StandardAnnotators.meetingFinders.filter { !ran.contains(ObjectIdentifier(type(of: $0))) }
            let needed: Set<EntityKind> = [.person, .organisation, .memberState]
            let spans = found.filter { $0.kind.map(needed.contains) ?? false } + missing.flatMap { $0.spans(in: document) }
            let settled = Dictionary(grouping: spans, by: \.block).mapValues { SpanResolver.resolve($0) }
            annotated.meetings = MeetingReader(document: document, spans: settled).meetings()
        }
        return annotated
    }
}

/// Maps every run of inlines of a body (headings, paragraphs, table cells, at any depth), in
/// reading order.
public enum TextRuns {
    /// `blocks` with each run of inlines replaced by `transform(run, sourceLine, kind)`.
    public static func map(_ blocks: [Block], inList: Bool = false, _ transform: (_ inlines: [Inline], _ line: Int, _ kind: TextBlockKind) -> [Inline]) -> [Block] {
        blocks.map { block in
            switch block {
            case .heading(var b):
                b.content = transform(b.content, b.range.firstLine, .heading)
                return .heading(b)
            case .paragraph(var b):
                b.content = transform(b.content, b.range.firstLine, inList ? .listItem : .paragraph)
                return .paragraph(b)
            case .blockQuote(var b):
                b.blocks = map(b.blocks, inList: inList, transform)
                return .blockQuote(b)
            case .list(var b):
                for index in b.items.indices { b.items[index].blocks = map(b.items[index].blocks, inList: true, transform) }
                return .list(b)
            case .table(var b):
                b.header = b.header.map { TableCell(content: transform($0.content, b.range.firstLine, .tableCell)) }
                b.rows = b.rows.map { row in row.map { TableCell(content: transform($0.content, b.range.firstLine, .tableCell)) } }
                return .table(b)
            case .custom(var b):
                b.blocks = map(b.blocks, inList: inList, transform)
                return .custom(b)
            case .thematicBreak, .codeBlock:
                return block
            }
        }
    }
}
