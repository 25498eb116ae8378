import Testing
@testable import SoLieu

/// An infographic's text: figures with their captions after a bar, lines that open with a figure
/// under a heading in capitals, a "Trong đó" line over items, the one singled out ("Nhiều nhất:").
/// Each text is made up.
struct InfographicLineTests {
    /// Facts of a text as a file read from disk: its tables rewritten first.
    private func facts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().extract(text: FigureTable.rewritingTables(in: "Tin\n\n" + text)).facts
    }

    @Test func aFigureAndItsCaptionAfterABarReadAsOnePhrase() throws {
        #expect(PipeTable.rewritten("TỔ CHỨC ĐẢNG\n42 | tổ chức cơ sở đảng\n263 | chi bộ trực thuộc\n7.105 | đảng viên\n↑ 3,1% | so với năm 2023")
            == "TỔ CHỨC ĐẢNG\n42 tổ chức cơ sở đảng\n263 chi bộ trực thuộc\n7.105 đảng viên\n↑ 3,1% so với năm 2023")
        #expect(PipeTable.rewritten("8 lớp | bồi dưỡng nhận thức về Đảng | 466 học viên")
            == "8 lớp bồi dưỡng nhận thức về Đảng, 466 học viên")
        let facts = try facts("Đảng bộ huyện Sơn Mỹ năm 2024.\n\nTỔ CHỨC ĐẢNG\n42 | tổ chức cơ sở đảng\n7.105 | đảng viên")
        #expect(TestSupport.countLabels(facts) == ["party_units.total 42", "party_members.total 7105"])
    }

    @Test func linesOpeningWithAFigureTakeTheMeasureOfTheHeadingInCapitals() throws {
        let facts = try facts("""
        Đảng bộ huyện Sơn Mỹ năm 2024.

        KẾT NẠP
        203 đảng viên mới

        MỤC TIÊU 2025
        ≥ 210 đảng viên mới
        """)
        #expect(facts.map { "\($0.measure ?? "") \(Int($0.value ?? 0)) \($0.modality) \($0.qualifier)" }
            == ["party_members.admitted 203 actual exact", "party_members.admitted 210 target atLeast"])
    }

    /// A guard: under a heading in lower case, a line opening with a figure is prose.
    @Test func aHeadingInLowerCaseGivesNoMeasure() throws {
        let facts = try facts("Đảng bộ huyện Sơn Mỹ năm 2024.\n\nKết nạp và phát triển\n203 đảng viên đang sinh hoạt tại 12 chi bộ.")
        #expect(TestSupport.countLabels(facts).first == "party_members.total 203")
    }

    @Test func aTrongDoLineBreaksDownTheCountAboveItsPlannedFigures() throws {
        let facts = try facts("""
        KẾT NẠP
        203 đảng viên mới
        Chỉ tiêu giao: 190 đảng viên
        Trong đó
        – Đoàn viên thanh niên: 118
        – Nữ: 91
        """)
        let parts = facts.filter { $0.group != nil }
        #expect(parts.map { "\($0.measure ?? "") \(Int($0.value ?? 0)) \($0.group ?? "")" }
            == ["party_members.admitted 118 Đoàn viên thanh niên", "party_members.admitted 91 Nữ"])
    }

    @Test func theOneSingledOutDoesNotStayInView() throws {
        let facts = try facts("""
        Năm 2024, Đảng bộ huyện Sơn Mỹ hoàn thành vượt chỉ tiêu kết nạp đảng viên.

        KẾT NẠP
        203 đảng viên mới
        Nhiều nhất: Đảng bộ xã Tà Xùa Đông – 16 đảng viên

        CHUYỂN CHÍNH THỨC
        171 đảng viên dự bị được công nhận đảng viên chính thức
        """)
        #expect(facts.map { $0.subject ?? "-" } == ["Đảng bộ huyện Sơn Mỹ", "Đảng bộ xã Tà Xùa Đông", "Đảng bộ huyện Sơn Mỹ"])
    }
}
