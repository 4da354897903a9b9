import Foundation
import Testing
import WIBCore
import WIBReaders

/// Inputs as editors save them: UTF-16 with and without a byte order mark, windows-1252 and
/// latin-1. What can be read reads exactly as the UTF-8 file would; what cannot is an error that
/// names the line, the byte and the encoding it looks like.
@Suite struct EncodingTests {
    /// A post with curly quotes, an en dash, an ellipsis and accents, all of them in windows-1252.
    static let post = """
        What's In Blue\r
        \r
        Posted Tue 14 Oct 2025\r
        \r
        Yemen: Briefing and Consultations\r
        \r
        Tomorrow morning (15 October), the Security Council will hold a briefing, followed by consultations, on Yemen. Special Envoy Henrik Solberg and OCHA’s Director of Operations Mireille Achebe are expected to brief.\r
        \r
        Members may ask about the detained UN staff – a matter the envoy called “unacceptable” – and about the talks in Côte d’Ivoire…\r
        \r
        Sign up for What's In Blue emails\r

        """
    /// The same post without the characters latin-1 lacks.
    static let latinPost = post.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "…", with: ".")

    func read(_ bytes: [UInt8], path: String = "post.txt", encoding: TextEncoding = .utf8) throws(Diagnostic) -> [Post] {
        try PostReader(encoding: encoding).read(bytes: bytes, path: path)
    }

    func error(_ bytes: [UInt8], encoding: TextEncoding = .utf8) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try read(bytes, encoding: encoding)
            return nil
        } catch {
            return error
        }
    }

    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func windows1252(_ text: String) -> [UInt8] { Array(text.data(using: .windowsCP1252)!) }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16ReadsAsTheUTF8FileDoes(_ bigEndian: Bool, _ mark: Bool) throws {
        let expected = try read(Array(EncodingTests.post.utf8))
        #expect(try read(EncodingTests.utf16(EncodingTests.post, bigEndian: bigEndian, mark: mark)) == expected)
        #expect(expected.first?.body.last?.plainText.hasSuffix("Côte d’Ivoire…") == true)
    }

    @Test func utf16ThatIsCutOffOrBrokenIsAnErrorOnItsLine() {
        let cut = EncodingTests.utf16("Yemen: Briefing\n\nThe Council meets.", bigEndian: false, mark: true).dropLast()
        #expect(error(Array(cut))?.description == "post.txt:3: error: the file is UTF-16 (little-endian) but has an odd number of bytes (71): its last character is cut off")
        let lone = EncodingTests.utf16("Yemen: Briefing\n\nThe Council", bigEndian: false, mark: true) + [0x3D, 0xD8] + EncodingTests.utf16(" meets.", bigEndian: false, mark: false)
        #expect(error(lone)?.description == "post.txt:3: error: the file is not valid UTF-16 (little-endian): the code unit at offset 58 is half of a surrogate pair; save it again as UTF-8")
    }

    @Test func windows1252IsAnErrorThatNamesItAndTheOptionThatReadsIt() throws {
        let bytes = EncodingTests.windows1252(EncodingTests.post)
        let offset = try #require(bytes.firstIndex(of: 0x92))
        #expect(error(bytes)?.description == "post.txt:7: error: the file is not valid UTF-8 (byte 0x92 at offset \(offset)); it looks like windows-1252 (Windows' “ANSI”, with curly quotes and dashes in bytes 0x80–0x9F): read it with --encoding windows-1252 (in wib.yml: encoding: windows-1252), or save it as UTF-8")
        #expect(try read(bytes, encoding: .windows1252) == read(Array(EncodingTests.post.utf8)))
    }

    @Test func latin1IsAnErrorThatNamesItAndTheOptionThatReadsIt() throws {
        let bytes = Array(EncodingTests.latinPost.data(using: .isoLatin1)!)
        let offset = try #require(bytes.firstIndex(of: 0xF4))
        #expect(error(bytes)?.description == "post.txt:9: error: the file is not valid UTF-8 (byte 0xF4 at offset \(offset)); it looks like latin-1 (ISO 8859-1): read it with --encoding latin-1 (in wib.yml: encoding: latin-1), or save it as UTF-8")
        let expected = try read(Array(EncodingTests.latinPost.utf8))
        #expect(try read(bytes, encoding: .latin1) == expected)
        #expect(try read(bytes, encoding: .windows1252) == expected, "windows-1252 is latin-1 outside 0x80–0x9F")
    }

    @Test func anEncodingNamedNeverChangesAFileThatIsUTF8OrMarked() throws {
        let utf8 = Array(EncodingTests.post.utf8)
        let expected = try read(utf8)
        for encoding in TextEncoding.allCases {
            #expect(try read(utf8, encoding: encoding) == expected, "\(encoding)")
            #expect(try read([0xEF, 0xBB, 0xBF] + utf8, encoding: encoding) == expected, "\(encoding)")
            #expect(try read(EncodingTests.utf16(EncodingTests.post, bigEndian: true, mark: true), encoding: encoding) == expected, "\(encoding)")
        }
    }

    @Test func bytesNoEncodingExplainsAreErrorsToo() {
        let mixed = Array("Yemen: Briefing\n\nThe “Council” meets ".utf8) + [0x93] + Array("today.\n".utf8)
        #expect(error(mixed)?.message.hasSuffix("it mixes UTF-8 with bytes of another encoding, so no one encoding reads all of it; save it again as UTF-8") == true)
        #expect(error([0xEF, 0xBB, 0xBF] + Array("Yemen\n\nThe Council ".utf8) + [0xE9])?.description
                == "post.txt:3: error: the file starts with a UTF-8 byte order mark but is not valid UTF-8 (byte 0xE9 at offset 22); save it again as UTF-8")
        let undefined = Array("Yemen: Briefing\n\nThe Council ".utf8) + [0x81] + Array(" meets.\n".utf8)
        #expect(error(undefined, encoding: .windows1252)?.description == "post.txt:3: error: byte 0x81 at offset 29 is no character in windows-1252, so the file is in another encoding; try --encoding latin-1")
    }

    @Test func binaryDataStaysBinaryWhateverTheEncoding() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        for encoding in [TextEncoding.utf8, .windows1252, .latin1] {
            #expect(error(png, encoding: encoding)?.description == "post.txt:3: error: the file contains NUL bytes: it looks like binary data, not a post", "\(encoding)")
        }
    }

    @Test func utf16NamedReadsAFileWithFewNULBytes() throws {
        // Text in a script without ASCII letters has NUL bytes in UTF-16 only in its spaces and
        // line ends, too few to show it is UTF-16: the encoding named reads it.
        let sentence = "Совет Безопасности проведёт брифинг по Йемену. "
        let text = "Йемен: Брифинг\n\n" + String(repeating: sentence, count: 5) + "Council.\n"
        let bytes = EncodingTests.utf16(text, bigEndian: true, mark: false)
        #expect(error(bytes)?.message.hasPrefix("the file contains NUL bytes") == true)
        #expect(try read(bytes, encoding: .utf16BigEndian).first?.metadata.title == "Йемен: Брифинг")
        #expect(try read(bytes, encoding: .utf16).first?.metadata.title == "Йемен: Брифинг", "the NUL bytes fall in the even bytes: big-endian")
    }

    @Test func encodingsHaveTheNamesPeopleUse() {
        #expect(TextEncoding.allCases.map(\.rawValue) == ["utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1252", "latin-1"])
        for (name, encoding) in [("UTF-8", TextEncoding.utf8), ("utf8", .utf8), ("UTF-16LE", .utf16LittleEndian), ("cp1252", .windows1252),
                                 ("Windows-1252", .windows1252), ("ISO-8859-1", .latin1), ("latin1", .latin1)] {
            #expect(TextEncoding(name: name) == encoding, "\(name)")
        }
        #expect(TextEncoding(name: "shift-jis") == nil)
    }
}
