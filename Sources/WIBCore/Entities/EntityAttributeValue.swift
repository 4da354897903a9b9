/// A type that entity attributes can hold: how its values are stored in ``EntityAttributes`` and
/// written in JSON.
///
/// Strings, integers, ``CalendarDate``s, lists of strings and enumerations with `String` raw
/// values conform; for an enumeration of your own, declare the conformance and nothing else:
/// `extension Stage: EntityAttributeValue {}`.
public protocol EntityAttributeValue: Sendable {
    /// The value stored as `stored`, or `nil` when `stored` is not one.
    init?(stored: EntityAttributes.Stored)
    /// The value as stored.
    var stored: EntityAttributes.Stored { get }
}

extension String: EntityAttributeValue {
    /// Text; `nil` for a list.
    public init?(stored: EntityAttributes.Stored) {
        guard case .text(let text) = stored else { return nil }
        self = text
    }

    /// The text.
    public var stored: EntityAttributes.Stored { .text(self) }
}

extension Int: EntityAttributeValue {
    /// Decimal digits (`"1718"`); `nil` for other text or a list.
    public init?(stored: EntityAttributes.Stored) {
        guard case .text(let text) = stored, let value = Int(text) else { return nil }
        self = value
    }

    /// Its decimal digits.
    public var stored: EntityAttributes.Stored { .text(String(self)) }
}

extension CalendarDate: EntityAttributeValue {
    /// An ISO 8601 date (`"2006-10-14"`); `nil` for other text or a list.
    public init?(stored: EntityAttributes.Stored) {
        guard case .text(let text) = stored, let date = CalendarDate(iso: text) else { return nil }
        self = date
    }

    /// Its ISO 8601 form.
    public var stored: EntityAttributes.Stored { .text(description) }
}

extension Array: EntityAttributeValue where Element == String {
    /// A list; text, as JSON written before lists were arrays has it, is split at commas.
    public init?(stored: EntityAttributes.Stored) {
        switch stored {
        case .list(let items): self = items
        case .text(let text): self = text.split(separator: ",").map(String.init)
        }
    }

    /// The list.
    public var stored: EntityAttributes.Stored { .list(self) }
}

extension EntityAttributeValue where Self: RawRepresentable, RawValue == String {
    /// The case whose raw value is the text; `nil` for other text or a list.
    public init?(stored: EntityAttributes.Stored) {
        guard case .text(let text) = stored, let value = Self(rawValue: text) else { return nil }
        self = value
    }

    /// The raw value.
    public var stored: EntityAttributes.Stored { .text(rawValue) }
}
