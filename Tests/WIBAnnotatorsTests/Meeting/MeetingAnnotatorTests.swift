import Testing
import WIBAnnotators
import WIBCore

@Suite struct MeetingAnnotatorTests {
    @Test func requestersBeforeTheVerbAndAnOrganisationsRepresentative() {
        let meeting = annotated("Tomorrow, the Council will hold a briefing. France, Japan, the Republic of Korea (ROK), the UK, and the US requested the meeting. The anticipated briefers are High Representative for Disarmament Affairs Izumi Nakamitsu and a representative of Conflict Armament Research.").meeting
        #expect(meeting.requestedBy == ["FRA", "JPN", "KOR", "GBR", "USA"])
        #expect(meeting.briefers == [Briefer(name: "Izumi Nakamitsu", title: "High Representative for Disarmament Affairs"),
                                     Briefer(organization: "Conflict Armament Research")])
    }

    @Test func statesThatAreObjectsAreNotRequesters() {
        let meeting = annotated("Tomorrow, the Council will hold a briefing. The UK, the penholder on Sudan, and Sierra Leone requested the meeting to discuss the situation in the Democratic Republic of the Congo.").meeting
        #expect(meeting.requestedBy == ["GBR", "SLE"])
    }

    @Test func requestersAfterByAreNotTheirSupporters() {
        let meeting = annotated("This afternoon, the Council will hold a briefing on Ukraine. The meeting was requested by Ukraine, with support from France and Malta. Ukraine and the DPRK are expected to participate under rule 37. Special Envoy Hans Grundberg is expected to brief.").meeting
        #expect(meeting.requestedBy == ["UKR"])
        #expect(meeting.rule37 == ["UKR", "PRK"])
        #expect(meeting.briefers.map(\.name) == ["Hans Grundberg"])
    }

    @Test func speakersListedAfterAColon() {
        let intro = Block.paragraph(Paragraph(content: [.text("The Council will hold an Arria-formula meeting. The expected speakers are:")], range: SourceRange(line: 3)))
        let item = { (text: String, line: Int) in ListItem(blocks: [.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: line)))], range: SourceRange(line: line)) }
        let list = Block.list(ListBlock(items: [item("Professor Lena Harjo, Director of the Centre", 5), item("A representative of the International Committee of the Red Cross (ICRC)", 6)], range: SourceRange(firstLine: 5, lastLine: 6)))
        let post = StandardAnnotators.annotate(Post(metadata: PostMetadata(title: "T"), body: [intro, list]))
        #expect(post.meeting.briefers == [Briefer(name: "Lena Harjo", title: "Professor"), Briefer(organization: "International Committee of the Red Cross")])
    }

    @Test func fieldsTheReaderAlreadyFilledAreKept() {
        var post = Post(metadata: PostMetadata(title: "T"), meeting: Meeting(requestedBy: ["MLT"]),
                        body: [.paragraph(Paragraph(content: [.text("France requested the meeting.")], range: SourceRange(line: 1)))])
        post = MeetingAnnotator().annotate(StateAnnotator().annotate(post))
        #expect(post.meeting.requestedBy == ["MLT"])
    }
}
