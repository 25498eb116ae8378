import Testing
@testable import SoLieu

/// Correction notices and editors' notes after an article (`corrections.tsv`): the figures they
/// retract are no facts, the figures they give restate the article's. Each text is made up.
struct CorrectionNoticeTests {
    private func values(_ text: String) throws -> [Double] {
        try TestSupport.extractor().extract(text: text).facts.compactMap(\.value)
    }

    @Test func aNoticeUnderAHeadingOfItsOwnRetractsWhatItQuotes() throws {
        let body = "Tin\n\nNăm 2025, Đảng bộ phường Bến Hà kết nạp 12 đảng viên.\n\n"
        let values = try values(body + "ĐÍNH CHÍNH\n\nTrong bài \"Giữ nếp phố cũ từ những chi bộ khu dân cư\" nêu trên, đoạn thứ hai viết: \"Năm 2025, Đảng bộ phường Bến Hà kết nạp 21 đảng viên\". Số đúng là 12 đảng viên.\n")
        #expect(values == [12])
    }

    @Test func anEditorsNoteLosesOnlyWhatItRetracts() throws {
        let body = "Tin\n\nChi bộ Cảng cá Cửa Nam có 23 đảng viên.\n\n"
        let retracted = try values(body + "Ghi chú của Tòa soạn: Trong thư gốc, bạn đọc ghi Chi bộ có 25 đảng viên. Tòa soạn đã sửa lại: Chi bộ có 23 đảng viên.\n")
        #expect(retracted == [23])
        let added = try values(body + "Ghi chú của Tòa soạn: Theo Ban Tổ chức Huyện ủy, toàn huyện hiện có hơn 2.100 đảng viên từ 70 tuổi trở lên.\n")
        #expect(added == [23, 2100])
    }

    /// A notice correcting an earlier article: the right figure counts what the wrong one counted,
    /// for whom and when.
    @Test func theRightFigureOfANoticeCountsWhatTheWrongOneCounted() throws {
        let text = "Tin\n\nXã Hòa Thắng có nhiều đổi mới.\n\nĐÍNH CHÍNH\n\nTrong bài \"Người Chăm giữ nghề\" đăng ngày 3/5/2025, chúng tôi đã ghi năm 2024 Đảng bộ xã Hòa Thắng kết nạp 42 đảng viên. Số liệu đúng là 24 đảng viên.\n"
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.map(\.value) == [24])
        #expect(facts.first?.measure == "party_members.admitted")
        #expect(facts.first?.subject == "Đảng bộ xã Hòa Thắng")
        #expect(facts.first?.period == "năm 2024")
    }

    /// "(*) Đính chính: …": a notice after a footnote's mark, whose right figure restates the body's.
    @Test func aNoticeAfterAFootnoteMarkIsANotice() throws {
        let text = "Tin\n\nĐảng bộ xã Nà Hỳ Hạ kết nạp 11 đảng viên (*).\n\n(*) Đính chính: Bản đăng lúc 7 giờ 30 ngày 11/7/2024 ghi Đảng bộ xã Nà Hỳ Hạ kết nạp 17 đảng viên; số đúng là 11 đảng viên.\n"
        #expect(try values(text) == [11])
    }
}
