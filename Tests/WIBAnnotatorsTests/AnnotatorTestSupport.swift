import WIBAnnotators
import WIBCore

/// Annotates one paragraph as a post of `posted`, with `annotators` (all by default).
func annotated(_ text: String, posted: String? = "2024-06-27", with annotators: [any Annotator] = StandardAnnotators.all) -> Post {
    let post = Post(metadata: PostMetadata(title: "T", posted: posted.flatMap { CalendarDate(iso: $0) }, source: "t.txt"),
                    body: [.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 3)))])
    return StandardAnnotators.annotate(post, with: annotators)
}

/// "kind id «text»" for each entity of `post`, in order.
func mentions(_ post: Post, _ kind: EntityKind) -> [String] {
    post.entities.filter { $0.entity.kind == kind }.map { "\($0.entity.id) «\($0.text)»" }
}
