import Foundation
import Testing
@testable import SoLieu

struct HTMLTextTests {
    static let page = """
    <!DOCTYPE html><html><head><title>Tin - Báo X</title>
    <meta property="article:published_time" content="2022-08-03T11:18:00+07:00">
    <style>p { content: "Chi bộ có 901 đảng viên" }</style>
    <script>var x = "kết nạp 902 đảng viên"; if (a < b && c > d) {}</script>
    </head><body>
    <header><a href="/">Trang chủ</a></header>
    <nav><ul><li>Chính trị<li>Xã hội</ul></nav>
    <div id="main-menu">Menu 903 đảng viên</div>
    <article>
    <h1>Đảng bộ   xã <em>An Phú</em></h1>
    <p>Đảng bộ có 233&nbsp;đảng viên &amp; 16 chi bộ &#8211; &#x1EA1; &copy</p><!-- 904 đảng viên -->
    <p>Dòng một<br>dòng hai</p>
    <table><tr><th>Chi bộ</th><td>45</td></tr></table>
    <figure><img src="a.jpg" alt="x"><figcaption>Ảnh: T.H</figcaption></figure>
    <p hidden>ẩn 905</p><p style="display: none">ẩn 906</p>
    </article>
    <aside>Tin liên quan 907</aside>
    <footer>Giấy phép số 123/GP-BTTTT ngày 01/01/2005</footer>
    </body></html>
    """

