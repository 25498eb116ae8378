/// Guesses the charset of input bytes that are not UTF-8 and carry no byte order mark.
///
/// ICU's detector (`CharsetDetector`) comes first. It has no recogniser for windows-1258, the
/// Vietnamese code page, and reads it as a weak Latin guess (`windows-1252` at 15–40%), so a
/// windows-1258 test runs beside it: windows-1258 writes the five tone marks as combining bytes
/// (`0xCC` grave, `0xEC` acute, `0xD2` hook above, `0xDE` tilde, `0xF2` dot below) right after a
/// vowel, a pattern Western text in a Latin code page almost never has (`Ò` or `ì` after a vowel).
///
/// ```swift
/// EncodingDetector.detect(windows1258Bytes)   // Detection(charset: "windows-1258", confidence: 90)
/// EncodingDetector.detect([0x44, 0xC3, 0x28]) // nil: too little to tell, the input stays an error
/// ```
enum EncodingDetector {
    /// A charset chosen for some bytes.
    struct Detection: Equatable {
        /// A name ICU's converters know.
        let charset: String
        /// 0 to 100.
        let confidence: Int
    }

    /// ICU guesses below this confidence are not trusted.
    static let minimumConfidence = 50
    /// ICU guesses on fewer bytes than this are not trusted (ICU reads 4 bytes as Latin-1 at 60%).
    static let minimumLength = 64
    /// How much of the input the detectors read.
    static let sampleLength = 65_536

    /// The charset of `bytes`, or nil when no guess is confident enough.
    static func detect(_ bytes: [UInt8]) -> Detection? {
        let sample = bytes.count > sampleLength ? Array(bytes[0..<sampleLength]) : bytes
        if looksLikeDamagedUTF8(sample) { return nil }
        let icu = (try? CharsetDetector.detect(sample)) ?? nil
        if let vietnamese = windows1258(sample) {
            // Only a confident non-Latin verdict (UTF-16, an East Asian charset) overrules it.
            guard let icu, icu.confidence > vietnamese.confidence, !isSingleByteLatin(icu.name) else { return vietnamese }
        }
        guard let icu, icu.confidence >= minimumConfidence, bytes.count >= minimumLength else { return nil }
        return Detection(charset: icu.name, confidence: icu.confidence)
    }

    /// The windows-1258 verdict: at least two tone-mark bytes after vowels, making up at least a
    /// quarter of the non-ASCII bytes, and at least twice as many as tone-mark bytes elsewhere.
    static func windows1258(_ bytes: [UInt8]) -> Detection? {
        var afterVowel = 0, elsewhere = 0, nonASCII = 0
        var previous: UInt8 = 0x20
        for b in bytes {
            if b >= 0x80 {
                nonASCII += 1
                if toneMarkBytes.contains(b) {
                    if vowelBytes.contains(previous) { afterVowel += 1 } else { elsewhere += 1 }
                }
            }
            previous = b
        }
        guard afterVowel >= 2, afterVowel * 4 >= nonASCII, afterVowel >= 2 * elsewhere else { return nil }
        let share = Double(afterVowel) / Double(max(nonASCII, 1))
        return Detection(charset: "windows-1258", confidence: min(100, 60 + Int(share * 80)))
    }

    /// Combining tone marks in windows-1258: grave, acute, hook above, tilde, dot below.
    private static let toneMarkBytes: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
    /// Vowels that take a tone mark, in windows-1258: ASCII `aeiouy` and `â ă ê ô ơ ư`.
    private static let vowelBytes: Set<UInt8> = Set(Array("aeiouyAEIOUY".utf8))
        .union([0xC2, 0xC3, 0xCA, 0xD4, 0xD5, 0xDD, 0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD])

    private static func isSingleByteLatin(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.hasPrefix("iso-8859") || n.hasPrefix("windows-125")
    }

    /// Whether the bytes are UTF-8 with a few faults rather than another charset: at least one valid
    /// multi-byte sequence, and no fewer of them than faults. Such input stays an `invalid_utf8` error
    /// (decoding it as Latin-1 would turn every Vietnamese letter into two wrong ones).
    static func looksLikeDamagedUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, faults = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            var ok = length > 0 && i + length <= bytes.count
            if ok { for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false } }
            if ok { valid += 1; i += length } else { faults += 1; i += 1 }
        }
        return valid > 0 && valid >= faults
    }
}
