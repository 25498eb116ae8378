import Testing
@testable import SoLieu

/// Plain-text tables with cells between "|" are read like HTML tables of figures.
struct PipeTableTests {
    @Test func aTableOfFiguresIsWrittenRowByRow() {
        let text = """
        Kết quả 6 tháng đầu năm:
        Đơn vị | Số đảng viên | Kết nạp mới
        Chi bộ Công ty May Tân An | 24 | 4
        Chi bộ Trường Tiểu học Hòa Lạc | 31 | 2
        Nguồn: Ban Tổ chức
        """
        #expect(PipeTable.rewritten(text) == """
        Kết quả 6 tháng đầu năm:
        Đơn vị | Số đảng viên | Kết nạp mới
        Chi bộ Công ty May Tân An 24 đảng viên, 4 Kết nạp mới.
        Chi bộ Trường Tiểu học Hòa Lạc 31 đảng viên, 2 Kết nạp mới.
        Nguồn: Ban Tổ chức
        """)
    }

    @Test func markdownBarsAndRulesAreNotCells() {
        let text = "| Xã | Tổng số chi bộ |\n|---|---:|\n| Tân An | 12 |\n| Hòa Lạc | 9 |"
        #expect(PipeTable.rewritten(text) == "Xã | Tổng số chi bộ\nXã Tân An: 12 chi bộ.\nXã Hòa Lạc: 9 chi bộ.")
    }

    @Test func linesThatAreNotATableStay() {
        for text in ["Trang chủ | Tin tức | Xây dựng Đảng\nĐảng bộ xã có 12 chi bộ.",
                     "Lượt xem: 517 | Gửi bạn bè | In bài viết",
                     "A | B\nC | D\nE | F",
                     "Đơn vị | Số đảng viên\nChi bộ A | 12\nChi bộ B | 9 | 3"] {
            #expect(PipeTable.rewritten(text) == text, "\(text)")
        }
    }

    @Test func cellsThatNameTheirNounsAreFiguresToo() {
        let text = """
        Trung cấp lý luận chính trị: 9 lớp | 612 học viên | 148 | 431
        Bồi dưỡng cán bộ nguồn: 4 lớp | 286 học viên | – | –
        Bồi dưỡng chuyên đề: 23 lớp | 1.582 học viên | – | –
        Cộng: 36 lớp | 2.480 học viên
        """
        #expect(PipeTable.rewritten(text) == """
        Trung cấp lý luận chính trị: 9 lớp, 612 học viên, 148, 431.
        Bồi dưỡng cán bộ nguồn: 4 lớp, 286 học viên.
        Bồi dưỡng chuyên đề: 23 lớp, 1.582 học viên.
        Cộng: 36 lớp, 2.480 học viên.
        """)
    }

    @Test func aCaptionsUnitOfMeasureNamesTheNounOfBareFigures() throws {
        let text = """
        Tình hình chuyển sinh hoạt đảng năm 2024 (đơn vị tính: đảng viên):

        Đơn vị | Chuyển đến | Chuyển đi | Đã ký cam kết
        Đảng bộ thị trấn Chợ Rồng | 41 | 27 | 6
        Đảng bộ xã Đông Hưng | 18 | 32 | 5
        Đảng bộ xã Phú Mỹ | 15 | 24 | 4
        """
        #expect(PipeTable.rewritten(text).contains("Đảng bộ xã Đông Hưng 18 đảng viên chuyển đến, 32 đảng viên chuyển đi, 5 đảng viên đã ký cam kết."))
        #expect(FigureTable.unitOfMeasure(in: "(ĐVT: chi bộ)") == "chi bộ")
        #expect(FigureTable.unitOfMeasure(in: "Đơn vị tính là gì") == nil)
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        let row = record.facts.filter { $0.subject == "Đảng bộ xã Đông Hưng" }
        #expect(row.map(\.value) == [18, 32, 5])
        #expect(Set(row.map(\.measure)) == ["other"])
    }

    @Test func aBareFigureBeforeAnAuxiliaryAndAVerbOfMembersCountsMembers() throws {
        let text = """
        Đơn vị | Số đảng viên | Đã ký cam kết | Bị nhắc nhở
        Đảng bộ xã Quỳnh Châu | 412 | 409 | 2
        Đảng bộ thị trấn Lâm Hà | 538 | 521 | 5
        Đảng bộ xã Hòa Mỹ | 287 | 280 | 1
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        let row = record.facts.filter { $0.subject == "Đảng bộ thị trấn Lâm Hà" }
        #expect(row.map(\.value) == [538, 521, 5])
        #expect(row.map(\.measure) == ["party_members.total", "other", "other"])
    }

