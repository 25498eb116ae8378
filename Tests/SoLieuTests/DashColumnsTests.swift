import Testing
@testable import SoLieu

/// Tables whose columns are set apart by spaced dashes under a heading row are read as pipe tables.
struct DashColumnsTests {
    @Test func aDashTableWithHeadingsBecomesAPipeTable() {
        let text = """
        Đơn vị – Số đảng viên – Kết nạp mới
        Toàn Đảng bộ – 614 – 22
        Chi bộ Khu phố 1 – 118 – 4
        Nhìn vào bảng, các chi bộ khu phố vẫn là trụ cột.
        """
        #expect(DashColumns.rewritten(text) == """
        Đơn vị | Số đảng viên | Kết nạp mới
        Toàn Đảng bộ | 614 | 22
        Chi bộ Khu phố 1 | 118 | 4
        Nhìn vào bảng, các chi bộ khu phố vẫn là trụ cột.
        """)
    }

    @Test func theRowsCountWhatTheirColumnsName() throws {
        let text = FigureTable.rewritingTables(in: """
        Số liệu năm 2025

        Đơn vị – Số đảng viên – Kết nạp mới – Chuyển chính thức
        Chi bộ Khu phố 1 – 118 – 4 – 3
        Chi bộ Khu phố 2 – 96 – 3 – 2
        """)
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.map(\.value) == [118, 4, 3, 96, 3, 2])
        #expect(facts.map(\.measure) == ["party_members.total", "party_members.admitted", "party_members.official",
                                         "party_members.total", "party_members.admitted", "party_members.official"])
        #expect(facts.map(\.subject) == ["Chi bộ Khu phố 1", "Chi bộ Khu phố 1", "Chi bộ Khu phố 1",
                                         "Chi bộ Khu phố 2", "Chi bộ Khu phố 2", "Chi bộ Khu phố 2"])
    }

    /// Names with a dash ("Đội Nhào lộn – Tung hứng có 18 người") and two-column lists are no such table.
    @Test func linesWithOneDashStay() {
        let text = """
        Đội Nhào lộn – Tung hứng có 18 người
        Đảng bộ Công an tỉnh – 412
        Đảng bộ Quân sự tỉnh – 305
        Đảng bộ Biên phòng tỉnh – 198
        """
        #expect(DashColumns.rewritten(text) == text)
    }
}
