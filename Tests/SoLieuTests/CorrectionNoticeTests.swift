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
}
