import CICU
import Foundation

/// ICU's charset detector (ucsdet): a guess at the charset of bytes that are not UTF-8.
///
/// ICU knows the common Unicode, Latin, Cyrillic, Greek, Arabic, Hebrew and East Asian charsets, but
/// not windows-1258: Vietnamese in windows-1258 comes out as a low-confidence Latin guess
/// (`windows-1252`), which `EncodingDetector` refines.
enum CharsetDetector {
    /// A detected charset.
    struct Match: Equatable {
        /// ICU's name for it (`ISO-8859-1`, `windows-1252`, `UTF-16LE`, `Shift_JIS`).
        let name: String
        /// ICU's confidence, 0 to 100.
        let confidence: Int
    }

    /// The best match for `bytes`, or nil when ICU finds none.
    static func detect(_ bytes: [UInt8]) throws -> Match? {
        if bytes.isEmpty { return nil }
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let found = bytes.withUnsafeBufferPointer { src in
            cicu_detect_charset(src.baseAddress, Int32(src.count), &name, Int32(name.count), &confidence, &status)
        }
        try ICUError.check(status, "charset detection")
        guard found != 0 else { return nil }
        let nameBytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return Match(name: String(decoding: nameBytes, as: UTF8.self), confidence: Int(confidence))
    }
}
