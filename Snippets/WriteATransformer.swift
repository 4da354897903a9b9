// A transformer of your own: keep the posts that preview a vote, and list them in a file.
import WIBKit

struct KeepVotes: Transformer {
    static let name = "keep-votes"

    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        let kept = corpus.posts.filter { post in
            post.meetings.contains { $0.format == "vote" || $0.format == "adoption" }
        }
        // Exporters add files to the context; the run writes them all at the end, or none.
        let list = kept.map { "- \($0.metadata.title) (\($0.meeting.date.map { "\($0)" } ?? "undated"))\n" }.joined()
        try context.add(Artifact(relativePath: "votes.md", contents: list))
        return Corpus(posts: kept)
    }
}

let posts = [
    ("cyprus.txt", """
        Posted Mon 26 Jan 2026

        Cyprus: Mandate Renewal

        On Wednesday (28 January), the Security Council is scheduled to vote on a draft resolution renewing the mandate of the UN Peacekeeping Force in Cyprus (UNFICYP).
        """),
    ("yemen.txt", """
        Posted Tue 10 Feb 2026

        Yemen: Briefing

        Tomorrow afternoon (11 February), the Security Council will hold a briefing on Yemen.
        """),
]

do {
    let corpus = Corpus(posts: try posts.flatMap { path, text in try PostReader().read(SourceText(text: text, path: path)) })
    // Annotate first: it reads the meetings that KeepVotes looks at.
    let pipeline = Pipeline {
        Annotate()
        KeepVotes()
    }
    let context = TransformContext()
    let result = try await pipeline.run(corpus, in: context)
    print("kept:", result.posts.map(\.metadata.title))
    for artifact in context.artifacts {
        print("\(artifact.relativePath):\n\(artifact.contents)", terminator: "")
    }
} catch {
    print(error)
}