    @Test func headingsLoseTheirNumberOfWords() {
        #expect(FigureTable.figure("412", heading: "Số đảng viên") == "412 đảng viên")
        #expect(FigureTable.figure("9", heading: "Tổng số chi bộ") == "9 chi bộ")
        #expect(FigureTable.figure("9", heading: "Số lượng") == "9 Số lượng")
        #expect(FigureTable.figure("27", heading: "Tổ chức đảng") == "27 Tổ chức đảng")
    }

    @Test func theLabelColumnsHeadingNamesBareNamesAndPeriods() {
        #expect(FigureTable.labelled("Tân Phong", heading: "Xã") == "Xã Tân Phong")
        #expect(FigureTable.labelled("Trường THCS Lũy Bắc", heading: "Chi bộ") == "Chi bộ Trường THCS Lũy Bắc")
        #expect(FigureTable.labelled("2023-2024", heading: "Năm học") == "Năm học 2023-2024")
        #expect(FigureTable.labelled("Nậm Khiêng", heading: "Xã, thị trấn") == "Xã Nậm Khiêng")
        #expect(FigureTable.labelled("Thị trấn Pá Hốc", heading: "Xã, thị trấn") == "Thị trấn Pá Hốc")
        // A label with lower-case words names itself; a totals row; a heading the label repeats.
        #expect(FigureTable.labelled("Đảng bộ Công ty Xi măng Lương Sơn", heading: "Đơn vị") == "Đảng bộ Công ty Xi măng Lương Sơn")
        #expect(FigureTable.labelled("Cộng", heading: "Xã") == "Cộng")
        #expect(FigureTable.labelled("Xã Tân Phong", heading: "Xã") == "Xã Tân Phong")
        #expect(FigureTable.labelled("Tân Phong", heading: "Tên xã, thị trấn") == "Tân Phong")
    }

    @Test func aPartColumnReadsAsABreakdownOfTheColumnBefore() throws {
        let text = """
        Kết quả kết nạp đảng viên năm 2024:
        Xã | Kết nạp đảng viên | Trong đó nữ
        Tân Phong | 14 | 6
        Hòa Lạc | 11 | 5
        Cộng | 25 | 11
        """
        #expect(FigureTable.figure("6", heading: "Trong đó nữ") == "trong đó 6 nữ")
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        let facts = record.facts.filter { $0.subject?.hasPrefix("Xã") ?? false }
        #expect(facts.map(\.value) == [14, 6, 11, 5])
        #expect(facts.map(\.subject) == ["Xã Tân Phong", "Xã Tân Phong", "Xã Hòa Lạc", "Xã Hòa Lạc"])
        #expect(facts.map(\.group) == [nil, "nữ", nil, "nữ"])
        #expect(Set(facts.map(\.measure)) == ["party_members.admitted"])
    }

    @Test func aTableExtractsOneFactPerFigureWithTheRowAsSubject() throws {
        let text = """
        Đảng bộ Khối Doanh nghiệp tỉnh Hòa Bình báo cáo kết quả như sau:
        Đơn vị | Số đảng viên | Kết nạp mới
        Đảng bộ Công ty Xi măng Lương Sơn | 212 | 7
        Chi bộ Công ty May Tân An | 24 | 4
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        #expect(record.facts.map(\.measure) == ["party_members.total", "party_members.admitted", "party_members.total",
                                                "party_members.admitted"])
        #expect(record.facts.map(\.value) == [212, 7, 24, 4])
        #expect(record.facts.map(\.subject) == ["Đảng bộ Công ty Xi măng Lương Sơn", "Đảng bộ Công ty Xi măng Lương Sơn",
                                                "Chi bộ Công ty May Tân An", "Chi bộ Công ty May Tân An"])
    }

    @Test func aListUnderAnIntroductionTakesItsVerb() throws {
        let text = """
        Cụ thể, số đảng viên được trao Huy hiệu đợt này như sau:
        Loại Huy hiệu | Số đảng viên
        70 năm tuổi Đảng | 3
        60 năm tuổi Đảng | 11
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        #expect(record.facts.map(\.value) == [3, 11])
        #expect(record.facts.allSatisfy { $0.measure == "party_members.badge_awarded" })
    }

