import Testing
@testable import SoLieu

/// The cell a text is about stays its subject where the text refers to it in lower case after
/// "của", and a heading's party words do not run on into the name on the next line. Each text is
/// made up.
struct CellInViewTests {
    private func subjects(_ text: String) throws -> [String?] {
        try TestSupport.extractor().extract(text: text).facts.map(\.subject)
    }

    @Test func chiBoAfterCuaIsTheCellInView() throws {
        let text = """
        Công khai biên bản sinh hoạt của Chi bộ Bến Đò

        Đảng ủy phường Tân Hòa chọn Chi bộ Bến Đò làm điểm về sinh hoạt chi bộ năm nay.

        Chi bộ Bến Đò – Đảng bộ phường Tân Hòa

        – Tổng số đảng viên của chi bộ: 27 đồng chí.
        """
        #expect(try subjects(text) == ["Chi bộ Bến Đò"])
    }

    @Test func aHeadingsPartyWordsStopAtTheLineEnd() throws {
        let text = """
        Công khai biên bản họp chi bộ ở phường Hòa Bình

        BIÊN BẢN HỌP CHI BỘ
        Chi bộ Tổ dân phố 4 – Đảng bộ phường Hòa Bình

        Chi bộ có 19 đảng viên, sinh hoạt đều đặn mỗi tháng một lần vào tối mùng 5 tại nhà văn hóa tổ dân phố; các đảng viên cao tuổi được miễn sinh hoạt vẫn đến dự đông đủ và góp nhiều ý kiến.
        """
        let found = try subjects(text)
        #expect(found.count == 1)
        #expect(found.first??.contains("\n") == false, "\(found)")
        #expect(found.first??.hasSuffix("Tổ dân phố 4") == true, "\(found)")
    }

    @Test func aSectorInLowerCaseIsNoUnitOfTheCellInView() throws {
        let text = """
        Chi bộ Trường THPT Hòa Lạc kết nạp 2 đảng viên là học sinh

        Sáng 3/6, Chi bộ Trường THPT Hòa Lạc tổ chức lễ kết nạp đảng viên cho hai em học sinh lớp 12.

        Phát biểu tại buổi lễ, em Minh xúc động: "Em sẽ cố gắng thi đỗ vào ngành Kỹ thuật hàng không".

        Hiện Chi bộ có 31 đảng viên.
        """
        let members = try TestSupport.extractor().extract(text: text).facts.filter { $0.value == 31 }
        #expect(members.map(\.subject) == ["Chi bộ Trường THPT Hòa Lạc"])
    }
}
