/// The facts recorded about an ``Entity``, read and written through typed keys
/// (``EntityAttributeKey``): `entity.attributes[.resolutionNumber]` is an `Int?`,
/// `entity.attributes[.states]` a `[String]?`.
///
/// In JSON, attributes are one object, names in sorted order, each value a string or, for lists,
/// an array of strings: `{"number": "1718", "url": "https://undocs.org/S/RES/1718(2006)",
/// "year": "2006"}`, `{"states": ["RUS", "CHN"]}`. Names no key of yours reads are kept as
/// they are, so attributes written by someone else's annotator survive a round trip.
public struct EntityAttributes: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A value as it is stored and written in JSON.
    public enum Stored: Sendable, Hashable {
        /// One string: text, a number's digits, an ISO 8601 date, an enumeration's raw value.
        case text(String)
        /// A list of strings.
        case list([String])
    }

    /// Inlinable, with the subscript, so that a read in another module is compiled for its value
    /// type rather than through generic metadata and a dynamic cast.
    @usableFromInline var values: [String: Stored]

    /// No attributes.
    public init() {
        values = [:]
    }

    /// The value under `key`, or `nil` when there is none or it is not a `Value`; setting `nil`
    /// removes it.
    @inlinable public subscript<Value>(key: EntityAttributeKey<Value>) -> Value? {
        get { values[key.name].flatMap(Value.init(stored:)) }
        set { values[key.name] = newValue?.stored }
    }

    /// These attributes with `value` under `key` (or without `key`, when `value` is `nil`).
    @inlinable public func setting<Value>(_ key: EntityAttributeKey<Value>, to value: Value?) -> EntityAttributes {
        var copy = self
        copy[key] = value
        return copy
    }

    /// Whether there are none.
    public var isEmpty: Bool { values.isEmpty }

    /// `name=value` pairs in the order of their names, lists joined by `|`: `number=1718, year=2006`.
    public var description: String {
        values.keys.sorted().map { name in
            switch values[name]! {
            case .text(let text): "\(name)=\(text)"
            case .list(let items): "\(name)=\(items.joined(separator: "|"))"
            }
        }.joined(separator: ", ")
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: NameKey.self)
        var values: [String: Stored] = [:]
        for key in c.allKeys {
            if let items = try? c.decode([String].self, forKey: key) {
                values[key.stringValue] = .list(items)
            } else {
                values[key.stringValue] = .text(try c.decode(String.self, forKey: key))
            }
        }
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: NameKey.self)
        for name in values.keys.sorted() {
            switch values[name]! {
            case .text(let text): try c.encode(text, forKey: NameKey(name))
            case .list(let items): try c.encode(items, forKey: NameKey(name))
            }
        }
    }
}
