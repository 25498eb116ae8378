import Testing
@testable import SoLieu

/// A page saved as Markdown is read as plain text: marks dropped, links reduced to their text,
/// images dropped; the date line with "·" and the caption's credit are read as on a page. Each
/// page is made up.
struct MarkdownPageTests {
    private let page = """
    [Trang chủ](https://xa.example.vn/) › [Xây dựng Đảng](https://xa.example.vn/xdd)

    # ĐẢNG BỘ XÃ YÊN LẠC HẠ: 6 THÁNG KẾT NẠP 9 ĐẢNG VIÊN

    *Cập nhật: 03-07-2025* · Tác giả: **Lê Minh Thư**

    ![Lễ kết nạp](https://xa.example.vn/anh.jpg)
    *Lễ kết nạp đảng viên tại Chi bộ thôn Đồng Chằm, ngày 19/5/2025. Ảnh: Minh Thư*

    ## Tổ chức đảng

    Đảng bộ xã hiện có **21 chi bộ** với **612 đảng viên**; thực hiện [Kế hoạch số 12-KH/ĐU](https://xa.example.vn/kh12.pdf), 6 tháng qua kết nạp **9 đảng viên**.

    - **Chi bộ thôn:** 14 chi bộ
    - **Chi bộ cơ quan, trường học:** 7 chi bộ
    """

    @Test func markdownMarksAreDroppedAndLinksKeepTheirText() {
        let plain = MarkdownText.plain(page)
        #expect(plain.contains("Đảng bộ xã hiện có 21 chi bộ với 612 đảng viên; thực hiện Kế hoạch số 12-KH/ĐU, 6 tháng qua kết nạp 9 đảng viên."))
        #expect(plain.contains("\nĐẢNG BỘ XÃ YÊN LẠC HẠ: 6 THÁNG KẾT NẠP 9 ĐẢNG VIÊN\n"))
        #expect(plain.contains("\n- Chi bộ thôn: 14 chi bộ\n"))
        #expect(!plain.contains("anh.jpg") && !plain.contains("**") && !plain.contains("##"))
    }

    @Test func aMarkdownPageGivesItsDateAuthorAndFigures() throws {
        let record = try TestSupport.extractor().extract(text: FigureTable.rewritingTables(in: MarkdownText.plain(page)))
        #expect(record.metadata.published == "2025-07-03")
        #expect(record.metadata.author == "Lê Minh Thư")
        #expect(Set(TestSupport.countLabels(record.facts)).isSuperset(of: ["party_units.total 21", "party_members.total 612",
                                                                           "party_members.admitted 9"]))
        // The caption's cell is not in view after it.
        #expect(record.facts.first { $0.value == 21 }?.subject?.lowercased() == "đảng bộ xã yên lạc hạ")
    }

    /// A guard: a text with one bold span or a single "#" is no Markdown.
    @Test func aTextWithOneMarkIsLeftAsItIs() {
        let text = "Chi bộ có **12** đảng viên.\nSố #3 của bản tin."
        #expect(MarkdownText.plain(text) == text)
    }
}
