/// An element of an HTML page or an XML feed: its name, attributes, children and source line.
public struct MarkupElement: Sendable, Hashable {
    /// The local name, lower-cased for HTML (`p`, `div`; `encoded` for `content:encoded`).
    public var name: String
    /// The namespace prefix (`content`, `dc`), if any.
    public var prefix: String?
    /// The attributes, by name.
    public var attributes: [String: String]
    /// The children, in order.
    public var children: [MarkupNode]
    /// The line the element starts on.
    public var line: Int

    /// Creates an element.
    public init(name: String, prefix: String? = nil, attributes: [String: String] = [:], children: [MarkupNode] = [], line: Int = 1) {
        self.name = name
        self.prefix = prefix
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The text of every descendant, in order.
    public var text: String {
        children.map(\.text).joined()
    }

    /// The element children.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The classes of its `class` attribute.
    public var classes: [String] {
        (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Every descendant element (not this one) that `matches`, in document order.
    public func descendants(where matches: (MarkupElement) -> Bool) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = Array(elements.reversed())
        while let element = stack.popLast() {
            if matches(element) { found.append(element) }
            stack += element.elements.reversed()
        }
        return found
    }

    /// The first descendant element that `matches`.
    public func first(where matches: (MarkupElement) -> Bool) -> MarkupElement? {
        var stack = Array(elements.reversed())
        while let element = stack.popLast() {
            if matches(element) { return element }
            stack += element.elements.reversed()
        }
        return nil
    }

    /// The first descendant element named `name`.
    public func first(named name: String) -> MarkupElement? {
        first { $0.name == name }
    }

    /// The direct children named `name`.
    public func children(named name: String) -> [MarkupElement] {
        elements.filter { $0.name == name }
    }
}
