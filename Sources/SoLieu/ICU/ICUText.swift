import CICU
import Foundation

/// Unicode text services of the system ICU, over UTF-16 buffers.
///
/// This is the only Swift code besides `BreakIterator` that calls into `CICU`.
enum ICUText {
    /// Normalises UTF-16 code units to NFC. Text already in NFC is returned as is.
    static func nfc(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return units }
        var status: Int32 = 0
        let span = units.withUnsafeBufferPointer { cicu_nfc_quick_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        if Int(span) == units.count { return units }
        var capacity = units.count + units.count / 2 + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_nfc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
            try ICUError.check(status, "NFC normalisation")
            if Int(needed) <= capacity {
                out.removeLast(capacity - Int(needed))
                return out
            }
            capacity = Int(needed) + 16
        }
    }

    /// Decomposes UTF-16 code units to NFD.
    static func nfd(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return units }
        var capacity = units.count * 4 + 8
        while true {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_nfd(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
            try ICUError.check(status, "NFD normalisation")
            if Int(needed) <= capacity {
                out.removeLast(capacity - Int(needed))
                return out
            }
            capacity = Int(needed) + 8
        }
    }

    /// Length of the prefix of `units` that is certainly NFC (ICU's quick check).
    static func nfcQuickSpan(_ units: [UInt16]) throws -> Int {
        var status: Int32 = 0
        let span = units.withUnsafeBufferPointer { cicu_nfc_quick_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        return Int(span)
    }

    /// Lower-cases UTF-16 code units with the Vietnamese rules of ICU.
    static func lowercase(_ units: [UInt16], locale: String = "vi") throws -> [UInt16] {
        if units.isEmpty { return units }
        var status: Int32 = 0
        var capacity = units.count + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_lowercase(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), locale, &status)
                }
            }
            try ICUError.check(status, "lower-casing")
            if Int(needed) <= capacity {
                out.removeLast(capacity - Int(needed))
                return out
            }
            capacity = Int(needed) + 8
        }
    }
}
