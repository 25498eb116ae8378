import Foundation

/// How a table of figures is written for the fact rules: one line per row, read like a sentence —
/// the row's label, then each figure followed by its column's heading ("Chi bộ Công ty May Tân An
/// 24 đảng viên, 4 Kết nạp mới."). Used for HTML tables (`HTMLTable`) and for tables in plain text
/// with cells between `|` (`PipeTable`).
enum FigureTable {
    /// `text` with its plain-text tables of figures written row by row: labels joined to their
    /// values by dot leaders or "=" (`LeaderLines`), bar charts drawn in text (`BarChart`), rows
    /// pasted from a spreadsheet (`DelimitedTable`), columns between spaced dashes (`DashColumns`),
    /// cells between "|" (`PipeTable`), lists of "label – figure" lines (`DashTable`), then labels
    /// over their values (`StackedFactBox`).
    static func rewritingTables(in text: String) -> String {
        let rows = DelimitedTable.rewritten(BarChart.rewritten(LeaderLines.rewritten(text)))
        // Lines ending in a spaced dash and a figure, counted once for both readers of them: the
        // tables between (`PipeTable`) add none.
        let dashLines = DashTable.figureEndingLines(rows.utf8)
        let dashed = dashLines >= 2 ? DashColumns.rewritten(rows) : rows
        let piped = PipeTable.rewritten(dashed)
        return StackedFactBox.rewritten(dashLines >= 3 ? DashTable.rewritten(piped) : piped)
    }

    /// The text inside the last bracket of a line: where a sentence before a table gives its
    /// headings ("Số liệu từng chi bộ (tên chi bộ | số đảng viên | kết nạp mới):").
    static func lastBracketed(_ line: String) -> Substring? {
        guard let open = line.lastIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        return line[line.index(after: open)..<close]
    }

