import Foundation

/// A problem in a lexicon file, with where it is.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The file name (`units.tsv`).
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong.
    public let message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// One data line of a lexicon TSV file: its fields and where it came from.
public struct LexiconRow: Sendable {
    /// Tab-separated fields, trimmed.
    public let fields: [String]
    /// The file name.
    public let file: String
    /// The 1-based line number.
    public let line: Int

    /// Field `i`, or an error naming the file and line when it is missing or empty.
    public func field(_ i: Int, _ name: String) throws -> String {
        guard i < fields.count, !fields[i].isEmpty else {
            throw LexiconError(file: file, line: line, message: "missing column \(i + 1) (\(name))")
        }
        return fields[i]
    }

    /// Field `i` when present and not empty.
    public func optionalField(_ i: Int) -> String? {
        i < fields.count && !fields[i].isEmpty ? fields[i] : nil
    }

    /// An error at this row.
    public func error(_ message: String) -> LexiconError { LexiconError(file: file, line: line, message: message) }
}

/// `s` without spaces at its ends.
private func trim(_ s: Substring) -> Substring {
    var t = s
    while let c = t.first, c == " " || c == "\u{00A0}" { t = t.dropFirst() }
    while let c = t.last, c == " " || c == "\u{00A0}" { t = t.dropLast() }
    return t
}

/// Reads lexicon TSV text: one entry per line, tab-separated columns, `#` starts a comment line,
/// blank lines ignored.
public enum LexiconFile {
    /// The data rows of `text`.
    public static func rows(_ text: String, file: String) -> [LexiconRow] {
        byteRows(text, file: file) ?? characterRows(text, file: file)
    }

    /// The first column of the rows of a bundled lexicon file whose second column is `kind`
    /// (`page_chrome.tsv` headings, `corrections.tsv` openers), for readers that run without a
    /// `Lexicons` at hand.
    static func bundledEntries(_ file: String, kind: String) -> [String] {
        rows(String(decoding: BundledData.lexicon(file), as: UTF8.self), file: file).compactMap { row in
            row.fields.count >= 2 && row.fields[1] == kind ? row.fields[0] : nil
        }
    }

    /// `rows` over Characters: the reference for `byteRows`, and the way for any other text.
    static func characterRows(_ text: String, file: String) -> [LexiconRow] {
        var rows: [LexiconRow] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = trim(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String(trim($0)) }
            rows.append(LexiconRow(fields: fields, file: file, line: lineNumber))
        }
        return rows
    }

    /// `rows` read from the UTF-8 bytes, without forming Characters, for text in which every
    /// Character is one scalar: no CR and only scalars that never join a neighbour into one
    /// grapheme (ASCII, the precomposed Latin blocks, the dashes, quotes and ellipsis of
    /// U+2010–U+2027, and the mathematical operators of U+2200–U+22FF, as in the bundled files).
    /// `nil` otherwise.
    static func byteRows(_ text: String, file: String) -> [LexiconRow]? {
        let bytes = Array(text.utf8)
        // The scalars, decoded from the (valid) UTF-8 by hand: the lead byte gives the length.
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let v: UInt32, length: Int
            if b < 0x80 { v = UInt32(b); length = 1 }
            else if b < 0xE0 { v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); length = 2 }
            else if b < 0xF0 { v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); length = 3 }
            else { return nil }
            guard (v < 0x80 && v != 0x0D) || (v >= 0xA0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF)
                || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2200 && v <= 0x22FF) else { return nil }
            i += length
        }
        var rows: [LexiconRow] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            let (first, last) = trimmed(bytes, lineStart, lineEnd)
            if first < last && bytes[first] != 0x23 {  // not blank, not a "#" comment
                var fields: [String] = []
                fields.reserveCapacity(4)
                var fieldStart = lineStart
                while true {
                    var fieldEnd = fieldStart
                    while fieldEnd < lineEnd && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                    let (a, b) = trimmed(bytes, fieldStart, fieldEnd)
                    fields.append(String(decoding: bytes[a..<b], as: UTF8.self))
                    if fieldEnd == lineEnd { break }
                    fieldStart = fieldEnd + 1
                }
                rows.append(LexiconRow(fields: fields, file: file, line: lineNumber))
            }
            lineStart = lineEnd + 1
        }
        return rows
    }

    /// The bounds of `bytes[start..<end]` without spaces and no-break spaces (C2 A0) at its ends.
    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start, b = end
        while true {
            if a < b && bytes[a] == 0x20 { a += 1 }
            else if a + 1 < b && bytes[a] == 0xC2 && bytes[a + 1] == 0xA0 { a += 2 }
            else { break }
        }
        while true {
            if b > a && bytes[b - 1] == 0x20 { b -= 1 }
            else if b - 1 > a && bytes[b - 2] == 0xC2 && bytes[b - 1] == 0xA0 { b -= 2 }
            else { break }
        }
        return (a, b)
    }
}
