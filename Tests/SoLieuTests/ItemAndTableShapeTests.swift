import Testing
@testable import SoLieu

/// Shapes of lists and tables met in holdout-23: labelled items, units named with a number, period
/// columns, headings over items. Each sentence is made up.
struct ItemAndTableShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }
    /// Read as a file is: tables are rewritten as sentences on reading.
    private func recordFacts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().record(for: InputDocument(id: "t", path: nil, bytes: Array(text.utf8))).facts
    }

    @Test func aCapitalisedVerbOpeningAnItemIsNoName() throws {
        let facts = try facts("Kết quả công tác\n\na) Tiếp 1.126 lượt công dân tại trụ sở.\nb) Đón 240 lượt khách.\n")
        #expect(facts.map(\.value) == [1126, 240])
    }

    @Test func aUnitsHeadStillNamesANumberOpeningALine() throws {
        // "Tổ 5" opening its line is a name: its 5 is no count.
        let facts = try facts("Tin vắn\n\nTổ 5 có 12 đảng viên.\n")
        #expect(facts.map(\.value) == [12])
    }

    /// "Km 4 – Chi bộ thôn Khe Nước" opening its line after a sentence: the marker's number is no count.
    @Test func aHeadsNumberOpeningALineAfterASentenceIsAName() throws {
        let facts = try facts("Tin\n\nĐoàn công tác đi dọc tỉnh lộ.\n\nKm 4 – Chi bộ thôn Khe Nước\n\nChi bộ có 31 đảng viên.\n")
        #expect(facts.map(\.value) == [31])
    }

    @Test func aDashAfterAUnitsNumberJoinsNoRange() throws {
        let facts = try facts("Năm học 2025, Đảng ủy Trường kết nạp 120 học viên. Kết nạp theo đơn vị:\n- Tiểu đoàn 1 – 58 đồng chí\n- Tiểu đoàn 2 – 62 đồng chí\n")
        #expect(facts.map(\.value) == [120, 58, 62])
        #expect(facts.map(\.valueMax) == [nil, nil, nil])
        #expect(facts.dropFirst().map(\.subject) == ["Tiểu đoàn 1", "Tiểu đoàn 2"])
    }

    @Test func aHeadingOverItemsGivesTheirMeasure() throws {
        let facts = try facts("Năm học 2025, Đảng ủy Trường kết nạp 120 học viên.\n\nKẾT NẠP ĐẢNG VIÊN THEO ĐƠN VỊ\n\n- Tiểu đoàn 1 – 58 đồng chí\n- Tiểu đoàn 2 – 62 đồng chí\n")
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.admitted"])
        // Not a heading that only names columns in brackets.
        let columns = try self.facts("■ ĐƠN VỊ – SỐ LIỆU (đảng viên; kết nạp năm 2024)\n• Chi bộ Văn phòng – 31 đảng viên\n• Chi bộ Kho vận – 18 đảng viên\n")
        #expect(columns.map(\.measure) == ["party_members.total", "party_members.total"])
    }

    @Test func monthsOfAYearAndNotedYearsArePeriodColumns() {
        #expect(FigureTable.isPeriod("9 tháng năm 2025"))
        #expect(FigureTable.isPeriod("6 tháng đầu năm 2025"))
        #expect(FigureTable.isPeriod("Năm 2025 (kế hoạch)"))
        #expect(FigureTable.isPeriod("Năm học 2024-2025"))
        #expect(!FigureTable.isPeriod("9 tháng"))
        #expect(!FigureTable.isPeriod("Kết nạp mới"))
    }

    @Test func aPeriodTableWithAPlannedColumnReadsAsActualAndTarget() throws {
        let text = """
        Một số chỉ tiêu của Đảng bộ Công ty:

        Chỉ tiêu | Năm 2025 (thực hiện) | Năm 2026 (kế hoạch)
        Kết nạp đảng viên mới | 21 | 25
        Công nhận đảng viên chính thức | 12 | 18
        Chi bộ hoàn thành tốt nhiệm vụ (%) | 90,5 | 95

        """
        let facts = try recordFacts(text)
        #expect(facts.map(\.value) == [21, 25, 12, 18, 90.5, 95])
        #expect(facts.map(\.kind) == [.count, .count, .count, .count, .percentage, .percentage])
        #expect(facts.map(\.modality) == [.actual, .target, .actual, .target, .actual, .target])
        // A period column is no sub-group of its figure.
        #expect(facts.allSatisfy { $0.group == nil })
    }

    @Test func aMonthsColumnHeadingIsAHeadingRow() {
        let text = "Chỉ tiêu | Năm 2024 | 9 tháng năm 2025\nTổng số đảng viên | 297 | 312\nKết nạp đảng viên mới | 9 | 12\nĐảng viên được công nhận chính thức | 7 | 10"
        #expect(PipeTable.rewritten(text).contains("Năm 2024: 297 đảng viên; 9 tháng năm 2025: 312 đảng viên."))
    }
}
