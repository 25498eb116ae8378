import Foundation

/// The speed reference of the benchmark: what ICU alone does to a text — decode UTF-8 to UTF-16,
/// NFC quick check, and word-break iteration with rule statuses — with nothing of SoLieu's own,
/// the loop kept inside C as the measurements in `icu-on-this-machine.md` were.
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
        try words.referenceScan(utf8)
    }
}
