import Foundation
import Testing
@testable import SoLieu

struct ExtractionTests {
    static let seedDirectory = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/seed")

    /// The seed article: all 17 facts, no extras, subjects right for at least 11 of 12, published right.
    @Test func seedArticleScoresPerfectly() throws {
        let golds = try GoldArticle.load(directory: Self.seedDirectory)
        try #require(golds.count == 1, "the seed is read from ../shared/seed")
        let extractor = try TestSupport.extractor()
        var evaluator = Evaluator()
        for gold in golds {
            let bytes = Array(try Data(contentsOf: gold.articleURL))
            evaluator.add(gold: gold, record: extractor.record(for: InputDocument(id: gold.id, path: nil, bytes: bytes)))
        }
        #expect(evaluator.overall.gold == 17)
        #expect(evaluator.overall.matched == 17)
        #expect(evaluator.overall.predicted == 17)
        #expect(evaluator.subject.checked == 12)
        #expect(evaluator.subject.right >= 11)
        #expect(evaluator.published.right == 1)
    }

    /// The bundled corpus stays above the quality gate.
    @Test func corpusStaysAboveTheQualityGate() throws {
        let golds = try GoldArticle.load(directory: TestSupport.root.appendingPathComponent("corpus/articles"))
        #expect(golds.count >= 12)
        let extractor = try TestSupport.extractor()
        var evaluator = Evaluator()
        let validator = SchemaValidator.article
        for gold in golds {
            let bytes = Array(try Data(contentsOf: gold.articleURL))
            let record = extractor.record(for: InputDocument(id: gold.id, path: gold.articleURL.path, bytes: bytes))
            #expect(validator.validate(record.json()).isEmpty, "\(gold.id) validates")
            #expect(record.diagnostics.isEmpty, "\(gold.id): \(record.diagnostics)")
            evaluator.add(gold: gold, record: record)
        }
        #expect(evaluator.overall.f1 >= 0.95, "\(evaluator.report(verbose: true))")
    }

    /// Every evidence range slices the normalised text to the evidence text, and lies in its sentence.
    @Test func evidenceOffsetsSliceTheNormalisedText() throws {
        let extractor = try TestSupport.extractor()
        let dir = TestSupport.root.appendingPathComponent("corpus/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let extraction = try extractor.extract(text: text)
            let scalars = Array(extraction.text.unicodeScalars)
            for fact in extraction.facts {
                let slice = String(String.UnicodeScalarView(scalars[fact.evidence.start..<fact.evidence.end]))
                #expect(slice == fact.evidence.text, "\(name): \(fact.evidence)")
                #expect(fact.evidence.sentence.contains(fact.evidence.text) || fact.evidence.text.contains("\n"))
            }
        }
    }

