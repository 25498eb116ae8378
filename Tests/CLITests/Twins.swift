import Foundation
@testable import SoLieu

/// The same article in each form SoLieu reads, generated from its plain UTF-8 text.
enum Twins {
    /// A corpus article's text.
    static func article(_ name: String) throws -> String {
        try String(contentsOf: CLITests.root.appendingPathComponent("corpus/articles/\(name).txt"), encoding: .utf8)
    }

    /// Every character decomposed (NFD), as some Mac and web sources write Vietnamese.
    static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    /// The other tone-mark placement in open syllables: `hòa` ↔ `hoà`, `thủy` ↔ `thuỷ`, `xóa` ↔ `xoá`.
    static func otherPlacement(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            let pair = String(String.UnicodeScalarView(scalars[i...(i + 1)]))
            let atSyllableEnd = i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic
            if atSyllableEnd, let swapped = placementSwaps[pair] {
                scalars.replaceSubrange(i...(i + 1), with: swapped.unicodeScalars)
                i += 2
            } else {
                i += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let placementSwaps: [String: String] = {
        let old = ["òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy"]
        let new = ["oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ"]
        var swaps: [String: String] = [:]
        for (o, n) in zip(old, new) {
            swaps[o] = n
            swaps[n] = o
            swaps[o.prefix(1).uppercased() + o.dropFirst()] = n.prefix(1).uppercased() + n.dropFirst()
            swaps[n.prefix(1).uppercased() + n.dropFirst()] = o.prefix(1).uppercased() + o.dropFirst()
        }
        return swaps
    }()

    /// The text in windows-1258 through ICU's converter: tone marks split off as the combining
    /// characters the code page stores (`ả` → `a` + U+0309), other letters kept (`â`, `ơ`, `đ`).
    static func windows1258(_ text: String) throws -> [UInt8] {
        let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        var split = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            let tones = parts.filter { toneMarks.contains($0.value) }
            guard !tones.isEmpty else { split.append(scalar); continue }
            let base = String(String.UnicodeScalarView(parts.filter { !toneMarks.contains($0.value) }))
            split.append(contentsOf: base.precomposedStringWithCanonicalMapping.unicodeScalars)
            split.append(contentsOf: tones)
        }
        let (bytes, unmappable) = try Converter("windows-1258").encode(String(split))
        precondition(unmappable == 0, "the article has characters windows-1258 lacks")
        return bytes
    }

    /// UTF-16 with a byte order mark.
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for u in text.utf16 { bytes += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
        return bytes
    }

    /// The article as a news page: headline in `<h1>`, paragraphs in `<p>` with some characters as
    /// references, the publication time only in the page's metadata, and traps around it: figures
    /// in a script, a style, a comment, the navigation, a related-articles box, and a footer with a
    /// licence number and the oldest date on the page.
    static func htmlPage(_ text: String, published: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        let headline = lines[0]
        let body = lines.dropFirst(2).map { line in
            "<p>" + escape(line).replacingOccurrences(of: " đảng viên", with: "&nbsp;&#273;ảng viên") + "</p><!-- Đảng bộ kết nạp 555 đảng viên -->"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>\(escape(headline)) - Báo Điện tử</title>
        <meta property="article:published_time" content="\(published)">
        <style>.lead::before { content: "Chi bộ có 901 đảng viên"; }</style>
        <script>var promo = "Đảng bộ kết nạp 902 đảng viên"; if (a < b && c > 0) { run(); }</script>
        </head><body>
        <header class="site-header"><a href="/">Trang chủ</a><nav><ul><li>Xây dựng Đảng<li>Chính trị</ul></nav></header>
        <div class="breadcrumb">Xây dựng Đảng &gt; Tin tức</div>
        <main><article>
        <h1>\(escape(headline))</h1>
        \(body)
        </article>
        <aside class="related"><h3>Tin liên quan</h3><p>Đảng bộ huyện kết nạp 321 đảng viên</p></aside></main>
        <footer><p>Giấy phép số 123/GP-BTTTT ngày 01/01/2005 của Bộ Thông tin và Truyền thông.</p>
        <p>Bản quyền &copy; 2005 Báo Điện tử. Có 40 phóng viên thường trú.</p></footer>
        </body></html>
        """
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// What the twins must agree on: each fact's kind, measure and figures, in order.
    static func signature(_ record: [String: Any]) -> [String] {
        ((record["facts"] as? [[String: Any]]) ?? []).map { fact in
            ["kind", "measure", "value", "value_max", "classes", "participants", "number"]
                .map { "\(fact[$0].map { "\($0)" } ?? "-")" }.joined(separator: "|")
        }
    }
}
