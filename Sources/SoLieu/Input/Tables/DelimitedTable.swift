import Foundation

/// Tables pasted from a spreadsheet as text: cells between tabs, or comma-separated values
/// ("STT,Chi bộ,Đảng viên,Kết nạp 2024" then "1,Buôn Tơng Jú,24,2"). Each line of such a table
/// is rewritten with " | " between its cells, for `PipeTable` to read as a table of figures.
///
/// A table is three lines or more in a row with the same number of separators:
/// - tabs: one or more on each line;
/// - commas: two or more on each line, none followed by a space (prose puts one after its
///   commas; a spreadsheet does not), on lines of at most `longestCSVLine` characters, with
///   at least one line holding two cells that are plain numbers.
/// Other lines are left as they are. In comma-separated rows "24,2" is two cells, not 24.2.
enum DelimitedTable {
    /// The longest line of a comma-separated table.
    static let longestCSVLine = 160

    /// `text` with its delimited tables written with " | " between cells; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        // Cheap tests first (`UTF8Search`): a tab, or a comma with no space after it ("1.234,5": a
        // decimal comma between digits is no separator by itself).
        let hasTab = UTF8Search.contains(anyOf: [UInt8(ascii: "\t")], in: text)
        let hasTightComma = UTF8Search.contains(UInt8(ascii: ","), in: text) { bytes, i in
            i + 1 < bytes.count && bytes[i + 1] != UInt8(ascii: " ") && !(i > 0 && isDigit(bytes[i - 1]) && isDigit(bytes[i + 1]))
        }
        guard hasTab || hasTightComma else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for separator in [Character("\t"), Character(",")] where separator == "\t" ? hasTab : hasTightComma {
            var i = 0
            while i < lines.count {
                let count = separators(in: lines[i], separator)
                guard count >= (separator == "\t" ? 1 : 2) else { i += 1; continue }
                var j = i + 1
                while j < lines.count && separators(in: lines[j], separator) == count { j += 1 }
                let run = lines[i..<j]
                if run.count >= 3, separator == "\t" || isCSV(run) {
                    for k in i..<j {
                        lines[k] = lines[k].split(separator: separator, omittingEmptySubsequences: false)
                            .map { $0.trimmingCharacters(in: .whitespaces) }
                            .map { $0.isEmpty ? "-" : $0 }
                            .joined(separator: " | ")
                    }
                    changed = true
                }
                i = j
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The number of `separator` characters in `line` (for commas, only when none is followed
    /// by a space: a line of prose is none of a comma-separated table's).
    private static func separators(in line: String, _ separator: Character) -> Int {
        if separator == "\t" { return line.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) } }
        guard line.count <= longestCSVLine, !line.contains(", ") else { return 0 }
        return line.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
    }

    /// Whether a run of lines with as many commas each reads as comma-separated values: some line
    /// holds two cells that are plain numbers.
    private static func isCSV(_ run: ArraySlice<String>) -> Bool {
        run.contains { line in
            line.split(separator: ",", omittingEmptySubsequences: false)
                .filter { cell in !cell.isEmpty && cell.allSatisfy { $0.isASCII && $0.isNumber } }.count >= 2
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