    /// The lines of a table: the heading row (cells joined by " | ") when there is one, then a line per
    /// data row; rows without a figure after their first cell keep their cells joined by " | ".
    /// - Parameter unit: the noun every bare figure counts, when a caption gives it ("đơn vị tính:
    ///   đảng viên"): "41" under "Chuyển đến" reads "41 đảng viên chuyển đến".
    static func lines(headings: [String], rows: [[String]], unit: String? = nil) -> [String] {
        var out: [String] = []
        if headings.contains(where: { !$0.isEmpty }) { out.append(headings.filter { !$0.isEmpty }.joined(separator: " | ")) }
        // "Chỉ tiêu | Nhiệm kỳ 2015-2020 | Nhiệm kỳ 2020-2025": columns of periods, rows of measures.
        let periodColumns = headings.count >= 2 && headings.dropFirst().allSatisfy(isPeriod)
        // "Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)": planned and done figures side by side.
        let planColumns = planColumns(headings)
        for row in rows {
            if let planColumns, let line = planRow(row, columns: planColumns) {
                out.append(line)
                continue
            }
            if periodColumns, let label = row.first, !label.isEmpty,
               case let cells = row.enumerated().dropFirst().filter({ isFigureCell($0.element) && $0.offset < headings.count }), !cells.isEmpty {
                // "Nhiệm kỳ 2015-2020: 14 tổ chức cơ sở đảng; Nhiệm kỳ 2020-2025: 16 tổ chức cơ sở đảng."
                out.append(cells.map { periodLabel(headings[$0.offset]) + ": " + figure($0.element, heading: label, unit: unit) }
                    .joined(separator: "; ") + ".")
                continue
            }
            var figures: [String] = []
            for (j, cell) in row.enumerated().dropFirst() {
                if isFigureCell(cell) {
                    let heading = j < headings.count && !isFigure(headings[j]) ? headings[j] : ""
                    figures.append(figure(cell, heading: heading, unit: cell.hasSuffix("%") ? nil : unit))
                } else if isCountedFigure(cell) {
                    figures.append(cell)  // "612 học viên" names its own noun
                }
            }
            let label = labelled(row.first ?? "", heading: headings.first ?? "")
            // A label given its heading ends at a colon: "Xã Phong Đạo: 842 đảng viên", not a place
            // named "Phong Đạo 842" (as "ấp 3" is). A label that holds a figure of its own ("Trung
            // cấp lý luận chính trị: 9 lớp") is one more figure of the row.
            // A label ending in a number ("Tháng 5") ends at a colon too, or its number would run
            // into the row's first figure.
            let labelEnd = isCountedFigure(label.spaceSeparatedWords.suffix(2).joined(separator: " ")) ? ", "
                : label == row.first && !(label.last?.isNumber ?? false) ? " " : ": "
            if figures.isEmpty {
                out.append(row.filter { !$0.isEmpty }.joined(separator: " | "))
            } else {
                out.append((label.isEmpty ? "" : label + labelEnd) + figures.joined(separator: ", ") + ".")
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// A row's label with the heading of its column before it, when the heading says what the labels
    /// are and the label is a bare name or a period: "Xã" over "Phong Đạo" reads "Xã Phong Đạo", "Năm
    /// học" over "2022-2023" reads "Năm học 2022-2023". Only a heading of one or two words that the
    /// label does not already start with, and not for a totals row ("Cộng", "Toàn Đảng bộ") or a label with
    /// lower-case words ("Đảng bộ Công ty A" under "Đơn vị"), unless the heading names party units
    /// ("Chi bộ" over "Xếp dỡ 1" reads "Chi bộ Xếp dỡ 1"). A heading listing kinds ("Xã, thị trấn")
    /// gives the first.
    static func labelled(_ label: String, heading: String) -> String {
        // "Xã, thị trấn" over "Nậm Khiêng": the first of the kinds a heading lists.
        // (A one-word kind only: "Tên xã, thị trấn" names none.)
        let firstKind = heading.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? heading
        let heading = heading.contains(",") && !firstKind.contains(" ") ? firstKind : heading
        let headingWords = heading.spaceSeparatedWords
        guard !label.isEmpty, (1...2).contains(headingWords.count), !isFigure(heading), !isFigure(label),
              !label.lowercased().hasPrefix(heading.lowercased()), !totalsLabels.contains(label.lowercased()),
              // "Toàn Đảng bộ", "Toàn huyện": the whole, a totals row.
              !label.lowercased().hasPrefix(wholeWord),
              let first = label.unicodeScalars.first else { return label }
        let isName = label.spaceSeparatedWords.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
        // "Chi bộ" over "Xếp dỡ 1": a party unit's name may hold lower-case words.
        let namesUnit = partyUnitHeadings.contains(heading.lowercased()) && first.properties.isUppercase
        return first.properties.numericType != nil || isName || namesUnit ? heading + " " + label : label
    }

    /// Column headings that say the labels under them are names of party units (grammar).
    private static let partyUnitHeadings: Set<String> = ["chi bộ", "đảng bộ"]

    /// The word that opens the label of a whole ("Toàn Đảng bộ") (grammar).
    private static let wholeWord = "toàn "

    /// Labels of a totals row (grammar).
    private static let totalsLabels: Set<String> = ["cộng", "tổng", "tổng cộng", "tổng số", "toàn bộ"]

    /// A figure with its column's heading after it, the heading's "number of" words left out: "Số
    /// đảng viên" over 412 reads "412 đảng viên", "Tổng số chi bộ" over 9 reads "9 chi bộ". A heading
    /// that opens with "Trong đó" is a part of the figure before it: "Trong đó nữ" over 15 reads
    /// "trong đó 15 nữ". A heading ending in "(%)" makes the figure a percentage of what it names.
    static func figure(_ cell: String, heading: String, unit: String? = nil) -> String {
        guard !heading.isEmpty else { return unit.map { cell + " " + $0 } ?? cell }
        // "Tổ chức đảng hoàn thành tốt nhiệm vụ (%)" over 95 reads "95% tổ chức đảng hoàn thành …".
        if heading.hasSuffix("(%)"), isFigure(cell), !cell.hasSuffix("%") {
            let named = heading.dropLast(3).trimmingCharacters(in: .whitespaces)
            return cell + "% " + named.prefix(1).lowercased() + named.dropFirst()
        }
        // "Kết nạp 2020–2025" over 6 reads "6 Kết nạp (giai đoạn 2020–2025)": the years are the
        // figure's period, no figure of their own.
        // ("Đảng viên kết nạp năm 2024": the period as written, when its words come with it.)
        let headingWords = heading.spaceSeparatedWords
        if headingWords.count >= 2, let last = headingWords.last, isYears(String(last)), !isPeriod(heading) {
            var periodStart = headingWords.count - 1
            // (The longest period: "Kết nạp 6 tháng đầu năm 2025" is of "6 tháng đầu năm 2025".)
            for length in 2...6 where length < headingWords.count && isPeriod(headingWords.suffix(length).joined(separator: " ")) {
                periodStart = headingWords.count - length
            }
            let named = headingWords[..<periodStart].joined(separator: " ")
            let period = periodStart < headingWords.count - 1 ? headingWords[periodStart...].joined(separator: " ").lowercased()
                : (last.contains("-") || last.contains("–") ? "giai đoạn " : "năm ") + last
            return figure(cell, heading: named, unit: unit) + " (" + period + ")"
        }
        // "Số tiền thi hành xong (tỷ đồng)" over 968,4 reads "968,4 tỷ đồng tiền thi hành xong".
        if let (named, note) = bracketNote(heading), isMeasureUnit(note), !cell.hasSuffix("%") {
            return figure(cell + " " + note, heading: named)
        }
        let lowered = heading.lowercased()
        for marker in partMarkers where lowered.hasPrefix(marker + " ") {
            let rest = String(heading.dropFirst(marker.count + 1))
            return marker + " " + figure(cell, heading: rest, unit: unit)
        }
        let named = withoutNumberOf(heading)
        // The caption's noun before a heading that does not name it: "41 đảng viên chuyển đến".
        if let unit, !named.lowercased().hasPrefix(unit.lowercased()) {
            return cell + " " + unit + " " + named.lowercased()
        }
        return cell + " " + named
    }

    /// The noun a table's caption says its figures count: "(đơn vị tính: đảng viên)", "ĐVT: chi bộ".
    static func unitOfMeasure(in line: String) -> String? {
        let lowered = line.lowercased()
        for marker in unitMarkers {
            guard let found = lowered.range(of: marker) else { continue }
            var rest = lowered[found.upperBound...].drop { $0 == " " }
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            let unit = rest.prefix { ![")", ";", ".", ",", "\n"].contains($0) }.trimmingCharacters(in: .whitespaces)
            let count = unit.spaceSeparatedWordCount
            return (1...4).contains(count) ? unit : nil
        }
        return nil
    }

    /// Whether a column heading is a period: a year or a range of years, maybe after "Nhiệm kỳ",
    /// "Năm", "Năm học", "Giai đoạn" or months of a year, maybe with a note in brackets after it
    /// ("Nhiệm kỳ 2015-2020", "Năm 2024", "2020 - 2025", "9 tháng năm 2025", "Năm 2025 (kế hoạch)").
    static func isPeriod(_ heading: String) -> Bool {
        // "Đầu nhiệm kỳ", "Cuối năm", or with its year in brackets: "Đầu nhiệm kỳ (2020)".
        if isPeriodPart(heading) { return true }
        if let (part, note) = bracketNote(heading), isPeriodPart(part), isYears(note) { return true }
        // "Năm 2025 (kế hoạch)": a note in brackets after the period.
        var words = (bracketNote(heading)?.period ?? heading).spaceSeparatedWords.map { $0.lowercased() }
        // "9 tháng năm 2025", "6 tháng đầu năm 2025": months of a year.
        if words.count >= 3, words[0].allSatisfy({ ("0"..."9").contains($0) }), words[1] == "tháng" {
            words.removeFirst(2)
            if let part = words.first, monthParts.contains(part) { words.removeFirst() }
        }
        for lead in periodWords where words.starts(with: lead) { words.removeFirst(lead.count); break }
        return isYears(words.joined())
    }

    /// Whether `text` is a year or a range of years ("2020", "2020-2025"), spaces aside.
    private static func isYears(_ text: String) -> Bool {
        let years = text.filter { $0 != " " }.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return (1...2).contains(years.count) && years.allSatisfy { $0.count == 4 && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// Whether a heading is the start or the end of a period ("Đầu nhiệm kỳ", "Cuối năm").
    private static func isPeriodPart(_ heading: String) -> Bool {
        let words = heading.spaceSeparatedWords.map { $0.lowercased() }
        guard let first = words.first, monthParts.contains(first) else { return false }
        return periodWords.contains { $0[...] == words.dropFirst() }
    }

    /// A period heading as the label of its figures, a note in brackets put first: "Năm 2025 (kế
    /// hoạch)" reads "Kế hoạch năm 2025", so that the note is no sub-group of the figure.
    static func periodLabel(_ heading: String) -> String {
        guard let (period, note) = bracketNote(heading), !isYears(note) else { return heading }
        return note.prefix(1).uppercased() + note.dropFirst() + " " + period.prefix(1).lowercased() + period.dropFirst()
    }

    /// A heading ending in a note in brackets, split: "Năm 2025 (kế hoạch)" gives "Năm 2025" and
    /// "kế hoạch"; nil when there is no such note or nothing before it.
    static func bracketNote(_ heading: String) -> (period: String, note: String)? {
        guard heading.hasSuffix(")"), let open = heading.lastIndex(of: "("), open > heading.startIndex else { return nil }
        let note = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)].trimmingCharacters(in: .whitespaces)
        let period = heading[..<open].trimmingCharacters(in: .whitespaces)
        return note.isEmpty || period.isEmpty ? nil : (period, note)
    }

    /// Words that open a period heading (grammar).
    private static let periodWords: [[String]] = [["nhiệm", "kỳ"], ["giai", "đoạn"], ["năm", "học"], ["năm"]]
    /// Words between "N tháng" and "năm" in a period heading ("6 tháng đầu năm 2025") (grammar).
    private static let monthParts: Set<String> = ["đầu", "cuối"]

    /// Words of a caption that introduce the noun a table counts (grammar).
    private static let unitMarkers = ["đơn vị tính", "đvt"]

    /// Signs an infographic puts before a figure ("↑ 2,7%", "≥ 190") (grammar).
    static let leadSigns: Set<Unicode.Scalar> = ["↑", "↓", "≥", "≤", ">", "<", "~", "▲", "▼"]

    /// A line's text (from its first non-blank scalar) from its figure on, when it opens with one,
    /// maybe after a lead sign and spaces: "198 đảng viên mới", "≥ 190 đảng viên mới".
    static func leadFigure<C: Collection>(_ scalars: C) -> C.SubSequence? where C.Element == Unicode.Scalar {
        var rest = scalars[...]
        if let first = rest.first, leadSigns.contains(first) { rest = rest.dropFirst().drop { $0 == " " } }
        return rest.first?.isASCIIDigit == true ? rest : nil
    }

    /// Words that open a heading of a part of the column before it (grammar).
    private static let partMarkers = ["trong đó"]

    /// `heading` without the words that open it meaning "the number of" ("Tổng số chi bộ" gives
    /// "chi bộ"); "Số lượng" alone names nothing and is kept as it is.
    static func withoutNumberOf(_ heading: String) -> String {
        let words = heading.spaceSeparatedWords
        for lead in numberOfWords where words.count >= lead.count && zip(words, lead).allSatisfy({ $0.lowercased() == $1 }) {
            return words.count > lead.count ? words.dropFirst(lead.count).joined(separator: " ") : heading
        }
        return heading
    }

    /// Words that open a heading meaning "the number of" (grammar, longest first).
    private static let numberOfWords: [[String]] = [["tổng", "số"], ["số", "lượng"], ["số"]]

    /// Whether a cell is a figure followed by words, as "612 học viên" (its noun written in the cell).
    static func isCountedFigure(_ text: String) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        return isFigure(String(text[..<space])) && text[text.index(after: space)...].first?.isLetter == true
    }

    /// Whether a bracketed note of a heading is the unit its figures are in: money ("tỷ đồng") or
    /// a measure of `measureUnits`, not a noun of what is counted ("Đảng viên (người)").
    static func isMeasureUnit(_ note: String) -> Bool {
        let words = note.lowercased().spaceSeparatedWords
        guard let last = words.last, words.count <= 2 else { return false }
        return last == "đồng" || (words.count == 1 && measureUnits.contains(String(last)))
    }

    /// Units of measure a heading may give in brackets (grammar).
    private static let measureUnits: Set<String> = ["ha", "km", "m", "m2", "m²", "m3", "m³", "tấn", "kg", "lít"]

    /// Whether a data cell holds a figure: just one (`isFigure`), or one with a hedge before it
    /// ("trên 85%", "gần 40"), or a range ("12–15"); not a span of years ("2020-2025").
    static func isFigureCell(_ text: String) -> Bool {
        if isFigure(text) { return true }
        var words = text.spaceSeparatedWords
        guard let last = words.popLast(), words.count <= 2,
              words.allSatisfy({ $0.allSatisfy { $0.isLetter && $0.isLowercase } }) else { return false }
        let parts = last.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "–" || $0 == "-" })
        guard (1...2).contains(parts.count), parts.allSatisfy({ isFigure(String($0)) }) else { return false }
        let years = parts.count == 2 && parts.allSatisfy { $0.count == 4 && !$0.contains(".") && !$0.contains(",") }
        return (!words.isEmpty || parts.count == 2) && !years
    }

    /// Whether a cell holds just a figure: digits with `.` or `,` inside, maybe a final `%`.
    static func isFigure(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, first.isASCIIDigit else { return false }
        for (i, s) in scalars.enumerated() {
            if s.isASCIIDigit { continue }
            if (s == "." || s == ",") && i + 1 < scalars.count && scalars[i + 1].isASCIIDigit { continue }
            if s == "%" && i == scalars.count - 1 { continue }
            return false
        }
        return true
    }
}
