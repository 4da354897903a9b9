import Foundation
import WIBCore

/// Turns an input's bytes into UTF-8 for ``SourceText``, in this order:
/// 1. a byte order mark decides: UTF-8, UTF-16 little-endian (Word's "Unicode text", Notepad's
///    "Unicode"), UTF-16 big-endian; the mark is dropped;
/// 2. text whose NUL bytes fall in every other byte is UTF-16 without a mark (as some tools
///    write it), when it decodes to text without control characters;
/// 3. valid UTF-8 is UTF-8 (and other bytes with NULs among them binary data, which
///    ``SourceText`` refuses);
/// 4. anything else is read in the fallback ``TextEncoding``, or, when that is UTF-8, is an error
///    that names the encoding it looks like (windows-1252 when its stray bytes include
///    0x80–0x9F, the curly quotes and dashes of Windows' "ANSI"; latin-1 otherwise; none when
///    it mixes UTF-8 with other bytes) and the option that reads it.
///
/// Errors name the line and the byte offset in the file.
enum InputDecoding {
    /// How many bytes at the start are looked at for UTF-16's NUL bytes.
    private static let sampleBytes = 4096

    /// `bytes` as UTF-8, without a byte order mark.
    static func utf8(_ bytes: [UInt8], path: String, fallback: TextEncoding) throws(Diagnostic) -> ArraySlice<UInt8> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = bytes[3...]
            if let bad = firstInvalidUTF8(rest) {
                throw .error("the file starts with a UTF-8 byte order mark but is not valid UTF-8 (\(describe(bad, in: bytes))); save it again as UTF-8",
                             path: path, line: line(at: bad, in: bytes))
            }
            return rest
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes[2...], bigEndian: false, path: path, bytes: bytes) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes[2...], bigEndian: true, path: path, bytes: bytes) }
        let sample = bytes.prefix(sampleBytes)
        if sample.contains(0), let bigEndian = utf16ByteOrder(sample) {
            let text = try utf16(bytes[...], bigEndian: bigEndian, path: path, bytes: bytes)
            if isText(text) { return text }
        }
        let hasNUL = bytes.contains(0)
        let bad = hasNUL ? nil : firstInvalidUTF8(bytes[...])
        if fallback.isUTF16, hasNUL || bad != nil {
            let zeros = nulBytes(sample)
            let bigEndian = fallback == .utf16BigEndian || (fallback == .utf16 && zeros.even > zeros.odd)
            return try utf16(bytes[...], bigEndian: bigEndian, path: path, bytes: bytes)
        }
        // NUL bytes that are not UTF-16 are binary data, which SourceText reports on their line.
        guard let bad else { return bytes[...] }
        switch fallback {
        case .windows1252:
            guard let text = String(data: Data(bytes), encoding: .windowsCP1252) else {
                let undefined = bytes.firstIndex { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) } ?? bad
                throw .error("byte 0x\(hex(bytes[undefined])) at offset \(undefined) is no character in windows-1252, so the file is in another encoding; try --encoding latin-1",
                             path: path, line: line(at: undefined, in: bytes))
            }
            return Array(text.utf8)[...]
        case .latin1:
            guard let text = String(data: Data(bytes), encoding: .isoLatin1) else {
                throw .error("the file cannot be read as latin-1", path: path, line: line(at: bad, in: bytes))
            }
            return Array(text.utf8)[...]
        default:
            throw .error("the file is not valid UTF-8 (\(describe(bad, in: bytes))); \(advice(for: bytes))", path: path, line: line(at: bad, in: bytes))
        }
    }

    /// What to do with `bytes`, which are not UTF-8: the encoding they look like and how to read it.
    private static func advice(for bytes: [UInt8]) -> String {
        var stray: [UInt8] = []
        var multibyte = false
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        scan: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                multibyte = multibyte || encoded.count > 1
                offset += encoded.count
            case .error(let length):
                stray += bytes[offset..<offset + length]
                offset += length
            case .emptyInput:
                break scan
            }
        }
        if multibyte {
            return "it mixes UTF-8 with bytes of another encoding, so no one encoding reads all of it; save it again as UTF-8"
        }
        let (encoding, why) = stray.contains(where: { (0x80...0x9F).contains($0) })
            ? (TextEncoding.windows1252, "windows-1252 (Windows' “ANSI”, with curly quotes and dashes in bytes 0x80–0x9F)")
            : (TextEncoding.latin1, "latin-1 (ISO 8859-1)")
        return "it looks like \(why): read it with --encoding \(encoding.rawValue) (in wib.yml: encoding: \(encoding.rawValue)), or save it as UTF-8"
    }

    /// The byte order that the NUL bytes of `sample` show: `false` little-endian (NULs in the odd
    /// bytes, in a quarter of the code units or more), `true` big-endian (in the even ones);
    /// `nil` when they show neither, as in binary data.
    private static func utf16ByteOrder(_ sample: ArraySlice<UInt8>) -> Bool? {
        let zeros = nulBytes(sample)
        let units = sample.count / 2
        if zeros.odd * 4 >= units, zeros.even * 10 <= zeros.odd { return false }
        if zeros.even * 4 >= units, zeros.odd * 10 <= zeros.even { return true }
        return nil
    }

    /// How many NUL bytes `sample` has at even and at odd offsets.
    private static func nulBytes(_ sample: ArraySlice<UInt8>) -> (even: Int, odd: Int) {
        var zeros = (even: 0, odd: 0)
        for (index, byte) in zip(0..., sample) where byte == 0 {
            if index & 1 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        return zeros
    }

    /// Whether `utf8` holds no control characters but tab, line feed, form feed and carriage return.
    private static func isText(_ utf8: ArraySlice<UInt8>) -> Bool {
        !utf8.contains { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }
    }

    /// `units` (the UTF-16 bytes of `bytes`, the whole file) as UTF-8.
    private static func utf16(_ units: ArraySlice<UInt8>, bigEndian: Bool, path: String, bytes: [UInt8]) throws(Diagnostic) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        let whole = units.dropLast(units.count % 2)
        let codeUnits = stride(from: whole.startIndex, to: whole.endIndex, by: 2).lazy.map { index -> UInt16 in
            let (high, low): (UInt8, UInt8) = bigEndian ? (whole[index], whole[index + 1]) : (whole[index + 1], whole[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        var iterator = codeUnits.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        var offset = whole.startIndex
        var line = 1
        let order = bigEndian ? "big-endian" : "little-endian"
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar == "\n" { line += 1 }
                Unicode.UTF8.encode(scalar) { out.append($0) }
                offset += 2 * encoded.count
            case .error:
                throw .error("the file is not valid UTF-16 (\(order)): the code unit at offset \(offset) is half of a surrogate pair; save it again as UTF-8",
                             path: path, line: line)
            case .emptyInput:
                guard whole.count == units.count else {
                    throw .error("the file is UTF-16 (\(order)) but has an odd number of bytes (\(bytes.count)): its last character is cut off", path: path, line: line)
                }
                return out[...]
            }
        }
    }

    /// The offset of the first byte of `bytes` that is not part of valid UTF-8 (an index into
    /// `bytes`). ASCII bytes are passed over as they come; each other character is parsed.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            if bytes[offset] < 0x80 {
                offset += 1
                continue
            }
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[offset...].makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
        return nil
    }

    /// "byte 0x93 at offset 120".
    private static func describe(_ offset: Int, in bytes: [UInt8]) -> String {
        "byte 0x\(hex(bytes[offset])) at offset \(offset)"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// The 1-based line of the byte at `offset` (LF, CRLF and a lone CR each end a line).
    private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 10 || (bytes[index] == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10)) { line += 1 }
        }
        return line
    }
}
