import CLibXML2

/// Parses HTML pages and XML feeds with libxml2, the only code that touches its pointers, and
/// copies the tree into ``MarkupElement`` values.
///
/// Both parsers recover from broken markup and never print. Network access and external entities
/// are off; inputs are at most 64 MiB (``SourceText``), so libxml2's size limits are lifted to
/// keep deep nesting. Elements nested deeper than ``maximumDepth`` keep their text but lose their
/// structure.
public enum MarkupParser {
    /// How deep the copied tree goes.
    public static let maximumDepth = 200

    /// The root element of an HTML page, or `nil` when there is none.
    public static func html(_ text: String) -> MarkupElement? {
        initialised
        // XML_PARSE_HUGE: without it, libxml2 drops everything nested deeper than 255 elements.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | XML_PARSE_HUGE.rawValue)
        return parse(text) { htmlReadMemory($0, $1, nil, "UTF-8", options) }
    }

    /// The root element of an XML document (a feed), or `nil` when there is none.
    public static func xml(_ text: String) -> MarkupElement? {
        initialised
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue)
        return parse(text) { xmlReadMemory($0, $1, nil, "UTF-8", options) }
    }

    /// libxml2 is safe to use from several threads once it is initialised.
    private static let initialised: Void = { xmlInitParser() }()

    private static func parse(_ text: String, with read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> MarkupElement? {
        var text = text
        let document: xmlDocPtr? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress, chars.count < Int(Int32.max) else { return nil }
                return read(base, Int32(chars.count))
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root, depth: 0)
    }

    private static func element(_ node: xmlNodePtr, depth: Int) -> MarkupElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                attributes[String(cString: name)] = current.pointee.children.map(content) ?? ""
            }
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(depth < maximumDepth ? .element(element(current, depth: depth + 1)) : .text(content(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(.text(content(current)))
            default:
                break
            }
            child = current.pointee.next
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
        return MarkupElement(name: name, prefix: prefix, attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }

    /// The text of a node and its descendants, read in place (nothing to free), without recursion.
    private static func content(_ node: xmlNodePtr) -> String {
        var text = ""
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let literal = current.pointee.content { text += String(cString: literal) }
            default:
                var children: [xmlNodePtr] = []
                var child = current.pointee.children
                while let each = child {
                    children.append(each)
                    child = each.pointee.next
                }
                stack += children.reversed()
            }
        }
        return text
    }
}
