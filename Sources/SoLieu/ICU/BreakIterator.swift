import CICU
import Foundation

/// An ICU break iterator, created once and reused for many texts.
///
/// Not thread-safe: each worker owns its own iterators.
final class BreakIterator {
    /// The boundaries ICU finds.
    enum Kind { case word, sentence }

    /// A boundary in UTF-16 units and the rule status of the segment it ends
    /// (ICU: 0–99 none, 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideograph).
    struct Boundary {
        let offset: Int
        let status: Int32
    }

    private let handle: OpaquePointer

    /// Opens an iterator for `locale` (ICU has no Vietnamese rules; the root rules apply).
    init(_ kind: Kind, locale: String = "vi") throws {
        var status: Int32 = 0
        let ckind = kind == .word ? CICU_BREAK_WORD : CICU_BREAK_SENTENCE
        guard let h = cicu_breaker_open(ckind, locale, &status) else {
            throw ICUError(code: status == 0 ? 1 : status, operation: "opening a break iterator")
        }
        handle = h
    }

    deinit { cicu_breaker_close(handle) }

    /// The benchmark reference over UTF-8 bytes, entirely inside ICU (see `ReferenceScanner`).
    func referenceScan(_ utf8: [UInt8]) throws -> Int {
        var status: Int32 = 0
        let work = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cicu_reference_scan(handle, $0.baseAddress, Int32($0.count), &status) }
        }
        try ICUError.check(status, "reference scan")
        return Int(work)
    }

    /// All boundaries after offset 0 of `units`, in order; the last is `units.count`.
    func boundaries(_ units: [UInt16]) throws -> [Boundary] {
        if units.isEmpty { return [] }
        var capacity = units.count / 3 + 16
        while true {
            var offsets = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = units.withUnsafeBufferPointer { src in
                offsets.withUnsafeMutableBufferPointer { o in
                    statuses.withUnsafeMutableBufferPointer { s in
                        cicu_breaker_segment(handle, src.baseAddress, Int32(src.count), o.baseAddress, s.baseAddress,
                                             Int32(capacity), &status)
                    }
                }
            }
            try ICUError.check(status, "break iteration")
            if Int(count) <= capacity {
                var result: [Boundary] = []
                result.reserveCapacity(Int(count))
                for i in 0..<Int(count) { result.append(Boundary(offset: Int(offsets[i]), status: statuses[i])) }
                return result
            }
            capacity = Int(count)
        }
    }
}