    @Test func chromeIsDroppedAndBlocksAreLines() {
        let article = HTMLText.extract(Self.page)
        #expect(article.text.split(separator: "\n") == [
            "Đảng bộ xã An Phú",
            "Đảng bộ có 233\u{A0}đảng viên & 16 chi bộ – ạ ©",
            "Dòng một", "dòng hai",
            "Chi bộ", "45",
            "Ảnh: T.H",
        ])
        #expect(article.title == "Đảng bộ xã An Phú")
        #expect(article.published == "2022-08-03T11:18:00+07:00")
    }

    @Test(arguments: [
        (#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-05-06T07:08:09Z"}]}</script><p>x</p>"#,
         "2023-05-06T07:08:09Z"),
        (#"<p>Cập nhật <time datetime="2021-02-03">3/2</time></p><aside><time datetime="2001-01-01"></time></aside>"#, "2021-02-03"),
        (#"<aside><time datetime="2001-01-01"></time></aside><p>no date here</p>"#, nil),
        (#"<meta name="pubdate" content="2020-01-02 10:11"><p>x</p>"#, "2020-01-02T10:11:00"),
    ] as [(String, String?)])
    func publishedComesFromThePagesMetadata(_ html: String, _ published: String?) {
        #expect(HTMLText.extract(html).published == published)
    }

    @Test func titleFallsBackToTheTitleElement() {
        #expect(HTMLText.extract("<html><head><title>Tin &amp; bài</title><body><p>x</p>").title == "Tin & bài")
        // `<head>` left open ends at the first body element.
        #expect(HTMLText.extract("<html><head><title>T</title><p>Nội dung</p>").text == "Nội dung")
    }

    @Test(arguments: [
        ("a < b and c <3 d", "a < b and c <3 d"),
        ("x<!-- never closed", "x"),
        ("x<p class=\"never closed>y", "x"),
        ("<P CLASS=a>Upper</P><SCRIPT>no</SCRIPT>case", "Upper\ncase"),
        ("<script>a = '</scripts>'; b = 1</script >after", "after"),
        ("<svg/><p>after an icon</p>", "after an icon"),
        ("<p>&unknown; &amp &#0; &#xD800; &#150;</p>", "&unknown; & \u{FFFD} \u{FFFD} –"),
        ("</div></span>stray ends", "stray ends"),
        ("<p a='1' b=2 c>x</p>", "x"),
    ])
    func tokenizerIsTolerant(_ html: String, _ text: String) {
        #expect(HTMLText.extract(html).text == text)
    }

    /// Deep nesting and masses of unmatched end tags: no recursion, no rescans.
    @Test func deepNestingNeedsNoRecursion() {
        let depth = 100_000
        let nested = String(repeating: "<div><span>", count: depth) + "sâu" + String(repeating: "</span></div>", count: depth)
        #expect(HTMLText.extract(nested).text == "sâu")
        let unclosed = String(repeating: "<b>", count: depth) + "x" + String(repeating: "</i>", count: depth)
        #expect(HTMLText.extract(unclosed).text == "x")
        let open = String(repeating: "<a", count: depth)
        #expect(HTMLText.extract(open).text == "")
    }

    @Test func attributesAreDecoded() {
        var tokenizer = HTMLTokenizer(Array(#"<a href="x?a=1&amp;b=2" data-x='y' flag>"#.utf8))
        #expect(tokenizer.next() == .startTag(name: "a", attributes: [
            HTMLAttribute(name: "href", value: "x?a=1&b=2"), HTMLAttribute(name: "data-x", value: "y"),
            HTMLAttribute(name: "flag", value: ""),
        ], selfClosing: false))
        #expect(tokenizer.next() == nil)
    }

    @Test func htmlRecordsTakeThePagesTitleAndDate() throws {
        let bytes = Array("<h1>Kết nạp</h1><p>Thứ Hai, 12/09/2022 08:30</p><p>Chi bộ An Lạc kết nạp 3 đảng viên.</p>".utf8)
        let record = try TestSupport.extractor().record(for: InputDocument(id: "p", path: "p.html", bytes: bytes))
        #expect(record.format == "html")
        #expect(record.metadata.title == "Kết nạp")
        #expect(record.metadata.published == "2022-09-12T08:30:00+07:00")  // the date line: no metadata
        #expect(record.facts.map(\.value) == [3])
    }
}

/// Page shapes met on provincial portals: a page-wide `<form>`, lists of other articles marked by
/// their heading or by Vietnamese class names, run-together menu classes.
struct HTMLPortalTests {
    @Test func aPageWideFormKeepsItsArticle() {
        let page = """
        <html><body><form method="post" id="Form"><table class="layout"><tr>
        <td id="leftmenu"><div class="box-title">Liên kết</div><a href="#">Kết nạp 901 đảng viên</a></td>
        <td id="maincontent"><h1>Hưng Lam mở 18 lớp</h1><p>Trung tâm mở 18 lớp với 1.426 lượt học viên.</p></td>
        </tr></table><input type="text" name="q"><button>Tìm kiếm</button></form></body></html>
        """
        let text = HTMLText.extract(page).text
        #expect(text.contains("Trung tâm mở 18 lớp với 1.426 lượt học viên."))
        #expect(!text.contains("901"))
    }

    @Test func listsOfOtherArticlesAreLeftOut() {
        let page = """
        <html><body><div class="content"><h1>Tiêu đề</h1><p>Chi bộ có 45 đảng viên.</p></div>
        <div class="box"><h3>Tin liên quan</h3><ul><li><a href="#">Mèo Vạc kết nạp 137 đảng viên</a></li></ul></div>
        <div class="tin-khac"><a href="#">Đồng Văn xóa 5 thôn trắng đảng viên</a></div>
        <div class="detail__tags">Tags: Chỉ thị 33 doanh nghiệp</div>
        <p>Nguồn: Báo X</p></body></html>
        """
        let lines = HTMLText.extract(page).text.split(separator: "\n").map(String.init)
        #expect(lines == ["Tiêu đề", "Chi bộ có 45 đảng viên.", "Nguồn: Báo X"])
    }

    @Test func aRelatedHeadingRightInsideThePageHidesNothing() {
        let page = "<html><body><h3>Tin liên quan</h3><p>Chi bộ có 45 đảng viên.</p></body></html>"
        #expect(HTMLText.extract(page).text.contains("Chi bộ có 45 đảng viên."))
    }
}

extension HTMLPortalTests {
    @Test func pageChromeLexiconHasOnlyKnownKinds() {
        let text = String(decoding: BundledData.lexicon("page_chrome.tsv"), as: UTF8.self)
        let rows = LexiconFile.rows(text, file: "page_chrome.tsv")
        #expect(rows.count > 50)
        for row in rows {
            #expect(row.fields.count == 2 && ["heading", "class", "part", "caption", "menu"].contains(row.fields[1]), "\(row.fields)")
        }
        #expect(HTMLText.chromeClassWords.contains("khac"))
        #expect(HTMLText.isRelatedHeading("Tin liên quan:"))
        #expect(HTMLText.isRelatedHeading("TIN LIÊN QUAN"))
    }
}

/// Tables of figures are written one row per line, each figure followed by its column's heading;
/// other tables keep a line per cell.
struct HTMLTableTests {
    static func lines(_ body: String) -> [String] {
        HTMLText.extract("<html><body>" + body + "</body></html>").text.split(separator: "\n").map(String.init)
    }

    @Test func aTableOfFiguresReadsAsSentences() {
        let lines = Self.lines("""
        <table><caption>Kết quả kiểm tra năm 2023</caption>
        <tr><th>Nội dung</th><th>Tổ chức đảng</th><th>Đảng viên</th></tr>
        <tr><td>Cấp ủy kiểm tra</td><td>38</td><td>96</td></tr>
        <tr><td>UBKT kiểm tra tài chính</td><td>14</td><td>—</td></tr></table>
        """)
        #expect(lines == ["Kết quả kiểm tra năm 2023", "Nội dung | Tổ chức đảng | Đảng viên",
                          "Cấp ủy kiểm tra 38 Tổ chức đảng, 96 Đảng viên.", "UBKT kiểm tra tài chính 14 Tổ chức đảng."])
    }

    @Test func theFactsOfATableAreRead() throws {
        let page = """
        <html><body><h1>Tổng kết</h1><p>Năm 2023, Đảng bộ huyện Mường Khang làm tốt công tác kiểm tra.</p>
        <table><tr><th>Nội dung</th><th>Tổ chức đảng</th><th>Đảng viên</th></tr>
        <tr><td>Cấp ủy giám sát chuyên đề</td><td>27</td><td>64</td></tr></table></body></html>
        """
        let record = try Extractor().record(for: InputDocument(id: "t", path: "t.html", bytes: Array(page.utf8)))
        let values = record.facts.compactMap(\.value)
        #expect(values == [27, 64])
        #expect(record.facts.allSatisfy { $0.measure == "other" })
    }

    @Test func layoutAndTextTablesKeepALinePerCell() {
        // A page laid out with a table (a table inside), and a table of names.
        let layout = Self.lines("""
        <table><tr><td><table><tr><td>Menu</td><td>5</td></tr><tr><td>a</td><td>b</td></tr></table></td>
        <td><p>Chi bộ có 45 đảng viên.</p></td></tr><tr><td>x</td><td>7</td></tr></table>
        """)
        #expect(layout.contains("Chi bộ có 45 đảng viên."))
        #expect(layout.contains("x") && layout.contains("7"))
        let names = Self.lines("<table><tr><td>Họ tên</td><td>Chức vụ</td></tr><tr><td>Lò Văn A</td><td>Bí thư</td></tr></table>")
        #expect(names == ["Họ tên", "Chức vụ", "Lò Văn A", "Bí thư"])
    }
}
