import Foundation
import WIBCore
import Yams

/// Front matter as Yams nodes, written by Yams' emitter: the text that `YAMLEncoder` (unlimited
/// width, Unicode allowed) writes for the same values, without the `Codable` round and without
/// running Yams' tag rules (seven regular expressions) on a string that holds a character none of
/// them can match.
///
/// A string is written as `YAMLEncoder` writes it: plain when YAML reads it back as a string,
/// single-quoted when it would read as something else (`true`, `12`, `2024-06-27`, `~`); a key
/// always plain. A mapping keeps its pairs in order.
enum YAMLText {
    /// The bytes that Yams' default tag rules (bool, int, float, merge, null, timestamp, value)
    /// can match: no rule matches a string with another byte.
    private static let resolvableBytes: [Bool] = {
        var bytes = [Bool](repeating: false, count: 256)
        for byte in "0123456789+-._:<~= \t\n\rabcdefilnorstuxyABCDEFILNORSTUYZ".utf8 { bytes[Int(byte)] = true }
        return bytes
    }()
    /// The strings without a digit that a rule reads as other than a string (besides `.inf`,
    /// `.nan` and `._`, which start with a `.`).
    private static let words: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                             "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "", "<<", "="]
    /// The line terminators before which the rules' `$` also matches, at a string's end.
    private static let lineEnds: Set<Unicode.Scalar> = ["\n", "\u{B}", "\u{C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The tags the nodes are made with, made once: Yams makes a new `Constructor` (three
    /// dictionaries) for each `Tag` made with its defaults, which cost more than writing the
    /// node. Sharing them is safe: Yams changes a tag only while resolving an implicit or
    /// non-specific one, and these are neither.
    private nonisolated(unsafe) static let stringTag = Tag(.str)
    private nonisolated(unsafe) static let boolTag = Tag(.bool)
    private nonisolated(unsafe) static let sequenceTag = Tag(.seq)
    private nonisolated(unsafe) static let mappingTag = Tag(.map)

    /// `value` as a scalar: plain, or single-quoted when Yams' rules read it as other than a
    /// string.
    static func string(_ value: String) -> Node {
        isText(value) ? Node(value, stringTag) : .scalar(value.represented())
    }

    /// Whether no rule can read `value` as other than a string, found without running them: it
    /// does not end in a line terminator, and it holds a byte no rule matches, or, without a
    /// digit, it is none of ``words`` and does not start with `.`, `+.` or `-.`. Otherwise Yams'
    /// rules decide.
    private static func isText(_ value: String) -> Bool {
        if let last = value.unicodeScalars.last, lineEnds.contains(last) { return false }
        let utf8 = value.utf8
        if utf8.contains(where: { !resolvableBytes[Int($0)] }) { return true }
        if utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return false }
        let start = Array(utf8.prefix(2))
        if start.first == UInt8(ascii: ".") { return false }
        if start.count == 2, start[1] == UInt8(ascii: "."), start[0] == UInt8(ascii: "+") || start[0] == UInt8(ascii: "-") { return false }
        return !words.contains(value)
    }

    /// A day as `YYYY-MM-DD`, single-quoted as `string` quotes it (YAML reads the bare text as a
    /// timestamp), without running Yams' rules to find that out.
    static func day(_ day: CalendarDate) -> Node {
        .scalar(Node.Scalar(day.description, stringTag, .singleQuoted))
    }

    /// `true` or `false`.
    static func bool(_ value: Bool) -> Node {
        Node(value ? "true" : "false", boolTag)
    }

    /// A list of strings.
    static func strings(_ values: [String]) -> Node {
        sequence(values.map(string))
    }

    /// A list of nodes, written as a block sequence.
    static func sequence(_ nodes: [Node]) -> Node {
        Node(nodes, sequenceTag)
    }

    /// A mapping of `pairs` in order, those whose value is `nil` left out. Keys are plain, as
    /// `YAMLEncoder` writes them (whatever tag YAML would give them, which the emitter does not
    /// write).
    static func mapping(_ pairs: [(key: String, value: Node?)]) -> Node {
        Node(pairs.compactMap { pair in pair.value.map { (Node(pair.key, stringTag), $0) } }, mappingTag)
    }

    /// The YAML document of `node`, as `YAMLEncoder` with `width: -1, allowUnicode: true` writes
    /// it (ending in a line break). Throws Yams' `YamlError` when libyaml cannot write it.
    static func document(_ node: Node) throws -> String {
        try serialize(node: node, width: -1, allowUnicode: true)
    }
}
