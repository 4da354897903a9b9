// Read one post from a String, annotate it, and print what WIBKit found.
import WIBKit

// An invented post, as copied from the site.
let text = """
    What's In Blue

    Posted Mon 6 Oct 2025

    South Sudan: Briefing and Consultations

    This afternoon (6 October), the Security Council will hold a briefing, followed by consultations, on South Sudan under the “Reports of the Secretary-General on the Sudan and South Sudan” agenda item. Denmark and Panama requested the meeting. Special Representative of the Secretary-General Ilse Marchetti is expected to brief.

    Background

    In resolution 2729 (2024), the Council asked for a report on the preparations for elections.
    """

do {
    // Read: the kind of input (here a plain-text post) is told from its content.
    let posts = try PostReader().read(SourceText(text: text, path: "south-sudan.txt"))
    // Annotate: every built-in annotator, in one pass; this also reads the meetings.
    let post = StandardAnnotators.annotate(posts[0])

    print(post.metadata.title)
    for meeting in post.meetings {
        print("meeting:", meeting.date.map { "\($0)" } ?? "undated", meeting.timeOfDay.map { "\($0)" } ?? "",
              meeting.format ?? "", meeting.requestedBy)
        print("briefers:", meeting.briefers.compactMap(\.name))
    }
    for mention in post.entities {
        print("line \(mention.line): \(mention.entity.kind) \(mention.entity.id) (“\(mention.text)”)")
    }
    // Write: Markdown with the meeting and entities in its front matter (or .json, .html, …).
    print(try OutputFormat.markdown.exporter.export(post))
} catch {
    // A Diagnostic prints as PATH:LINE: error: MESSAGE.
    print(error)
}
