import Foundation

/// A page saved as Markdown (what many scrapers and "save as" tools write), read as plain text:
///
///     # ĐẢNG BỘ PHƯỜNG A: KẾT NẠP 17 ĐẢNG VIÊN
///     *Cập nhật: 27-06-2025* · Tác giả: **Vũ Ngọc Lan**
///     ![Lễ kết nạp](https://…/anh.jpg)
///     Đảng bộ hiện có **26 chi bộ** với **1.037 đảng viên**; [Kế hoạch số 27-KH/ĐU](https://…) …
///
/// becomes "ĐẢNG BỘ PHƯỜNG A: …", "Cập nhật: 27-06-2025 · Tác giả: Vũ Ngọc Lan", an empty line,
/// and "Đảng bộ hiện có 26 chi bộ với 1.037 đảng viên; Kế hoạch số 27-KH/ĐU …": heading marks,
/// emphasis, quote marks and images dropped, links reduced to their text, "* " items written
/// "- ". Tables between "|" are left for `PipeTable`. A text is read so only when it shows at least
/// `signalsNeeded` marks of Markdown (a heading line, a link, an image, a bold span); other texts
/// are returned as they are.
enum MarkdownText {
    /// How many marks of Markdown a text must show to be read as Markdown.
    static let signalsNeeded = 2

    /// `text` as plain text when it is Markdown; `text` itself otherwise.
    static func plain(_ text: String) -> String {
        guard mayBeMarkdown(text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var signals = 0
        for line in lines where signals < signalsNeeded {
            signals += signalCount(line)
        }
        guard signals >= signalsNeeded else { return text }
        return lines.map(plainLine).joined(separator: "\n")
    }

    /// Whether `text` holds a "*", "#" or "]" at all (`UTF8Search`: most texts hold none).
    private static func mayBeMarkdown(_ text: String) -> Bool {
        UTF8Search.contains(anyOf: [UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "]")], in: text)
    }

    /// The marks of Markdown on a line: a heading ("## …"), links and images ("](http"), bold
    /// spans ("**…**").
    private static func signalCount(_ line: Substring) -> Int {
        var count = headingLevel(line) > 0 ? 1 : 0
        count += line.components(separatedBy: "](").count - 1
        count += (line.components(separatedBy: "**").count - 1) / 2
        return count
    }

    /// The number of "#" opening a heading line ("## Tổ chức đảng"), or 0.
    private static func headingLevel(_ line: Substring) -> Int {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return 0 }
        return hashes
    }

    /// One line as plain text.
    static func plainLine(_ line: Substring) -> String {
        var rest = line
        let level = headingLevel(rest)
        if level > 0 { rest = rest.dropFirst(level + 1) }
        if rest.hasPrefix("> ") { rest = rest.dropFirst(2) } else if rest == ">" { rest = "" }
        var out = ""
        if rest.hasPrefix("* ") || rest.hasPrefix("+ ") {
            out = "- "
            rest = rest.dropFirst(2)
        }
        if rest.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }), rest.filter({ $0 != " " }).count >= 3 {
            return ""  // a rule line
        }
        var i = rest.startIndex
        while i < rest.endIndex {
            let c = rest[i]
            // "![alt](url)": an image, dropped; "[text](url)": a link, its text.
            if c == "!" || c == "[", let link = self.link(in: rest, at: c == "!" ? rest.index(after: i) : i) {
                if c == "[" { out += plainLine(link.text) }
                i = link.end
                continue
            }
            if c == "*" { i = rest.index(after: i); continue }
            if c == "_", rest[i...].hasPrefix("__") { i = rest.index(i, offsetBy: 2); continue }
            out.append(c)
            i = rest.index(after: i)
        }
        return out
    }

    /// The link whose "[" is at `open`: its text and the index after its ")"; nil when "[" opens
    /// no "[text](target)".
    private static func link(in line: Substring, at open: Substring.Index) -> (text: Substring, end: Substring.Index)? {
        guard open < line.endIndex, line[open] == "[", let close = line[open...].firstIndex(of: "]") else { return nil }
        let paren = line.index(after: close)
        guard paren < line.endIndex, line[paren] == "(", let end = line[paren...].firstIndex(of: ")") else { return nil }
        return (line[line.index(after: open)..<close], line.index(after: end))
    }
}
