import Foundation

/// The speed reference of the benchmark: what ICU alone does to a text — decode UTF-8 to UTF-16,
/// NFC quick check, and word-break iteration with rule statuses — with nothing of SoLieu's own.
///
/// ```swift
/// let scanner = try ReferenceScanner()
/// let boundaries = try scanner.scan(Array("Đảng bộ có 5.971 đảng viên".utf8))
/// ```
public final class ReferenceScanner {
    private let words: BreakIterator

    public init() throws { words = try BreakIterator(.word) }

    /// Scans UTF-8 bytes; returns the number of word boundaries (so the work cannot be optimised away).
    public func scan(_ utf8: [UInt8]) throws -> Int {
        let units = Array(String(decoding: utf8, as: UTF8.self).utf16)
        _ = try ICUText.nfcQuickSpan(units)
        let boundaries = try words.boundaries(units)
        var letters = 0
        for b in boundaries where b.status >= 100 { letters += 1 }
        return boundaries.count + letters
    }
}
