import Foundation

/// Bar charts drawn in text (an infographic or a chart exported as characters):
///
///     Biểu đồ 1. Số đảng viên kết nạp mới (người)
///     2021: ███████ 138
///     2022: ████████ 162
///
/// Each bar line reads as a sentence with the figure before what the caption says it counts:
/// "Năm 2021: 138 đảng viên kết nạp mới." A line of several bars ("2021: TCCS ████ 41 | Xóa tên ███
/// 17") gives each figure before its own label: "Năm 2021: 41 TCCS, 17 Xóa tên." A bar is a run of
/// at least two block characters (`isBar`) with a figure after it; other lines are left as they are.
enum BarChart {
    /// `text` with its bar lines rewritten; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        guard mayHoldBars(text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var changed = false
        var caption: (text: String, unit: String?)?
        for (i, line) in lines.enumerated() {
            guard let drawn = bars(in: line) else {
                out.append(line)
                if !line.allSatisfy({ $0 == " " || $0 == "\t" }) { caption = nil }
                continue
            }
            // The caption: the line with text right above the chart's first bar line.
            if i > 0, bars(in: lines[i - 1]) == nil {
                caption = lines[..<i].last(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }).flatMap(Self.caption)
            }
            out.append(sentence(label: drawn.label, figures: drawn.figures, caption: caption))
            changed = true
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// Whether `text` holds a scalar of U+2580–U+25BF, whose UTF-8 opens with the bytes E2 96
    /// (`UTF8Search`: most texts hold none).
    private static func mayHoldBars(_ text: String) -> Bool {
        UTF8Search.contains(0xE2, in: text) { bytes, i in i + 1 < bytes.count && bytes[i + 1] == 0x96 }
    }

    /// Whether a scalar draws a bar: a block element ("█", "▇", "▌", "░" …), "■" or "▬".
    static func isBar(_ s: Unicode.Scalar) -> Bool {
        (0x2580...0x259F).contains(s.value) || s == "■" || s == "▬"
    }

    /// A bar line's label (before its first bar, a colon after it dropped) and its figures, each
    /// with the words before its bar on the line's part between "|" (empty for a single bar).
    static func bars(in line: String) -> (label: String, figures: [(label: String, value: String)])? {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
        var label = ""
        var figures: [(label: String, value: String)] = []
        for (k, part) in parts.enumerated() {
            let scalars = Array(part.unicodeScalars)
            guard let start = scalars.firstIndex(where: isBar) else { return nil }
            var end = start
            while end < scalars.count && (isBar(scalars[end]) || scalars[end] == " ") { end += 1 }
            guard scalars[start..<end].filter(isBar).count >= 2 else { return nil }
            var valueEnd = end
            while valueEnd < scalars.count && scalars[valueEnd] != " " { valueEnd += 1 }
            let value = String(String.UnicodeScalarView(scalars[end..<valueEnd]))
            guard FigureTable.isFigure(value),
                  scalars[valueEnd...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            var before = String(String.UnicodeScalarView(scalars[..<start])).trimmingCharacters(in: .whitespaces)
            // "2021: TCCS": the line's label, then the bar's.
            if k == 0, let colon = before.firstIndex(of: ":") {
                label = String(before[..<colon]).trimmingCharacters(in: .whitespaces)
                before = String(before[before.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            } else if k == 0, parts.count == 1 {
                (label, before) = (before.hasSuffix(":") ? String(before.dropLast()).trimmingCharacters(in: .whitespaces) : before, "")
            }
            figures.append((before, value))
        }
        return figures.isEmpty ? nil : (label, figures)
    }

    /// A chart's caption without its number ("Biểu đồ 1. ", "Hình 2: ") and without a leading
    /// "Số"/"Tổng số", and the note in brackets at its end as the unit ("(người)", "(%)").
    static func caption(_ line: String) -> (text: String, unit: String?)? {
        var text = line.trimmingCharacters(in: .whitespaces)
        let folded = FoldedKey.fold(text)
        if captionWords.contains(where: { folded.hasPrefix($0) }),
           let mark = text.firstIndex(where: { $0 == "." || $0 == ":" }), text.distance(from: text.startIndex, to: mark) <= 14 {
            text = String(text[text.index(after: mark)...]).trimmingCharacters(in: .whitespaces)
        }
        // (Not a sentence: "Biểu đồ dưới đây cho thấy điều đó.")
        guard !text.isEmpty, text.count <= 120, !text.hasSuffix(".") else { return nil }
        var unit: String?
        if let (named, note) = FigureTable.bracketNote(text) { (text, unit) = (named, note) }
        text = FigureTable.withoutNumberOf(text)
        return (text.prefix(1).lowercased() + text.dropFirst(), unit)
    }

    /// A bar line as a sentence: "Năm 2021: 138 đảng viên kết nạp mới."
    static func sentence(label: String, figures: [(label: String, value: String)], caption: (text: String, unit: String?)?) -> String {
        let percent = caption?.unit == "%"
        let items = figures.map { figure -> String in
            let value = percent && !figure.value.hasSuffix("%") ? figure.value + "%" : figure.value
            if !figure.label.isEmpty { return value + " " + figure.label }
            // (A share stands alone, as the text around a chart of shares states it: "68,5%".)
            return percent ? value : caption.map { value + " " + $0.text } ?? value
        }
        let isYear = label.count == 4 && label.allSatisfy(\.isNumber)
        let head = label.isEmpty ? "" : (isYear ? "Năm " + label : label) + ": "
        return head + items.joined(separator: ", ") + "."
    }

    /// Words that open a chart's caption, folded (grammar).
    private static let captionWords = ["biểu đồ", "hình", "đồ thị", "sơ đồ"].map(FoldedKey.fold)
}
