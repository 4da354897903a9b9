import Foundation
import WIBCore

/// Reads WIBKit's JSON: one post (`wib convert --to json`) or a corpus
/// (`{"schemaVersion": 1, "posts": [...]}`).
public struct JSONPostReader: Reader {
    /// JSON.
    public static let kind = InputKind.json

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        let data = Data(source.text.utf8)
        do {
            let object = try JSONSerialization.jsonObject(with: data)
            if let dictionary = object as? [String: Any], dictionary["posts"] != nil {
                return try JSONDecoder().decode(Corpus.self, from: data).posts
            }
            return [try JSONDecoder().decode(Post.self, from: data)]
        } catch let error as DecodingError {
            throw .error("not WIBKit JSON: \(JSONPostReader.describe(error))", path: source.path, line: 1)
        } catch {
            let start = source.text.drop { $0.isWhitespace }.prefix(30)
            throw .error("not valid JSON (it starts “\(start)”)", path: source.path, line: 1)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case .keyNotFound(let key, let c): (c, "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let c): (c, "expected \(type)")
        case .valueNotFound(let type, let c): (c, "expected \(type), found null")
        case .dataCorrupted(let c): (c, c.debugDescription)
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? what : "\(what) at \(path)"
    }
}
