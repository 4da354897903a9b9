import Testing
import WIBAnnotators
import WIBCore

@Suite struct DateTests {
    @Test func futureSentencesReachIntoTheNextYear() {
        let post = annotated("On 6 January, the Council will hold its first meeting of the year.", posted: "2024-12-30")
        #expect(mentions(post, .date) == ["2025-01-06 «6 January»"])
    }

    @Test func aPassiveTakesTheTenseOfItsAuxiliary() {
        let post = annotated("The talks will be held in March. The Council is to be briefed on 3 March. The envoy has been briefed in January.", posted: "2026-02-19")
        #expect(mentions(post, .date) == ["2026-03 «March»", "2026-03-03 «3 March»", "2026-01 «January»"])
    }

    @Test func pastSentencesResolveToTheLastSuchDay() {
        let post = annotated("On 6 January, the US issued a statement, and on 28 March Russia vetoed a draft.", posted: "2024-10-30")
        #expect(mentions(post, .date) == ["2024-01-06 «6 January»", "2024-03-28 «28 March»"])
    }

    @Test func rangesMonthsQualifiersAndYears() {
        let post = annotated("The summit ran from 22 to 24 October. Fighting has continued since August 2023, intensified in early August and began in late 2022; on 2 March 2016 it was calm.", posted: "2024-10-30")
        #expect(mentions(post, .date) == ["2024-10-22/2024-10-24 «22 to 24 October»", "2023-08 «August 2023»", "2024-08 «early August»",
                                          "2022 «late 2022»", "2016-03-02 «2 March 2016»"])
        #expect(post.entities.first { $0.text == "early August" }?.entity.attributes[.qualifier] == .early)
    }

    @Test func monthsThatEndATermAreDeadlines() {
        let post = annotated("The mandate expires in July. The regime runs until August 2026. Talks began in May and have continued since June.", posted: "2025-03-12")
        let roles = post.entities.filter { $0.entity.kind == .date }.map { "\($0.entity.id) \($0.entity.attributes[.role]?.rawValue ?? "")" }
        #expect(roles == ["2025-07 deadline", "2026-08 deadline", "2024-05 period", "2024-06 period"])
        // A present-tense term ends ahead even in a sentence that tells of the past.
        let renewal = annotated("The regime imposed by resolution 2140 expires on 28 November.", posted: "2025-11-13")
        #expect(mentions(renewal, .date) == ["2025-11-28 «28 November»"])
    }

    @Test func withoutAPostedDateDaysKeepNoYear() {
        let post = annotated("The report of 7 March was discussed in May.", posted: nil)
        #expect(mentions(post, .date) == ["--03-07 «7 March»", "--05 «May»"])
    }

    @Test func mayTheVerbAndNumbersAreNotDates() {
        let post = annotated("Members may discuss 12,000 troops and 30 members of the panel.", posted: "2024-10-30")
        #expect(mentions(post, .date).isEmpty)
    }
}
