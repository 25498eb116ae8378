import CICU
import Foundation

/// Unicode text services of the system ICU, over UTF-16 buffers.
///
/// This is the only Swift code besides `BreakIterator` that calls into `CICU`.
enum ICUText {
    /// A C function of the shim that writes UTF-16 into a buffer and returns the length it needs.
    private typealias Transform = (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32,
                                   UnsafeMutablePointer<Int32>) -> Int32

    /// Runs `transform` over `units` into a buffer of `capacity`, again with the size it asks for
    /// when that was too small.
    private static func transformed(_ units: [UInt16], capacity initial: Int, _ operation: String,
                                    _ transform: Transform) throws -> [UInt16] {
        var capacity = initial
        while true {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    transform(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
            try ICUError.check(status, operation)
            if Int(needed) <= capacity {
                out.removeLast(capacity - Int(needed))
                return out
            }
            capacity = Int(needed) + 16
        }
    }

    /// Normalises UTF-16 code units to NFC. Text already in NFC is returned as is.
    static func nfc(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return units }
        if try nfcQuickSpan(units) == units.count { return units }
        return try transformed(units, capacity: units.count + units.count / 2 + 16, "NFC normalisation") {
            cicu_nfc($0, $1, $2, $3, $4)
        }
    }

    /// Decomposes UTF-16 code units to NFD.
    static func nfd(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return units }
        return try transformed(units, capacity: units.count * 4 + 8, "NFD normalisation") { cicu_nfd($0, $1, $2, $3, $4) }
    }

    /// Length of the prefix of `units` that is certainly NFC (ICU's quick check).
    static func nfcQuickSpan(_ units: [UInt16]) throws -> Int {
        var status: Int32 = 0
        let span = units.withUnsafeBufferPointer { cicu_nfc_quick_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        return Int(span)
    }

    /// The Word_Break property value of `codePoint` ("ALetter", "MidNumLet", …).
    static func wordBreak(_ codePoint: UInt32) -> String {
        String(cString: cicu_word_break_name(Int32(bitPattern: codePoint)))
    }

    /// The Sentence_Break property value of `codePoint` ("ATerm", "Close", …).
    static func sentenceBreak(_ codePoint: UInt32) -> String {
        String(cString: cicu_sentence_break_name(Int32(bitPattern: codePoint)))
    }

    /// Whether `codePoint` is Extended_Pictographic.
    static func isExtendedPictographic(_ codePoint: UInt32) -> Bool {
        cicu_is_extended_pictographic(Int32(bitPattern: codePoint)) != 0
    }

    /// Lower-cases UTF-16 code units with the Vietnamese rules of ICU.
    static func lowercase(_ units: [UInt16], locale: String = "vi") throws -> [UInt16] {
        if units.isEmpty { return units }
        return try transformed(units, capacity: units.count + 8, "lower-casing") {
            cicu_lowercase($0, $1, $2, $3, locale, $4)
        }
    }
}