    @Test func aRowOfClassesAndLearnersIsOneTrainingFact() throws {
        let text = """
        Kết quả bồi dưỡng 6 tháng:

        Nội dung | Số lớp | Số học viên
        Bồi dưỡng đảng viên mới | 3 | 141
        Bồi dưỡng nhận thức về Đảng | 2 | 120
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        #expect(record.facts.map(\.kind) == [.training, .training])
        #expect(record.facts.map(\.classes) == [3, 2])
        #expect(record.facts.map(\.participants) == [141, 120])
    }

    @Test func aColumnOfPartyUnitsNamesItsLabelsEvenWithLowerCaseWords() {
        let text = "Chi bộ | Tổng số đảng viên\nXếp dỡ 1 | 27\nKho bãi | 16\nCộng | 43"
        #expect(PipeTable.rewritten(text) == "Chi bộ | Tổng số đảng viên\nChi bộ Xếp dỡ 1: 27 đảng viên.\nChi bộ Kho bãi: 16 đảng viên.\nCộng 43 đảng viên.")
    }

    @Test func columnsOfPeriodsMakeEachRowLabelTheNounOfItsFigures() {
        let text = "Chỉ tiêu | Nhiệm kỳ 2015-2020 | Nhiệm kỳ 2020-2025\nTổng số đảng viên | 1.286 | 1.412\nKết nạp đảng viên mới | 198 | 243"
        #expect(PipeTable.rewritten(text) == """
        Chỉ tiêu | Nhiệm kỳ 2015-2020 | Nhiệm kỳ 2020-2025
        Nhiệm kỳ 2015-2020: 1.286 đảng viên; Nhiệm kỳ 2020-2025: 1.412 đảng viên.
        Nhiệm kỳ 2015-2020: 198 Kết nạp đảng viên mới; Nhiệm kỳ 2020-2025: 243 Kết nạp đảng viên mới.
        """)
        #expect(FigureTable.isPeriod("Năm 2024") && FigureTable.isPeriod("2020 - 2025") && !FigureTable.isPeriod("Chuyển đi"))
    }

    @Test func aTableWithoutAHeadingRowTakesTheHeadingsASentenceBeforeItGivesInBrackets() throws {
        let text = """
        Số liệu từng chi bộ như sau (tên chi bộ | số đảng viên | kết nạp mới trong năm):

        | Chi bộ Xí nghiệp Cầu 1 | 42 | 4 |
        | Chi bộ Xí nghiệp Cơ giới | 29 | 3 |
        | Chi bộ Ban Quản lý dự án | 25 | – |
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        #expect(record.facts.map(\.value) == [42, 4, 29, 3, 25])
        #expect(record.facts.map(\.measure) == ["party_members.total", "party_members.admitted", "party_members.total",
                                                "party_members.admitted", "party_members.total"])
    }

    @Test func linesOfALabelADashAndAFigureAreRowsUnderTheHeadingsGivenInBrackets() {
        let text = """
        ĐƠN VỊ DẪN ĐẦU (ĐƠN VỊ – SỐ ĐƠN VỊ MÁU)

        Đảng bộ Công an tỉnh – 412
        Đảng bộ xã Khoen Lếch – 187
        Đảng bộ phường Tân Pho – 164
        """
        #expect(DashTable.rewritten(text) == """
        ĐƠN VỊ DẪN ĐẦU (ĐƠN VỊ – SỐ ĐƠN VỊ MÁU)

        Đảng bộ Công an tỉnh: 412 đơn vị máu.
        Đảng bộ xã Khoen Lếch: 187 đơn vị máu.
        Đảng bộ phường Tân Pho: 164 đơn vị máu.
        """)
        // Without headings, or with fewer than three lines, nothing changes.
        let bare = "Đảng bộ Công an tỉnh – 412\nĐảng bộ xã Khoen Lếch – 187\nĐảng bộ phường Tân Pho – 164"
        #expect(DashTable.rewritten(bare) == bare)
        #expect(DashTable.figureEndingLines("a – 1\nb - 2,5\nc–3\nd – x".utf8) == 2)
    }
}
