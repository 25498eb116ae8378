/// One input to extract from: raw bytes and where they came from.
public struct InputDocument: Sendable {
    /// The record id: a file name without extension, or `stdin`.
    public var id: String
    /// The path read, or nil for stdin.
    public var path: String?
    /// The raw bytes.
    public var bytes: [UInt8]

    public init(id: String, path: String?, bytes: [UInt8]) {
        self.id = id
        self.path = path
        self.bytes = bytes
    }
}

/// Text decoded from an input's bytes, with the encoding used and any problems found.
public struct DecodedText: Sendable {
    public var text: String?
    public var encoding: String?
    public var diagnostics: [Diagnostic]
}

/// Decodes input bytes: a UTF-8 or UTF-16 byte order mark first, then UTF-8.
///
/// Empty input, binary data (NUL bytes or many control characters) and invalid UTF-8 give an error
/// diagnostic with the byte offset of the first fault and no text.
public enum InputDecoder {
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        if bytes.isEmpty { return DecodedText(text: nil, encoding: nil, diagnostics: [Diagnostic(.error, "empty_input", "the input is empty", offset: 0)]) }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes[3...] }
        if let nul = body.firstIndex(of: 0) {
            return DecodedText(text: nil, encoding: nil, diagnostics: [Diagnostic(.error, "binary_input",
                "the input holds NUL bytes: it is binary data, not text", offset: nul)])
        }
        if let bad = firstInvalidUTF8(body) {
            return DecodedText(text: nil, encoding: nil, diagnostics: [Diagnostic(.error, "invalid_utf8",
                "the input is not valid UTF-8 (first bad byte at offset \(bad))", offset: bad)])
        }
        let text = String(decoding: body, as: UTF8.self)
        let controls = text.unicodeScalars.lazy.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
        if controls > 16 && controls * 20 > text.unicodeScalars.count {
            return DecodedText(text: nil, encoding: nil, diagnostics: [Diagnostic(.error, "binary_input",
                "the input is mostly control characters: it is binary data, not text", offset: nil)])
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return DecodedText(text: nil, encoding: "utf-8", diagnostics: [Diagnostic(.error, "empty_input",
                "the input holds only white space", offset: 0)])
        }
        return DecodedText(text: text, encoding: "utf-8", diagnostics: [])
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the bytes are valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var consumed = 0
        // Track position by re-encoding lengths of decoded scalars.
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                consumed += UTF8.width(s)
                offset = bytes.startIndex + consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var diagnostics: [Diagnostic] = []
        if bytes.count % 2 == 1 {
            diagnostics.append(Diagnostic(.warning, "truncated_utf16", "the UTF-16 input has an odd number of bytes; the last byte is ignored", offset: bytes.count - 1))
        }
        var text = String.UnicodeScalarView()
        var badOffset: Int?
        var it = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): text.append(s); unitIndex += UTF16.width(s)
            case .emptyInput: break loop
            case .error:
                if badOffset == nil { badOffset = 2 + unitIndex * 2 }
                text.append("\u{FFFD}"); unitIndex += 1
            }
        }
        if let badOffset {
            diagnostics.append(Diagnostic(.warning, "invalid_utf16", "lone surrogates replaced by U+FFFD", offset: badOffset))
        }
        let encoding = littleEndian ? "utf-16le" : "utf-16be"
        let s = String(text)
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            diagnostics.append(Diagnostic(.error, "empty_input", "the input holds no text", offset: 0))
            return DecodedText(text: nil, encoding: encoding, diagnostics: diagnostics)
        }
        return DecodedText(text: s, encoding: encoding, diagnostics: diagnostics)
    }
}
