import Testing
import WIBAnnotators
import WIBCore

@Suite struct PeopleAndOrganisationTests {
    @Test func titlesWithPortfoliosThenNames() {
        let post = annotated("Assistant Secretary-General for Europe, Central Asia, and the Americas Miroslav Jenča and Special Envoy of the Secretary-General for Syria Geir Pedersen will brief. Jenca said little.")
        #expect(mentions(post, .person) == [
            "Miroslav Jenča «Assistant Secretary-General for Europe, Central Asia, and the Americas Miroslav Jenča»",
            "Geir Pedersen «Special Envoy of the Secretary-General for Syria Geir Pedersen»",
            "Miroslav Jenča «Jenca»",
        ])
        #expect(post.entities.first?.entity.attributes[.title] == "Assistant Secretary-General for Europe, Central Asia, and the Americas")
        #expect(post.distinctEntityIDs(of: .memberState) == ["SYR"], "a state inside a title is still a state")
    }

    @Test func modifiersNamesBeforeTitlesAndSurnameFirstNames() {
        let post = annotated("ROK Defence Minister Kim Yong-hyun met President Yoon Suk Yeol. Lisa Doughten, the Director of the Financing and Partnerships Division, spoke. Yoon agreed.")
        #expect(post.distinctEntityIDs(of: .person) == ["Kim Yong-hyun", "Yoon Suk Yeol", "Lisa Doughten"])
        #expect(mentions(post, .person).first == "Kim Yong-hyun «ROK Defence Minister Kim Yong-hyun»", "a title keeps its country")
        #expect(mentions(post, .person).last == "Yoon Suk Yeol «Yoon»")
    }

    @Test func aTitleWithoutANameIsNoPerson() {
        let post = annotated("The Special Envoy will brief, as will the President of the General Assembly and the Director of the Centre for Digital Resilience at the university.")
        #expect(mentions(post, .person).isEmpty)
    }

    @Test func organisationsKnownIntroducedAndByAcronym() {
        let post = annotated("A representative of Conflict Armament Research, OCHA and the Multilateral Sanctions Monitoring Team (MSMT) briefed the 1718 DPRK Sanctions Committee. Later Conflict Armament Research and the MSMT reported.")
        #expect(post.distinctEntityIDs(of: .organisation) == ["Conflict Armament Research", "OCHA", "Multilateral Sanctions Monitoring Team", "1718 DPRK Sanctions Committee"])
        #expect(mentions(post, .organisation).count == 7)
    }

    @Test func aTitlesPortfolioHoldsAndBeforeItsHead() {
        let post = annotated("Director of Emergencies and Resilience of the Food and Agriculture Organization Karl-Heinz Obuya and Deputy Director of Research and Policy Ana Lind-Obi will brief.")
        #expect(post.distinctEntityIDs(of: .person) == ["Karl-Heinz Obuya", "Ana Lind-Obi"])
        #expect(post.entities.first?.entity.attributes[.title] == "Director of Emergencies and Resilience of the Food and Agriculture Organization")
    }

    @Test func aMonthOrWeekdayJoinedToANameIsPartOfIt() {
        let post = annotated("The head of UNMISS, Jan-Ove Karlsen-Mbeki, will brief, and May-Britt Solheim will attend. In May, Britt said little.")
        #expect(post.distinctEntityIDs(of: .person) == ["Jan-Ove Karlsen-Mbeki", "May-Britt Solheim"])
    }

    @Test func itemsOfAListAfterAColonAreNamedFirst() {
        let post = annotated("The speakers will be: Mei-Ling Ostrowski-Baba, programme officer at a demining charity; Jean-Luc Mwamba, a farmer from Kasai; and Aiko Brandvold, security director of a relief group.")
        #expect(post.distinctEntityIDs(of: .person) == ["Mei-Ling Ostrowski-Baba", "Jean-Luc Mwamba", "Aiko Brandvold"])
    }

    @Test func anIntroducedNameRunsOverItsPurposeButNotIntoAnotherName() {
        let post = annotated("A representative of the Alliance to Shield Clinics from Attack will brief, as will representatives of the African Union and ECOWAS.")
        #expect(post.distinctEntityIDs(of: .organisation) == ["Alliance to Shield Clinics from Attack"])
        #expect(post.distinctEntityIDs(of: .group) == ["AU", "ECOWAS"])
    }
}
