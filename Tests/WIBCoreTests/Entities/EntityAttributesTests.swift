import Foundation
import Testing
import WIBCore

/// A stage of a sanctions regime: an enumeration of a user's own, stored as its raw value.
enum RegimeStage: String, EntityAttributeValue {
    case active, terminated
}

extension EntityAttributeKey where Value == String {
    /// A user's own key.
    static var committee: Self { Self("committee") }
}

extension EntityAttributeKey where Value == RegimeStage {
    /// A user's own key with a value of their own type.
    static var stage: Self { Self("stage") }
}

@Suite struct EntityAttributesTests {
    /// The JSON object of `attributes`.
    private func object(_ attributes: EntityAttributes) throws -> [String: Any] {
        let data = try JSONEncoder().encode(Entity(kind: .resolution, id: "S/RES/2140(2014)", attributes: attributes))
        let entity = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(entity["attributes"] as? [String: Any])
    }

    @Test func typedKeysReadAndWriteTypedValues() throws {
        var attributes = EntityAttributes()
        attributes[.resolutionNumber] = 2140
        attributes[.resolutionYear] = 2014
        attributes[.adoptionDate] = CalendarDate(iso: "2014-02-26")
        attributes[.regime] = "Yemen"
        attributes[.states] = ["RUS", "CHN"]
        attributes[.role] = .reference
        #expect(attributes[.resolutionNumber] == 2140 && attributes[.resolutionYear] == 2014)
        #expect(attributes[.adoptionDate] == CalendarDate(iso: "2014-02-26"))
        #expect(attributes[.states] == ["RUS", "CHN"] && attributes[.role] == .reference && attributes[.qualifier] == nil)
        let json = try object(attributes)
        #expect(json["number"] as? String == "2140" && json["year"] as? String == "2014" && json["date"] as? String == "2014-02-26")
        #expect(json["states"] as? [String] == ["RUS", "CHN"], "a list is an array, not a comma-joined string")
        #expect(json["role"] as? String == "reference")
        attributes[.regime] = nil
        #expect(try object(attributes)["regime"] == nil, "setting nil removes the attribute")
    }

    @Test func aUsersOwnKeysAndTypesWorkTheSameWay() throws {
        let attributes = EntityAttributes().setting(.committee, to: "2140 Committee").setting(.stage, to: .active)
        #expect(attributes[.committee] == "2140 Committee" && attributes[.stage] == .active)
        #expect(try object(attributes)["stage"] as? String == "active")
        #expect(attributes.description == "committee=2140 Committee, stage=active")
    }

    @Test func jsonRoundTripsAndKeepsNamesNoKeyReads() throws {
        let json = #"{"kind": "vote", "id": "veto", "attributes": {"states": ["RUS"], "tally": "13-1-1", "note": ["a", "b"]}}"#
        let entity = try JSONDecoder().decode(Entity.self, from: Data(json.utf8))
        #expect(entity.attributes[.states] == ["RUS"])
        let again = try JSONDecoder().decode(Entity.self, from: try JSONEncoder().encode(entity))
        #expect(again == entity)
        #expect(again.attributes.description == "note=a|b, states=RUS, tally=13-1-1")
    }

    @Test func aValueOfAnotherTypeReadsAsNone() throws {
        let json = #"{"kind": "resolution", "id": "S/RES/2140", "attributes": {"number": "2140a", "date": "26 February", "role": "aside", "regime": ["Yemen"]}}"#
        let attributes = try JSONDecoder().decode(Entity.self, from: Data(json.utf8)).attributes
        #expect(attributes[.resolutionNumber] == nil && attributes[.adoptionDate] == nil && attributes[.role] == nil && attributes[.regime] == nil)
    }

    @Test func olderJSONWithCommaJoinedStatesStillReads() throws {
        let json = #"{"kind": "vote", "id": "abstention", "attributes": {"states": "CHN,RUS"}}"#
        #expect(try JSONDecoder().decode(Entity.self, from: Data(json.utf8)).attributes[.states] == ["CHN", "RUS"])
    }

    @Test func anEntityWithoutAttributesWritesNone() throws {
        let data = try JSONEncoder().encode(Entity(kind: .memberState, id: "YEM"))
        #expect(String(decoding: data, as: UTF8.self).contains("attributes") == false)
    }
}