    @Test func repeatedFigureIsOneFactWithMentions() throws {
        let text = "Đảng bộ xã Tân Hòa kết nạp 25 đảng viên mới.\nNăm qua, Đảng bộ xã Tân Hòa kết nạp 25 đảng viên mới, có 310 đảng viên."
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.count == 2)
        #expect(facts[0].measure == "party_members.admitted" && facts[0].value == 25 && facts[0].mentions == 2)
        #expect(facts[1].measure == "party_members.total" && facts[1].value == 310)
    }

    @Test func aSubheadingRestatesABodyFigureRoundedToItsLastDigit() throws {
        let text = """
        Lương Điền học tập và làm theo Bác

        Báo cáo tại hội nghị: hơn một nghìn mô hình, cách làm hay
        Từ năm 2021 đến nay, Đảng bộ huyện Lương Điền đã xây dựng 1.146 mô hình, cách làm hay.
        Chỉ tiêu học tập nghị quyết: trên 95% - 98,7%
        Kết quả, đảng viên được học tập nghị quyết đạt 97%.
        """
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.map(\.value) == [1146, 95, 98.7, 97])
        #expect(facts[0].mentions == 2)
    }

    @Test func aShortFirstLineIsNoBylineThatWouldMakeTheArticleItsFooter() throws {
        let extraction = try TestSupport.extractor().extract(text: "Tin\n\nXã Thanh Lãng có 32 đảng viên.\n")
        #expect(extraction.metadata.author == nil)
        #expect(extraction.facts.map(\.value) == [32])
    }

    @Test func notFiguresAreLeftOut() throws {
        let text = """
        Nhiệm kỳ 2020-2025, Chi bộ thôn 5 có 40 đảng viên. Trong 16, 17 năm qua, lần thứ 3 đại hội; \
        Trường THCS số 2 được trao Huy hiệu 30 năm tuổi Đảng. Liên hệ 0912345678.
        """
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.map { $0.value } == [40])
        #expect(facts.first?.subject == "Chi bộ thôn 5")
    }

    @Test func passiveVerbsSetTheMeasure() throws {
        let facts = try TestSupport.extractor().extract(text: "Năm 2022, Đảng bộ xã An Phú có 8 đồng chí được công nhận đảng viên chính thức, 2 đảng viên bị xóa tên.").facts
        #expect(facts.map { $0.measure } == ["party_members.official", "party_members.struck_off"])
    }

    @Test func targetsKeepTheActivityMeasure() throws {
        let facts = try TestSupport.extractor().extract(text: "Đảng bộ huyện Bảo Lâm phấn đấu kết nạp 90 đảng viên trong năm 2023.").facts
        #expect(facts.count == 1)
        #expect(facts.first?.measure == "party_members.admitted")
        #expect(facts.first?.modality == .target)
        #expect(facts.first?.period == "trong năm 2023")
    }

    @Test func aHedgeAfterAPercentageAndItsNoun() throws {
        let facts = try TestSupport.extractor().extract(text: "Hằng năm có từ 90% chi bộ trở lên hoàn thành tốt nhiệm vụ; 35% đảng viên là nữ.").facts
        #expect(facts.map(\.qualifier) == [.atLeast, .exact])
    }

    @Test func articleMetadataFromDateLineAndByline() {
        let meta = ArticleMetadata.read("Tiêu đề bài viết\nThứ Hai, 12/09/2022 08:30\nNội dung.\nBài, ảnh: Thu Trang")
        #expect(meta.published == "2022-09-12T08:30:00+07:00")
        #expect(meta.title == "Tiêu đề bài viết")
        #expect(meta.author == "Thu Trang")
        #expect(ArticleMetadata.read("Ngày đăng: 15/03/2023\nNội dung có 5 đảng viên.").published == "2023-03-15")
    }

    @Test func aSavedPagesHeadlineIsAboveItsDateLineAndTheSitesDateIsNotTheArticles() {
        let meta = ArticleMetadata.read("""
        BÁO TÂN LẬP ĐIỆN TỬ
        Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Tân Lập
        Thứ Hai, 09/06/2025 | Đăng nhập | RSS
        Trang chủ > Xây dựng Đảng
        Hòa Sơn: Giữ mối liên hệ giữa đảng viên với nơi cư trú
        Thứ Năm, 05/06/2025 07:40
        Năm qua, chi ủy các thôn đã nhận xét 412 đảng viên.
        """)
        #expect(meta.published == "2025-06-05T07:40:00+07:00")
        #expect(meta.title == "Hòa Sơn: Giữ mối liên hệ giữa đảng viên với nơi cư trú")
        // A breadcrumb above the date line is no headline.
        #expect(ArticleMetadata.read("CỔNG THÔNG TIN\nTrang chủ > Tin tức > Xây dựng Đảng\nNgày đăng: 15/03/2023\nNội dung.").title == nil)
    }

    @Test func aHeadlineCountRestatesABodyCountOfWhatAnActivityWasAppliedTo() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Hòa Sơn: Hơn 1.200 đảng viên giữ mối liên hệ với nơi cư trú
        Thứ Năm, 05/06/2025 07:40
        Đến nay, các chi bộ cơ quan đã giới thiệu 1.236 đảng viên về nơi cư trú.
        """).facts
        #expect(facts.map(\.value) == [1236])
        #expect(facts.map(\.measure) == ["other"])
        #expect(facts.map(\.mentions) == [2])
    }

    @Test func aBulletHeadingsFigureIsTheOneOfTheParagraphItHeads() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Đảng bộ Công ty Than Đồng Mỏ qua những con số
        Thứ Hai, 03/02/2025 08:00
        Đảng bộ Công ty hiện có 1.874 đảng viên.

        - 88 đảng viên
        Chi bộ Phân xưởng Đào lò 2 hiện có 88 đảng viên, đông nhất Đảng bộ.

        - 98,1% tổ sản xuất có đảng viên
        Năm 2019, tỷ lệ này mới đạt 91,5%.
        """).facts
        #expect(facts.map(\.value) == [1874, 88, 98.1, 91.5])
        #expect(facts.map(\.mentions) == [1, 2, 1, 1])
        #expect(facts[1].subject == "Chi bộ Phân xưởng Đào lò 2")
    }

    @Test func aSchoolYearIsAPeriodAndAGroupEndsAtAFullStop() throws {
        let facts = try TestSupport.extractor().extract(text: "Năm học 2024-2025, Đảng ủy Trường kết nạp 31 sinh viên, trong đó 19 nữ.").facts
        #expect(facts.map(\.value) == [31, 19])
        #expect(facts.map(\.period) == ["năm học 2024-2025", "năm học 2024-2025"])
        #expect(facts.map(\.group) == [nil, "nữ"])
    }

    @Test func aPeriodInBracketsLabelsOnlyWhatIsInsideThem() throws {
        let facts = try TestSupport.extractor().extract(text: """
            Năm 2024, Đảng bộ xã kết nạp 12 đảng viên (năm 2023: 9), xóa tên 2 đảng viên.
            """).facts
        #expect(facts.map(\.value) == [12, 9, 2])
        #expect(facts.map(\.period) == ["năm 2024", "năm 2023", "năm 2024"])
    }

    @Test func aDocumentsTitleEndsBeforeAFigureOpeningTheMainClauseAndItsTimeIsNoFigures() throws {
        let facts = try TestSupport.extractor().extract(text: """
            Thực hiện Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng \
            hằng năm đối với tập thể, cá nhân trong hệ thống chính trị, 18,4% số chi bộ (7 chi bộ) được xếp loại hoàn thành \
            xuất sắc nhiệm vụ.
            """).facts
        #expect(facts.first?.title == "kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị")
        #expect(facts.dropFirst().map(\.value) == [18.4, 7])
        #expect(facts.dropFirst().map(\.period) == [nil, nil])  // not "hằng năm" of the title
    }

    @Test func aSavedPageHasItsDateLineUnderTheMenuAndItsRelatedListFarFromTheEnd() throws {
        let menu = ["CỔNG THÔNG TIN XÃ TÂN HÒA", "Trang chủ", "Giới thiệu", "Tin tức", "Xây dựng Đảng", "Liên hệ",
                    "Trang chủ / Xây dựng Đảng", "Đảng bộ xã Tân Hòa kết nạp 12 đảng viên"]
        let footer = ["PV", "Tin liên quan", "- Xã Tân Mỹ kết nạp 18 đảng viên (20/10/2025)",
                      "- Phường An Khê: Hơn 96% chi bộ hoàn thành tốt nhiệm vụ (02/10/2025)",
                      "- Đảng bộ xã Phước Lộc trao Huy hiệu Đảng cho 32 đảng viên (25/9/2025)",
                      "Tin mới nhất", "- Hội nghị Ban Chấp hành lần thứ 5 (24/10/2025)", "Bình luận (0)", "Gửi bình luận",
                      "© Bản quyền thuộc UBND xã Tân Hòa", "Địa chỉ: thôn Phú Xuân 1", "Điện thoại: 0233.3851.204",
                      "Email: xatanhoa@tinh.gov.vn", "Về đầu trang", "Thiết kế bởi Trung tâm CNTT", "Đang truy cập: 57"]
        let text = (menu + ["Ngày đăng: 27/10/2025 | 09:12 | Lượt xem: 1.286", "",
                            "Năm 2025, Đảng bộ xã Tân Hòa kết nạp 12 đảng viên."] + footer).joined(separator: "\n")
        let extraction = try TestSupport.extractor().extract(text: text)
        #expect(extraction.metadata.published == "2025-10-27T09:12:00+07:00")
        #expect(extraction.facts.map(\.value) == [12])
    }

    /// Readers' comments after the article ("Bình luận (3)", then signed comments) are not the
    /// article: their figures are no facts (conventions, "Excluded").
    @Test func readersCommentsAfterTheArticleAreNotItsFacts() throws {
        let text = """
        Phường Tân An kết nạp 19 đảng viên

        Năm 2024, Đảng bộ phường Tân An kết nạp 19 đảng viên, trong đó 7 người là chủ hộ kinh doanh. Nguồn phát \
        triển đảng của phường hiện có 28 quần chúng ưu tú.

        Bình luận (3)

        Lê Văn Hùng · 12/03/2025 08:10
        Khu phố tôi có 36 đảng viên mà năm rồi mới kết nạp được 1 người.

        Ngô Thị Mai · 12/03/2025 09:45
        Hình như hội nghị báo cáo là 21 đảng viên chứ không phải 19?
        """
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(facts.map(\.value) == [19, 7, 28])
    }

    @Test func aReplyAfterASignedLetterIsStillTheArticle() throws {
        let extraction = try TestSupport.extractor().extract(text: """
        Mong Công ty quan tâm hơn đến việc phát triển đảng viên trong lái xe.

        Trần Văn Khởi (phường Hưng Dũng, TP. Vinh)

        PHẢN HỒI CỦA ĐẢNG ỦY CÔNG TY

        Đồng chí Phó Bí thư Thường trực Đảng ủy Công ty cho biết: 6 tháng đầu năm 2025, các chi bộ đã giới thiệu 11 \
        quần chúng ưu tú vào nguồn phát triển đảng viên, hoàn thiện 05 hồ sơ đề nghị kết nạp.
        """)
        #expect(extraction.metadata.author == "Trần Văn Khởi")
        #expect(extraction.facts.map(\.value) == [11, 5])
    }

    @Test func badgeTiersAreGroupsAndNounsOfTheSamePeopleAreNot() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Đợt này có 12 đảng viên được tặng Huy hiệu Đảng, gồm: 01 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, \
        3 đồng chí nhận Huy hiệu 60 năm; số còn lại nhận Huy hiệu 30 năm.
        Năm qua kết nạp 45 đảng viên, trong đó 14 nữ, 20 học sinh, 3 người là chủ doanh nghiệp.
        """).facts
        #expect(facts.map(\.value) == [12, 1, 3, 45, 14, 20, 3])
        #expect(facts.map(\.group) == [nil, "Huy hiệu 75 năm tuổi Đảng", "Huy hiệu 60 năm", nil, "nữ", "học sinh", "chủ doanh nghiệp"])
    }

    @Test func aTitleEndsWhereTheMainClauseOpensWithAnOrganisation() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh phát động ủng hộ. Đảng bộ xã Yên Lương có 317 đảng viên. Thực \
        hiện Công điện số 07-CĐ/TU của Ban Thường vụ Tỉnh ủy về khắc phục hậu quả bão số 3, Đảng ủy Khối đã phát động \
        đảng viên trong 47 tổ chức cơ sở đảng trực thuộc ủng hộ một ngày lương.
        """).facts
        #expect(facts.map(\.value) == [317, nil, 47])
        #expect(facts[1].title == "khắc phục hậu quả bão số 3")
        // "Đảng ủy Khối": the bloc that named itself in full before.
        #expect(facts[2].subject == "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")
    }

    @Test func aDocumentNamedAgainWithItsDateGivesTheDate() throws {
        let facts = try TestSupport.extractor().extract(text: """
        10 năm thực hiện Chỉ thị 09-CT/TW
        Thực hiện Chỉ thị số 09-CT/TW ngày 14/6/2016 của Ban Bí thư, tỉnh đã thành lập 210 tổ chức đảng.
        """).facts
        let directive = facts.first { $0.kind == .documentRef }
        #expect(directive?.mentions == 2)
        #expect(directive?.date == "2016-06-14")
    }

    @Test func aLinkToAnotherArticleInsideTheTextGivesNoFacts() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Diễn đàn đảng viên trẻ năm 2025

        Toàn Đảng bộ tỉnh hiện có 96.418 đảng viên.

        Xem thêm: Tây Lâm: Kết nạp hơn 2.300 đảng viên trong 6 tháng đầu năm

        Năm 2024, tỉnh kết nạp 5.120 đảng viên.
        """).facts
        #expect(facts.map(\.value) == [96418, 5120])
    }
}
