import Testing
@testable import SoLieu

/// Planned and done figures side by side: on a labelled line ("Kết nạp đảng viên: kế hoạch 12,
/// thực hiện 13") and in a table with "Kế hoạch" and "Thực hiện" columns. Each text is made up.
struct PlanColumnTests {
    /// Facts of a text as a file read from disk: its tables rewritten first.
    private func facts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().extract(text: FigureTable.rewritingTables(in: "Tin\n\n" + text)).facts
    }

    private func labels(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.kind == .percentage ? "percentage" : $0.measure ?? "-") \($0.value ?? 0) \($0.modality)" }
    }

    @Test func columnsNamedOnALabelledLineSayPlannedOrDone() throws {
        let facts = try facts("""
        Năm 2024, Đảng ủy xã Ea Rông Hạ đạt nhiều kết quả.
        - Kết nạp đảng viên: kế hoạch 14, thực hiện 15, đạt 107,1%.
        - Công nhận đảng viên chính thức: KH 11, TH 9.
        """)
        #expect(labels(facts) == ["party_members.admitted 14.0 target", "party_members.admitted 15.0 actual",
                                  "percentage 107.1 actual", "party_members.official 11.0 target",
                                  "party_members.official 9.0 actual"])
    }

    @Test func theColumnsNounsCountWhatTheLabelNames() throws {
        let facts = try facts("Đảng ủy phường Tân Định tổng kết năm.\n- Kết nạp: chỉ tiêu 20 đảng viên, kết quả 23 đảng viên.")
        #expect(labels(facts) == ["party_members.admitted 20.0 target", "party_members.admitted 23.0 actual"])
    }

    @Test func aTableOfPlannedAndDoneColumnsReadsAsLabelledLines() throws {
        let text = """
        Kết quả 6 tháng đầu năm của Đảng bộ xã Hòa Yên Đông:

        Nội dung | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
        Kết nạp đảng viên mới (đảng viên) | 16 | 7 | 43,8
        Công nhận đảng viên chính thức (đảng viên) | 10 | 6 | 60,0
        Thu đảng phí (triệu đồng) | 52 | 27,4 | 52,7
        """
        #expect(FigureTable.rewritingTables(in: text).contains(
            "Kết nạp đảng viên mới: kế hoạch 16 đảng viên (năm 2024); thực hiện 7 đảng viên (6 tháng); đạt 43,8% kế hoạch."))
        let facts = try facts(text)
        #expect(labels(facts) == ["party_members.admitted 16.0 target", "party_members.admitted 7.0 actual", "percentage 43.8 actual",
                                  "party_members.official 10.0 target", "party_members.official 6.0 actual", "percentage 60.0 actual",
                                  "other 52.0 target", "other 27.4 actual", "percentage 52.7 actual"])
    }

    /// "Học viên lớp bồi dưỡng nhận thức về Đảng: kế hoạch 30; thực hiện 34": learners by label are
    /// training facts, planned and held.
    @Test func learnersCountedUnderTheirClasssLabelAreTraining() throws {
        let facts = try facts("Đảng ủy xã Ea Rông Hạ tổng kết năm.\n- Học viên lớp bồi dưỡng nhận thức về Đảng: kế hoạch 30; thực hiện 34.\n- Học viên lớp đảng viên mới: 12.")
        #expect(facts.map { "\($0.kind) \($0.participants ?? 0) \($0.modality) \($0.topic ?? "-")" }
            == ["training 30 target bồi dưỡng nhận thức về Đảng", "training 34 actual bồi dưỡng nhận thức về Đảng",
                "training 12 actual đảng viên mới"])
    }

    /// A guard: a column's name in prose, with no labelled line, changes nothing ("thực hiện kế
    /// hoạch, kết nạp 16 đảng viên" happened).
    @Test func columnWordsInProseAreNoColumns() throws {
        let facts = try facts("Năm 2024, Đảng ủy xã Ea Rông Hạ thực hiện kế hoạch đề ra, kết nạp 16 đảng viên, thực hiện 3 đợt kiểm tra.")
        #expect(labels(facts) == ["party_members.admitted 16.0 actual", "other 3.0 actual"])
    }
}
