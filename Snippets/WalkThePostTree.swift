// Look at a post's blocks, walk every node with an ASTWalker, and rewrite the body with an
// ASTRewriter.
import WIBKit

let text = """
    What's In Blue

    Posted Tue 14 Oct 2025

    Haiti: Briefing

    Tomorrow morning (15 October), the Security Council will hold a briefing on Haiti. Ecuador and Panama requested the meeting.

    Key Issues and Options

    Members may discuss:
      • the renewal of the sanctions regime, which Ecuador supports;
      • the funding of the support office.
    """

do {
    let post = StandardAnnotators.annotate(try PostReader().read(SourceText(text: text, path: "haiti.txt"))[0])

    // The body is an array of blocks, each with the lines it came from.
    for block in post.body {
        switch block {
        case .heading(let heading): print("line \(block.range.firstLine): heading “\(heading.content.plainText)”")
        case .paragraph: print("line \(block.range.firstLine): paragraph")
        case .list(let list): print("line \(block.range.firstLine): list of \(list.items.count) items")
        default: print("line \(block.range.firstLine): another block")
        }
    }

    // A walker visits every block and inline in document order, calling the hook of each node's
    // kind; call descend(into:) to go on into the node's children.
    struct StateCounter: ASTWalker {
        var mentions: [String: Int] = [:]
        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) {
            if entity.kind == .memberState { mentions[entity.id, default: 0] += 1 }
            descend(into: .annotated(entity, children))
        }
    }
    var counter = StateCounter()
    counter.walk(post.body)
    print("states:", counter.mentions.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))

    // A rewriter returns the nodes that take each node's place: here an annotation gives way to
    // its text, so the text stays exactly as it was.
    struct RemoveAnnotations: ASTRewriter {
        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] { rewrite(children) }
    }
    let plain = post.rewritten(by: RemoveAnnotations())
    print("entities after rewriting:", plain.entities.count, "; same text:", plain.bodyText == post.bodyText)
} catch {
    print(error)
}
