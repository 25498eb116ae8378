import Testing
@testable import SoLieu

/// Shapes met in holdout-24: infographic "label – figure" lines, tables with hedged cells and units
/// in brackets, captions restating the body, names right after a noun. Each sentence is made up.
struct InfographicShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }
    /// Read as a file is: tables are rewritten as sentences on reading, and the footer is cut.
    private func record(_ text: String) throws -> ArticleRecord {
        try TestSupport.extractor().record(for: InputDocument(id: "t", path: nil, bytes: Array(text.utf8)))
    }

    @Test func aDashAfterALabelReadsLikeAColon() throws {
        let text = "Tin\n\nĐảng bộ Công ty Nước sạch Hòa Bình có nhiều cố gắng.\n\nSỐ LIỆU\n- Chi bộ trực thuộc – 9\n- Tổng số đảng viên – 212\n- Người lao động toàn Công ty – gần 1.300\n- Hồ sơ đề nghị kết nạp đang thẩm định – 04\n\nĐảng ủy Công ty tiếp tục chỉ đạo các chi bộ."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [9, 212, 1300, 4])
        #expect(facts.map(\.measure) == ["party_units.total", "party_members.total", "other", "candidates.total"])
        #expect(facts[2].qualifier == .nearly)
    }

    @Test func aNounOnTheNextLineIsNotTheFiguresNoun() throws {
        let text = "Tin\n\nĐảng bộ Công ty Nước sạch Hòa Bình có nhiều cố gắng.\n\n- Tổng số đảng viên: 212\n- Đảng viên bị kỷ luật khiển trách: 01\n\nĐảng ủy Công ty tiếp tục chỉ đạo."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [212, 1])
        #expect(facts.map(\.measure) == ["party_members.total", "party_members.disciplined"])
        #expect(facts[0].evidence.text == "212" || !facts[0].evidence.text.contains("\n"))
    }

    @Test func aShortHeadingAboveAListOfFiguresIsNoByline() throws {
        let record = try record("Kết nạp đảng viên 9 tháng\n\nĐảng bộ Công ty Nước sạch Hòa Bình có nhiều cố gắng.\n\nTỔ CHỨC ĐẢNG\n- Chi bộ trực thuộc – 9\n- Tổng số đảng viên – 212\n")
        #expect(record.metadata.author == nil)
        #expect(record.facts.map(\.value) == [9, 212])
    }

    @Test func tableCellsWithAHedgeOrARangeAndUnitsInBrackets() {
        let text = """
        Chỉ tiêu | Năm 2024 | Năm 2025 (kế hoạch)
        Số tiền thu hồi (tỷ đồng) | 412,5 | –
        Tỷ lệ hoàn thành | 81,2% | trên 85%
        Số đảng viên kết nạp | 14 | 12–15
        """
        #expect(PipeTable.rewritten(text) == """
        Chỉ tiêu | Năm 2024 | Năm 2025 (kế hoạch)
        Năm 2024: 412,5 tỷ đồng tiền thu hồi.
        Năm 2024: 81,2% Tỷ lệ hoàn thành; Kế hoạch năm 2025: trên 85% Tỷ lệ hoàn thành.
        Năm 2024: 14 đảng viên kết nạp; Kế hoạch năm 2025: 12–15 đảng viên kết nạp.
        """)
        // A span of years in a cell is no range of figures; a word alone is no figure.
        #expect(!FigureTable.isFigureCell("2020-2025"))
        #expect(!FigureTable.isFigureCell("–"))
        #expect(FigureTable.isFigureCell("gần 40"))
    }

    @Test func aCaptionRestatesABodyFigureRounded() throws {
        let facts = try facts("Tin\n\nVới 2.416 công nhân, Công ty May Tân Phát là doanh nghiệp lớn của huyện.\n\nẢnh: Hơn 2.400 công nhân Công ty May Tân Phát làm việc theo ca.\n")
        #expect(facts.map(\.value) == [2416])
        #expect(facts.first?.mentions == 2)
    }

    @Test func theOrganisationNamedRightAfterTheNounIsTheSubject() throws {
        let facts = try facts("Tin\n\nĐảng bộ xã Tân Lập có 320 đảng viên. Ngày 12/3, 1.200 công nhân Công ty May Hồng Phát tham gia hiến máu.")
        #expect(facts.map(\.value) == [320, 1200])
        #expect(facts.last?.subject == "Công ty May Hồng Phát")
    }

    @Test func aDayAndMonthWithoutAYearIsNoFigure() throws {
        let facts = try facts("Tin\n\nNgày 12/3, 1.200 đoàn viên tham gia. Sáng 9/1, 64 đại biểu dự hội nghị. Có 4/7 chi bộ đạt.")
        #expect(facts.map(\.value) == [1200, 64, 4, 7])
    }

    @Test func aSentenceOpeningWithVoiHasItsSubjectAfterTheComma() throws {
        let text = "Tin\n\nHuyện Đông Lâm có 5 quỹ tín dụng nhân dân.\n\nVới 7 đảng viên, trong đó 3 đồng chí sắp nghỉ hưu, Chi bộ QTDND Thụy An đang thiếu người kế cận."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [5, 7, 3])
        #expect(facts.suffix(2).map(\.subject) == ["Chi bộ QTDND Thụy An", "Chi bộ QTDND Thụy An"])
    }

    @Test func aSubheadingsFigureIsTheOneOfTheParagraphUnderIt() throws {
        let text = "Tin\n\nHuyện Đông Lâm có 5 chi bộ quỹ tín dụng.\n\nQuỳnh Xá: Kết nạp 02 đảng viên trẻ\nChi bộ QTDND Quỳnh Xá vừa tổ chức lễ kết nạp 02 đảng viên là cán bộ tín dụng.\n"
        let facts = try facts(text)
        #expect(facts.map(\.value) == [5, 2])
        #expect(facts.last?.subject == "Chi bộ QTDND Quỳnh Xá")
        #expect(facts.last?.mentions == 2)
    }

    @Test func aSentenceMayOpenWithAFigure() throws {
        let text = "Tin\n\nChi bộ thôn Gò Mít có 29 đảng viên.\n\nToàn xã Phú Điền đã chi trả cho người dân hơn 215 tỷ đồng. 14 hộ chưa bàn giao đều ở thôn Gò Mít."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [29, 215, 14])
        #expect(facts[1].subject == "Toàn xã Phú Điền")
        // Not after an abbreviation: "TP. 14" stays one sentence with what follows.
        let analysis = try Analyzer(abbreviations: [FoldedKey.fold("TP")])
            .analyze(try Normalizer.normalize("Đã chi trả hơn 215 tỷ đồng. 14 hộ chưa bàn giao. TP. 14 có 9 phường."))
        #expect(analysis.sentences.count == 3)
    }

    @Test func aCellAfterAnInstitutionNamedSinceTheLastCellIsItsCell() throws {
        let text = "Tin\n\nChi bộ QTDND Quỳnh Xá có 12 đảng viên.\n\nQTDND An Bài là quỹ nhỏ nhất huyện. Chi bộ có 6 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [12, 6])
        #expect(facts.last?.subject == "Chi bộ QTDND An Bài")
        // An institution with a party body of its own: "Chi bộ" stays the cell in view.
        let own = try self.facts("Tin\n\nChi bộ Trạm Biên phòng Vĩnh Xuyên có 11 đảng viên. Đồn Biên phòng Cửa Vĩnh là cấp trên của Trạm. Đảng bộ Đồn có 47 đảng viên. Năm 2024, Chi bộ kết nạp 2 đảng viên.")
        #expect(own.map(\.value) == [11, 47, 2])
        #expect(own.last?.subject == "Chi bộ Trạm Biên phòng Vĩnh Xuyên")
    }

    @Test func aPartNamedByItsGroupAfterLa() throws {
        let facts = try facts("Tin\n\nChị Hằng cho biết Chi bộ Xưởng May có 19 đảng viên thì 13 là nữ. Chi bộ Kho vận có 12 đảng viên, trong đó 5 là nữ.")
        #expect(facts.map(\.value) == [19, 13, 12, 5])
        #expect(facts.map(\.group) == [nil, "nữ", nil, "nữ"])
        #expect(facts.map(\.measure) == Array(repeating: "party_members.total", count: 4))
    }

    @Test func aRankInTheWholeAreaIsNoSubject() throws {
        let facts = try facts("Tin\n\nCông ty Giày Phúc Lộc đứng thứ 2 toàn tỉnh về xuất khẩu. Năm 2024, công ty hỗ trợ 85 triệu đồng.")
        #expect(facts.map(\.value) == [85])
        #expect(facts.first?.subject == "Công ty Giày Phúc Lộc")
    }
}
