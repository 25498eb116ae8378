import Testing

/// Generators of adversarial article text for the linearity tests: each makes a text `n` units long
/// built to stress one loop of the recognisers or rules (long runs, deep nesting, chains, many
/// figures in one sentence, many unresolved references).
enum AdversarialText {
    /// A named generator of text `n` units long.
    struct Family: CustomTestStringConvertible, Sendable {
        let name: String
        /// Whether the text is an HTML page (read through `record(for:)`) rather than plain text.
        var html = false
        let make: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    /// A distinct capitalised word for `i` (`Xaaa`, `Xbaa`, …): names of one length that never
    /// repeat, nor start or end one another.
    static func word(_ i: Int) -> String {
        var i = i, s = "X"
        for _ in 0..<3 { s.append(Character(Unicode.Scalar(UInt8(97 + i % 26)))); i /= 26 }
        return s
    }

    static func repeated(_ n: Int, _ unit: (Int) -> String) -> String {
        var s = ""
        for i in 0..<n { s += unit(i) }
        return s
    }

    static let families: [Family] = [
        Family(name: "digits") { String(repeating: "1", count: 40 * $0) },
        Family(name: "digits in groups of three") { "1" + String(repeating: " 111", count: 10 * $0) + " đảng viên" },
        Family(name: "dots") { String(repeating: ".", count: 40 * $0) },
        Family(name: "numbers and dots") { String(repeating: "1.", count: 20 * $0) + " đảng viên" },
        Family(name: "slashes") { String(repeating: "1/", count: 20 * $0) + "TW" },
        Family(name: "code parts") { "Chỉ thị số 28-CT" + String(repeating: "/TW-A1", count: 8 * $0) },
        Family(name: "dates in a row") { String(repeating: "21/01/2019 ", count: 4 * $0) },
        Family(name: "capitalised syllables") { "Đảng bộ xã " + String(repeating: "Bá ", count: 12 * $0) + "có 5 đảng viên." },
        Family(name: "capitalised names with numbers") { "Công ty " + String(repeating: "Số 1 ", count: 8 * $0) + "có 5 đảng viên." },
        Family(name: "nested brackets") {
            String(repeating: "(", count: 20 * $0) + "5 đảng viên" + String(repeating: ")", count: 20 * $0)
        },
        Family(name: "number words") { "kết nạp " + String(repeating: "hai mươi ", count: 10 * $0) + "đảng viên" },
        Family(name: "number words that break") { String(repeating: "hai ba ", count: 10 * $0) + "đảng viên" },
        Family(name: "organisation head words") { String(repeating: "Đảng bộ xã ", count: 8 * $0) + "có 5 đảng viên." },
        Family(name: "lower-case heads") { String(repeating: "chi bộ ", count: 12 * $0) + "có 5 đảng viên." },
        Family(name: "từ … đến chains") {
            repeated(2 * $0) { "từ năm \(1990 + $0 % 100) đến năm 2021 kết nạp \($0 + 2) đảng viên, " } + "."
        },
        Family(name: "từ without đến") { String(repeating: "từ 2019 ", count: 8 * $0) + "đảng viên" },
        Family(name: "ranges") { repeated(4 * $0) { "từ \($0 + 1) đến \($0 + 5) đảng viên; " } },
        Family(name: "figures in one sentence") { "Đảng bộ xã Bá Xuyên " + repeated(4 * $0) { "kết nạp \($0 + 2) đảng viên, " } + "." },
        Family(name: "a list of numbers") { repeated(4 * $0) { "\($0 + 1), " } + "40 năm tuổi Đảng" },
        Family(name: "references without antecedent") { repeated($0) { "Đảng bộ có \($0 + 2) đảng viên. " } },
        Family(name: "entity references without antecedent") { repeated($0) { "Đảng ủy Công ty kết nạp \($0 + 2) đảng viên. " } },
        Family(name: "appositions") {
            "Xã Bá Xuyên" + repeated(3 * $0) { ", một xã của huyện \(word($0))" } + ", có 5 đảng viên."
        },
        Family(name: "institutions naming themselves") {
            repeated($0) { "Đảng ủy Khối \(word($0)) tỉnh họp. Đảng ủy Khối kết nạp \($0 + 2) đảng viên. " }
        },
        Family(name: "distinct subjects, one figure") { repeated(3 * $0) { "Chi bộ \(word($0)) có 5 đảng viên. " } },
        Family(name: "each place") { repeated(3 * $0) { "Chi bộ \(word($0)) và Chi bộ \(word($0 + 1)) mỗi nơi kết nạp 2 đảng viên. " } },
        Family(name: "document codes with dates") {
            repeated(2 * $0) { "Chỉ thị số \($0 + 1)-CT/TW ngày 21/01/2019 của Ban Bí thư; " } + "."
        },
        Family(name: "issue dates before codes") {
            repeated(2 * $0) { "ngày 21/01/2019 ban hành Quyết định số \($0 + 1)/QĐ-UBND, " } + "."
        },
        Family(name: "a plan opening a long sentence") { "Phấn đấu " + repeated(4 * $0) { "kết nạp \($0 + 2) đảng viên " } + "." },
        Family(name: "a period closing a long sentence") { repeated(5 * $0) { "có \($0 + 2) đảng viên " } + "trong năm 2022." },
        Family(name: "a long breakdown") { "Đảng bộ có 900 đảng viên, trong đó " + repeated(16 * $0) { "\($0 + 2) nữ, " } + "." },
        Family(name: "breakdown markers") { repeated(4 * $0) { "có \($0 + 2) hộ nghèo, trong đó " } + "." },
        Family(name: "named entities and unresolved references") {
            repeated($0) { "Công ty \(word($0)) có 5 đảng viên. Đảng ủy Đồn kết nạp \($0 + 2) đảng viên. " }
        },
        Family(name: "classes") { repeated(4 * $0) { "mở \($0 % 50 + 2) lớp bồi dưỡng cho \($0 + 20) học viên; " } },
        Family(name: "one class after another") { repeated(10 * $0) { _ in "một lớp " } + "cho 68 học viên." },
        Family(name: "periods and figures") { repeated(4 * $0) { "trong năm \(1990 + $0 % 100) có \($0 + 2) chi bộ; " } },
        Family(name: "percentages") { repeated(4 * $0) { "gần \($0 % 99 + 1)% có trình độ đại học, " } + "." },
        Family(name: "abbreviations") { String(repeating: "TP. ", count: 10 * $0) + "có 5 đảng viên." },
        Family(name: "astral characters") { String(repeating: "😀 5 đảng viên ", count: 4 * $0) },
        Family(name: "line breaks") { String(repeating: "\n", count: 20 * $0) + "5 đảng viên" + String(repeating: "\n", count: 20 * $0) },
        Family(name: "one long word") { String(repeating: "a", count: 40 * $0) },
        Family(name: "times") { String(repeating: "8h30 ", count: 8 * $0) },
        Family(name: "parentheses in a line with names") {
            repeated(4 * $0) { "Chi bộ \(word($0)) (thôn \($0 + 1)) có 5 đảng viên, " } + "."
        },
        Family(name: "caption words") { repeated(4 * $0) { _ in "(Ảnh " } + "xã Tân An có 5 đảng viên." },
        Family(name: "a long plain-text table") {
            "Đơn vị | Số đảng viên | Kết nạp mới\n" + repeated(4 * $0) { "Chi bộ \(word($0)) | \($0 + 20) | \($0 % 9 + 1)\n" }
        },
        Family(name: "a long list under an introduction") {
            "Số đảng viên được trao Huy hiệu như sau:\n" + repeated(4 * $0) { "- Chi bộ \(word($0)): \($0 + 2) đảng viên;\n" }
        },
        Family(name: "a long item under a heading") {
            "KẾT NẠP ĐẢNG VIÊN THEO ĐƠN VỊ\n- " + repeated(4 * $0) { "Chi bộ \(word($0)) kết nạp \($0 + 2) đồng chí, " } + "\n"
        },
        Family(name: "a plan over many clauses") {
            "Năm 2026, Đảng bộ phấn đấu " + repeated(4 * $0) { "kết nạp \($0 + 2) đảng viên; " } + "."
        },
        Family(name: "worded dates") { String(repeating: "ngày 30 tháng 2 năm 2021 ", count: 2 * $0) },
        Family(name: "nested tags", html: true) {
            "<html><body>" + String(repeating: "<div>", count: 10 * $0) + "<p>Chi bộ có 5 đảng viên.</p>"
                + String(repeating: "</div>", count: 10 * $0) + "</body></html>"
        },
        Family(name: "unclosed tags", html: true) {
            "<html><body>" + String(repeating: "<b><i><span>", count: 4 * $0) + "<p>Chi bộ có 5 đảng viên.</p></body></html>"
        },
        Family(name: "stray end tags", html: true) {
            "<html><body><p>Chi bộ có 5 đảng viên.</p>" + String(repeating: "</div></p>", count: 8 * $0) + "</body></html>"
        },
        Family(name: "entities", html: true) {
            "<html><body><p>" + String(repeating: "&amp;&#7841;&nbsp", count: 4 * $0) + "</p></body></html>"
        },
        Family(name: "unterminated comments and scripts", html: true) {
            "<html><body><p>5 đảng viên</p>" + String(repeating: "<!- <scrip <style", count: 4 * $0) + "</body></html>"
        },
        Family(name: "a headline that nearly matches the whole text", html: true) {
            "<html><body><h1>" + String(repeating: "a ", count: 10 * $0) + "b</h1><p>"
                + String(repeating: "a ", count: 20 * $0) + "có 5 đảng viên.</p></body></html>"
        },
        Family(name: "nested tables", html: true) {
            "<html><body>" + String(repeating: "<table><tr><td>a</td><td>1</td></tr><tr><td>", count: 4 * $0)
                + "<p>Chi bộ có 5 đảng viên.</p>" + String(repeating: "</td></tr></table>", count: 4 * $0) + "</body></html>"
        },
        Family(name: "a long table of figures", html: true) {
            "<html><body><table><tr><th>Nội dung</th><th>Đảng viên</th></tr>"
                + repeated(4 * $0) { "<tr><td>Chi bộ \(word($0))</td><td>\($0 % 90 + 1)</td></tr>" } + "</table></body></html>"
        },
        Family(name: "related-news headings", html: true) {
            "<html><body><p>Chi bộ có 5 đảng viên.</p>"
                + String(repeating: "<div><h3>Tin liên quan</h3><ul><li>Kết nạp 7 đảng viên</li></ul></div>", count: $0)
                + "</body></html>"
        },
        Family(name: "interview questions with figures") {
            "Phỏng vấn\n\n" + repeated(2 * $0) {
                "PV: Xã \(word($0)) có hơn \($0 % 90 + 10) đảng viên?\n\nÔng A: Không phải, xã có \($0 % 90 + 12) đảng viên.\n\n"
            }
        },
        Family(name: "hedged repeats of exact counts") {
            "Tin\n\n" + repeated(4 * $0) { "Chi bộ có \(100 + $0 % 7) đảng viên; gần \(110 + $0 % 5) đảng viên dự họp. " }
        },
        Family(name: "attributes", html: true) {
            "<html><body><p " + String(repeating: "a=b ", count: 8 * $0) + ">Chi bộ có 5 đảng viên.</p></body></html>"
        },
    ]
}
