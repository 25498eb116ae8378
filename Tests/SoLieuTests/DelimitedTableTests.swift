import Testing
@testable import SoLieu

/// Tables pasted from a spreadsheet (cells between tabs or commas) are read as tables of figures;
/// a column of row numbers is no label. Each table is made up.
struct DelimitedTableTests {
    /// Facts of a text as a file read from disk: its tables rewritten first.
    private func facts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().extract(text: FigureTable.rewritingTables(in: "Tin\n\n" + text)).facts
    }

    @Test func commaSeparatedRowsAreATableAndTheirCommasSeparateCells() throws {
        let facts = try facts("""
        Bảng số liệu:

        STT,Chi bộ,Đảng viên,Kết nạp 2024
        1,Thôn Đông Hà,31,2
        2,Thôn Tây Hà,27,1
        3,Trường Tiểu học Hà Lâm,18,3
        """)
        #expect(TestSupport.countLabels(facts) == ["party_members.total 31", "party_members.admitted 2", "party_members.total 27",
                                                   "party_members.admitted 1", "party_members.total 18", "party_members.admitted 3"])
        #expect(facts.first?.subject == "Chi bộ Thôn Đông Hà")
    }

    @Test func tabSeparatedRowsAreATable() throws {
        let facts = try facts("Bảng số liệu:\n\nChi bộ\tĐảng viên\tKết nạp\nThôn Đông Hà\t31\t2\nThôn Tây Hà\t27\t1\n")
        #expect(TestSupport.countLabels(facts) == ["party_members.total 31", "party_members.admitted 2", "party_members.total 27",
                                                   "party_members.admitted 1"])
    }

    /// A guard: prose with commas (each followed by a space), and decimal commas, are no table.
    @Test func proseAndDecimalCommasAreNoTable() {
        let prose = "Xã có 3 thôn, 2 tổ dân phố, 1 khu tái định cư.\nXã có 4 thôn, 2 tổ dân phố, 1 khu công nghiệp.\nXã có 5 thôn, 2 tổ dân phố, 1 chợ."
        #expect(DelimitedTable.rewritten(prose) == prose)
        let decimals = "Tỷ lệ đạt 98,5%.\nTỷ lệ đạt 97,2%.\nTỷ lệ đạt 99,1%."
        #expect(DelimitedTable.rewritten(decimals) == decimals)
    }
}
