import Foundation

/// Checks JSON values against a JSON Schema (draft 2020-12), for the keywords WIBKit's schema
/// uses: `$ref` (to `#/$defs/…`), `oneOf`, `type`, `const`, `enum`, `properties`, `required`,
/// `additionalProperties`, `items`, `pattern`, `minimum`, `maximum`, `minLength`. An unknown
/// keyword is reported, so the schema cannot silently use one this does not check.
public struct JSONSchemaValidator {
    private let root: [String: Any]
    private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]

    /// A validator for the schema in `data`.
    public init(schema data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CocoaError(.propertyListReadCorrupt) }
        self.root = root
    }

    /// Every violation of the schema by `data` (a JSON document), as `path: what`; empty when valid.
    public func errors(in data: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        return check(value, against: root, at: "$")
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        var errors: [String] = []
        for (keyword, rule) in schema {
            switch keyword {
            case "$ref":
                guard let reference = rule as? String, let target = resolve(reference) else { errors.append("\(path): cannot resolve \(rule)"); continue }
                errors += check(value, against: target, at: path)
            case "oneOf":
                let results = (rule as? [[String: Any]] ?? []).map { check(value, against: $0, at: path) }
                let passing = results.filter(\.isEmpty).count
                if passing != 1 { errors.append("\(path): matches \(passing) of the oneOf schemas, not exactly one") }
                // The nearest miss says what is wrong.
                if passing == 0, let nearest = results.min(by: { $0.count < $1.count }) { errors += nearest }
            case "type":
                let types = (rule as? [String]) ?? [rule as? String ?? ""]
                if !types.contains(where: { JSONSchemaValidator.value(value, is: $0) }) { errors.append("\(path): is not of type \(types.joined(separator: " or "))") }
            case "const":
                if !JSONSchemaValidator.equal(value, rule) { errors.append("\(path): is not \(rule)") }
            case "enum":
                if !(rule as? [Any] ?? []).contains(where: { JSONSchemaValidator.equal(value, $0) }) { errors.append("\(path): is not one of \(rule)") }
            case "properties", "additionalProperties", "required":
                guard let object = value as? [String: Any] else { continue }
                errors += checkObject(object, keyword: keyword, rule: rule, schema: schema, at: path)
            case "items":
                guard let array = value as? [Any], let itemSchema = rule as? [String: Any] else { continue }
                for (index, item) in array.enumerated() { errors += check(item, against: itemSchema, at: "\(path)[\(index)]") }
            case "pattern":
                guard let string = value as? String, let pattern = rule as? String else { continue }
                if string.range(of: pattern, options: .regularExpression) == nil { errors.append("\(path): “\(string)” does not match \(pattern)") }
            case "minimum", "maximum":
                guard let number = JSONSchemaValidator.number(value), let bound = (rule as? NSNumber)?.doubleValue else { continue }
                if keyword == "minimum" ? number < bound : number > bound { errors.append("\(path): \(number) is outside \(keyword) \(bound)") }
            case "minLength":
                if let string = value as? String, string.count < (rule as? Int ?? 0) { errors.append("\(path): is shorter than \(rule)") }
            default:
                if !JSONSchemaValidator.annotations.contains(keyword) { errors.append("\(path): the schema uses '\(keyword)', which this validator does not check") }
            }
        }
        return errors
    }

    private func checkObject(_ object: [String: Any], keyword: String, rule: Any, schema: [String: Any], at path: String) -> [String] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        switch keyword {
        case "properties":
            return properties.sorted { $0.key < $1.key }.flatMap { key, propertySchema in
                object[key].map { check($0, against: propertySchema, at: "\(path).\(key)") } ?? []
            }
        case "required":
            return (rule as? [String] ?? []).filter { object[$0] == nil }.map { "\(path): is missing \($0)" }
        default:
            let extra = object.keys.filter { properties[$0] == nil }.sorted()
            if let allowed = rule as? Bool { return allowed || extra.isEmpty ? [] : ["\(path): has unexpected keys \(extra)"] }
            guard let extraSchema = rule as? [String: Any] else { return [] }
            return extra.flatMap { key in object[key].map { check($0, against: extraSchema, at: "\(path).\(key)") } ?? [] }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/$defs/") else { return nil }
        return (root["$defs"] as? [String: Any])?[String(reference.dropFirst("#/$defs/".count))] as? [String: Any]
    }

    private static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer": return !isBoolean(value) && number(value).map { $0 == $0.rounded() } == true
        case "number": return !isBoolean(value) && number(value) != nil
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func number(_ value: Any) -> Double? {
        guard !(value is String), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (is NSNull, is NSNull): return true
        case (let x as String, let y as String): return x == y
        case (let x as NSNumber, let y as NSNumber): return isBoolean(x) == isBoolean(y) && x == y
        default: return false
        }
    }
}
