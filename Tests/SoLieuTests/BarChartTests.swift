import Testing
@testable import SoLieu

/// Bar charts drawn in text read as sentences under their caption. Each chart is made up.
struct BarChartTests {
    private func facts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().extract(text: FigureTable.rewritingTables(in: "Tin\n\n" + text)).facts
    }

    @Test func barLinesReadAsSentencesOfTheirCaption() throws {
        let chart = """
        Đảng bộ huyện Sơn Hà Thượng tổng kết bốn năm.

        Biểu đồ 1. Số đảng viên kết nạp mới (người)
        2022: ████████ 154
        2023: ██████████ 176

        Cả hai năm đều vượt chỉ tiêu được giao.
        """
        #expect(BarChart.rewritten(chart).contains("\nNăm 2022: 154 đảng viên kết nạp mới.\nNăm 2023: 176 đảng viên kết nạp mới.\n"))
        let facts = try facts(chart)
        #expect(facts.map { "\($0.measure ?? "") \(Int($0.value ?? 0)) \($0.period ?? "-")" }
            == ["party_members.admitted 154 năm 2022", "party_members.admitted 176 năm 2023"])
    }

    @Test func aLineOfSeveralBarsGivesEachFigureItsLabel() {
        #expect(BarChart.rewritten("2021: TCCS ████ 41 | Xóa tên ██ 17") == "Năm 2021: 41 TCCS, 17 Xóa tên.")
    }

    /// A guard: block characters without a figure after them, and text without bars, are left alone.
    @Test func linesWithoutABarAndAFigureAreLeftAsTheyAre() {
        let text = "Tiến độ: ██████░░░░ (đang cập nhật)\nChi bộ có 12 đảng viên."
        #expect(BarChart.rewritten(text) == text)
    }
}
