/// Text decoded from an input's bytes, with the encoding used and any problems found.
public struct DecodedText: Sendable {
    /// The text, or nil when the input could not be read as text (an error diagnostic says why).
    public var text: String?
    /// The charset the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1258`, …).
    public var encoding: String?
    public var diagnostics: [Diagnostic]
}

/// Decodes input bytes to text.
///
/// The charset is, in order: the one the caller names (`--encoding`); a UTF-8 or UTF-16 byte order
/// mark; UTF-8 when the bytes are valid UTF-8; the charset an HTML page declares; a confident guess
/// of `EncodingDetector` (ICU's detector, plus a windows-1258 test). Legacy charsets are decoded by
/// ICU's converters. NFC comes later, in `Normalizer` (windows-1258 stores tone marks as combining
/// characters).
///
/// Bytes that cannot be decoded in a known charset become U+FFFD and an `undecodable_bytes` warning
/// with their byte offset. Empty input, binary data (NUL bytes, mostly control characters) and bytes
/// that are neither UTF-8 nor a confidently detected charset (`invalid_utf8`) give an error
/// diagnostic and no text.
///
/// ```swift
/// InputDecoder.decode(Array("Chi bộ".utf8)).encoding            // "utf-8"
/// InputDecoder.decode(cp1258Bytes).encoding                      // "windows-1258"
/// InputDecoder.decode(latin1Bytes, encoding: "iso-8859-1").text  // decoded as asked
/// ```
public enum InputDecoder {
    /// How many `undecodable_bytes` warnings one input gets before the rest are summed up.
    static let maximumFaultWarnings = 8

    /// Decodes `bytes`.
    /// - Parameters:
    ///   - encoding: a charset name that overrides detection (any name ICU knows).
    ///   - declared: the charset the document itself declares (an HTML `<meta charset>`), used
    ///     when the bytes are not UTF-8.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil, declared: String? = nil) -> DecodedText {
        if bytes.isEmpty { return failure(nil, "empty_input", "the input is empty", offset: 0) }
        if let encoding {
            guard let converter = try? Converter(encoding) else {
                return failure(nil, "unknown_encoding", "ICU has no converter for the encoding \"\(encoding)\"", offset: nil)
            }
            // A byte order mark of the named encoding is not text.
            let bom = byteOrderMark(bytes).flatMap { $0.0.lowercased() == converter.name ? $0.1 : nil } ?? 0
            return checked(convert(bytes, with: converter, from: bom))
        }
        if let (charset, length) = byteOrderMark(bytes), let converter = try? Converter(charset) {
            return checked(convert(bytes, with: converter, from: length))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return failure(nil, "binary_input", "the input holds NUL bytes: it is binary data, not text", offset: nul)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return checked(DecodedText(text: text, encoding: "utf-8", diagnostics: []), utf8: bytes)
        }
        if let declared, !["utf-8", "utf8"].contains(declared.lowercased()), let converter = try? Converter(declared) {
            return checked(convert(bytes, with: converter))
        }
        if let detection = EncodingDetector.detect(bytes), let converter = try? Converter(detection.charset) {
            var decoded = convert(bytes, with: converter)
            decoded.diagnostics.insert(Diagnostic(.warning, "detected_encoding",
                "the input is not UTF-8; read as \(converter.name) (detected, confidence \(detection.confidence)%)"), at: 0)
            return checked(decoded)
        }
        let bad = firstInvalidUTF8(bytes[...]) ?? 0
        return failure(nil, "invalid_utf8",
                       "the input is not valid UTF-8 (first bad byte at offset \(bad)) and its encoding could not be detected; name it with --encoding",
                       offset: bad)
    }

    /// Whether ICU knows the charset `name`.
    public static func isKnownEncoding(_ name: String) -> Bool { (try? Converter(name)) != nil }

    /// Offset of the first byte that breaks UTF-8, or nil when the bytes are valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): consumed += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return bytes.startIndex + consumed
            }
        }
    }

    /// The charset and length of a UTF-8 or UTF-16 byte order mark at the start of `bytes`.
    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// Decodes `bytes[start...]` with `converter`; faults become warnings with byte offsets into `bytes`.
    private static func convert(_ bytes: [UInt8], with converter: Converter, from start: Int = 0) -> DecodedText {
        let decoded: Converter.Decoded
        do { decoded = try converter.decode(bytes[start...]) } catch {
            return failure(converter.name, "decoding_failed", "\(error)", offset: nil)
        }
        var diagnostics: [Diagnostic] = []
        for offset in decoded.badOffsets.prefix(maximumFaultWarnings) {
            diagnostics.append(Diagnostic(.warning, "undecodable_bytes",
                "bytes at offset \(start + offset) are not valid \(converter.name); replaced by U+FFFD", offset: start + offset))
        }
        if decoded.badCount > maximumFaultWarnings {
            diagnostics.append(Diagnostic(.warning, "undecodable_bytes",
                "\(decoded.badCount - maximumFaultWarnings) more undecodable byte sequences replaced by U+FFFD", offset: nil))
        }
        return DecodedText(text: decoded.text, encoding: converter.name, diagnostics: diagnostics)
    }

    /// `checked(decoded)` for text read as UTF-8 from `bytes`, decided on the bytes when they show at
    /// once that the text is neither binary nor blank: few control bytes and a printable ASCII
    /// character (in UTF-8 every scalar below U+0080 is its own byte).
    private static func checked(_ decoded: DecodedText, utf8 bytes: [UInt8]) -> DecodedText {
        var controls = 0, printable = 0
        bytes.withUnsafeBufferPointer { b in
            for byte in b {
                controls &+= byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 ? 1 : 0
                printable |= byte &- 0x21 < 0x5E ? 1 : 0
            }
        }
        return controls <= 16 && printable != 0 ? decoded : checked(decoded)
    }

    /// `decoded` unless its text is binary data or blank, which become errors.
    private static func checked(_ decoded: DecodedText) -> DecodedText {
        guard let text = decoded.text else { return decoded }
        var result = decoded
        var controls = 0, scalars = 0, blank = true, nul = false
        for s in text.unicodeScalars {
            scalars += 1
            if s.value < 0x20 && s != "\n" && s != "\r" && s != "\t" {
                controls += 1
                if s.value == 0 { nul = true }
            }
            if blank && !s.isWhitespace && s != "\u{FEFF}" { blank = false }
        }
        if nul {
            result.text = nil
            result.diagnostics.append(Diagnostic(.error, "binary_input", "the input holds NUL characters: it is binary data, not text"))
        } else if controls > 16 && controls * 20 > scalars {
            result.text = nil
            result.diagnostics.append(Diagnostic(.error, "binary_input", "the input is mostly control characters: it is binary data, not text"))
        } else if blank {
            result.text = nil
            result.diagnostics.append(Diagnostic(.error, "empty_input", "the input holds only white space", offset: 0))
        }
        return result
    }

    private static func failure(_ encoding: String?, _ code: String, _ message: String, offset: Int?) -> DecodedText {
        DecodedText(text: nil, encoding: encoding, diagnostics: [Diagnostic(.error, code, message, offset: offset)])
    }
}
