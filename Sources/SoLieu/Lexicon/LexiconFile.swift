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
}
