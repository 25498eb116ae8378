/// Lines that join a label to its value with dot leaders or an equals sign, as printed forms and
/// text boxes do:
///
///     Tổng số đảng viên ...................................... 624
///     Kết nạp đảng viên = 20
///
/// Each such line reads as a labelled line, "Tổng số đảng viên: 624", as a "key: value" box is
/// written. A leader is a run of at least `minimumDots` dots (an ellipsis character counts three),
/// spaces allowed between, so that one "…" or "..." in a sentence is none; an equals sign counts
/// when it is the line's only one, with spaces around it. The label must hold a letter, and the
/// value after it must be short and hold a digit.
enum LeaderLines {
    /// The fewest dots that make a leader (".....", ". . . . .", "……").
    static let minimumDots = 5
    /// The longest value, in scalars ("01 lớp / 38 học viên", "21 (kế hoạch: 18)").
    static let maxValueLength = 40

    /// `text` with its leader lines written "label: value"; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        guard mayHoldLeaders(text) else { return text }
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let joined = joinedLine(line) else { return line }
            changed = true
            return Substring(joined)
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// `line` with its leader or equals sign replaced by ": ", or nil when it has none.
    static func joinedLine(_ line: Substring) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard let (start, end) = leader(in: scalars) ?? equalsSign(in: scalars) else { return nil }
        let label = scalars[..<start], value = scalars[end...]
        guard label.contains(where: { $0.properties.isAlphabetic }), value.count <= maxValueLength,
              value.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        var labelEnd = start
        while labelEnd > 0 && (scalars[labelEnd - 1].isTabOrSpaceSeparator || scalars[labelEnd - 1] == ":") { labelEnd -= 1 }
        var valueStart = end
        while valueStart < scalars.count && scalars[valueStart].isTabOrSpaceSeparator { valueStart += 1 }
        return String(scalars: scalars[..<labelEnd]) + ": " + String(scalars: scalars[valueStart...])
    }

    /// The first run of dots (and ellipses) with spaces between that holds at least `minimumDots`
    /// dots, as a half-open range of scalar offsets.
    private static func leader(in scalars: [Unicode.Scalar]) -> (Int, Int)? {
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "." || scalars[i] == "…" else { i += 1; continue }
            var j = i, dots = 0, lastDot = i
            while j < scalars.count && (scalars[j] == "." || scalars[j] == "…" || scalars[j] == " ") {
                if scalars[j] == "." { dots += 1; lastDot = j } else if scalars[j] == "…" { dots += 3; lastDot = j }
                j += 1
            }
            if dots >= minimumDots { return (i, lastDot + 1) }
            i = j
        }
        return nil
    }

    /// The line's only "=", with a space or tab on each side.
    private static func equalsSign(in scalars: [Unicode.Scalar]) -> (Int, Int)? {
        guard let i = scalars.firstIndex(of: "="), scalars.lastIndex(of: "=") == i, i > 0, i + 1 < scalars.count,
              scalars[i - 1].isTabOrSpaceSeparator, scalars[i + 1].isTabOrSpaceSeparator else { return nil }
        return (i, i + 1)
    }

    /// Whether `text` holds "...", " = " or an ellipsis character (`UTF8Search`).
    private static func mayHoldLeaders(_ text: String) -> Bool {
        UTF8Search.contains(0x2E, in: text) { bytes, i in
            i + 2 < bytes.count && bytes[i + 1] == 0x2E && bytes[i + 2] == 0x2E
        } || UTF8Search.contains(0x3D, in: text) { bytes, i in
            i > 0 && i + 1 < bytes.count && bytes[i - 1] == 0x20 && bytes[i + 1] == 0x20
        } || UTF8Search.contains(0xA6, in: text) { bytes, i in  // "…" is E2 80 A6
            i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2
        }
    }
}
