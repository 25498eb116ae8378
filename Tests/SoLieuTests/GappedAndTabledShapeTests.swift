import Testing
@testable import SoLieu

/// Shapes met in holdout-28: tables whose columns are the start and end of a term, verbs left out
/// after a semicolon, forms of discipline after bare figures, places counted "mỗi chi bộ", quotas
/// in brackets after a period, a person named right after an institution's head word. Each
/// sentence is made up.
struct GappedAndTabledShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func columnsOfTheStartAndEndOfATermArePeriods() throws {
        let text = "Tin\n\nĐảng bộ Bệnh viện Đa khoa Hòa Lạc tổ chức Đại hội.\n\nChỉ tiêu | Đầu nhiệm kỳ (2020) | Cuối nhiệm kỳ (2025)\nChi bộ trực thuộc | 5 | 7\nTổng số đảng viên | 64 | 93\nĐảng viên nữ | 29 | 47\n"
        // Tables are rewritten when a document is read.
        let facts = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8))).facts
        #expect(facts.map(\.value) == [5, 7, 64, 93, 29, 47])
        #expect(facts.map(\.measure) == ["party_units.total", "party_units.total", "party_members.total", "party_members.total",
                                         "party_members.total", "party_members.total"])
        #expect(facts.map(\.period) == ["đầu nhiệm kỳ", "cuối nhiệm kỳ", "đầu nhiệm kỳ", "cuối nhiệm kỳ", "đầu nhiệm kỳ", "cuối nhiệm kỳ"])
        #expect(FigureTable.isPeriod("Cuối năm"))
        #expect(!FigureTable.isPeriod("Cuối cùng (2020)"))
    }

    @Test func aClauseWithoutAVerbAfterASemicolonTakesThePreviousVerb() throws {
        let facts = try facts("Tin\n\nNăm 2024, Chi bộ Kho vận kết nạp 3 đảng viên; Chi bộ Văn phòng 2 đảng viên. Đảng bộ Cảng Hòa Lạc có 120 đảng viên; Chi bộ Bến số 1 có 20 đảng viên; Chi bộ Đội tàu 18 đảng viên.")
        #expect(facts.map(\.value) == [3, 2, 120, 20, 18])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.total",
                                         "party_members.total", "party_members.total"])
        #expect(facts[1].subject == "Chi bộ Văn phòng")
    }

    @Test func placesCountedEachByTheirHeadWordGetAFactEach() throws {
        let facts = try facts("Tin\n\nTheo kế hoạch, mỗi năm Chi bộ Khách sạn phải kết nạp 02 đảng viên; Chi bộ Tàu cao tốc và Chi bộ Lữ hành mỗi chi bộ 01 đảng viên.")
        #expect(facts.map(\.value) == [2, 1, 1])
        #expect(facts.map(\.subject) == ["Chi bộ Khách sạn", "Chi bộ Tàu cao tốc", "Chi bộ Lữ hành"])
        #expect(facts.allSatisfy { $0.measure == "party_members.admitted" && $0.modality == .target })
    }

    @Test func aFormOfDisciplineAfterABareFigureNamesItsGroup() throws {
        let facts = try facts("Tin\n\nNăm 2024, Đảng ủy xã Tân Hòa thi hành kỷ luật 2 đảng viên (1 khiển trách, 1 cảnh cáo).")
        #expect(facts.map(\.value) == [2, 1, 1])
        #expect(facts.map(\.group) == [nil, "khiển trách", "cảnh cáo"])
        #expect(facts.allSatisfy { $0.measure == "party_members.disciplined" })
    }

    @Test func aSetOfNewMembersMayOpenAClauseAfterLa() throws {
        let facts = try facts("Tin\n\nNăm 2025, Đảng bộ Cảng Hòa Lạc kết nạp 7 đảng viên. Điểm đáng chú ý là trong số đảng viên mới có 5 đồng chí là công nhân bốc xếp.")
        #expect(facts.map(\.value) == [7, 5])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
    }

    @Test func aQuotaInBracketsMayFollowItsPeriod() throws {
        let facts = try facts("Tin\n\nNhiệm kỳ qua, Đảng bộ xã Tân Hòa kết nạp 34 đảng viên, vượt 13,3% chỉ tiêu nhiệm kỳ (30 đảng viên). Năm 2025, Chi bộ thôn Đông kết nạp 13 đảng viên, vượt 8,3% kế hoạch năm (12 đảng viên).")
        let quotas = facts.filter { $0.modality == .target }
        #expect(quotas.map(\.value) == [30, 12])
        #expect(quotas.allSatisfy { $0.measure == "party_members.admitted" })
    }

    @Test func aPersonNamedRightAfterAnInstitutionsHeadWordIsNoPartOfIt() throws {
        let facts = try facts("Tin\n\nChi bộ HTX Cao su Tân Lập có 13 đảng viên. Bí thư Chi bộ, Giám đốc HTX Điểu Văn Thắng, cho biết năm 2023 giá mủ xuống thấp. HTX chia 9 tổ sản xuất.")
        #expect(facts.last?.value == 9)
        #expect(facts.last?.subject == "Chi bộ HTX Cao su Tân Lập")
    }

    @Test func aLabelOfTransfersEndingInADirectionCountsTransfers() throws {
        let facts = try facts("Tin\n\nĐảng bộ xã Tân Hòa năm 2024: Tiếp nhận chuyển đến: 2 đồng chí; Chuyển sinh hoạt đi: 6 đồng chí. Trong tháng, 3 đảng viên nghỉ hưu chuyển sinh hoạt đảng về nơi cư trú.")
        #expect(facts.map(\.value) == [2, 6, 3])
        #expect(facts.map(\.measure) == ["other", "other", "other"])
    }

    @Test func gomBreaksDownWhatWasDoneOrAListAfterAColon() throws {
        let facts = try facts("Tin\n\nNăm 2024, Đảng bộ xã Tân Hòa xóa tên 5 đảng viên, gồm 03 trường hợp tự ý bỏ sinh hoạt đảng và 02 trường hợp không đóng đảng phí. Đảng bộ xã kết nạp 14 đảng viên, gồm: 5 giáo viên trẻ và 9 công nhân.")
        #expect(facts.map(\.value) == [5, 3, 2, 14, 5, 9])
        #expect(facts.map(\.measure) == ["party_members.struck_off", "party_members.struck_off", "party_members.struck_off",
                                         "party_members.admitted", "party_members.admitted", "party_members.admitted"])
    }

    @Test func gomDoesNotBreakAWholeIntoGroupsOfItsParts() throws {
        let facts = try facts("Tin\n\nĐảng bộ Hải đội 205 hiện có 7 chi bộ trực thuộc, gồm 5 chi bộ tàu và 2 chi bộ cơ quan. Năm 2024, 3/5 chi bộ tàu được xếp loại hoàn thành xuất sắc nhiệm vụ.")
        #expect(facts.filter { $0.value == 5 }.count == 1)
        #expect(facts.allSatisfy { $0.group == nil })
    }

    @Test func aCountRaisedToAFigureIsOfTheNounAfterSo() throws {
        let facts = try facts("Tin\n\nNăm 2024, Đảng bộ xã Phước Diêm kết nạp 6 đảng viên, nâng tổng số đảng viên lên 52. Xã thành lập thêm 1 chi bộ, nâng số chi bộ trực thuộc lên 14. Xã nâng chất lượng sinh hoạt lên 3 bậc.")
        #expect(facts.map(\.value) == [6, 52, 1, 14])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.total", "party_units.new", "party_units.total"])
    }

    @Test func anInstitutionAfterThuocEndsTheUnitsNameAndMayBeReferredTo() throws {
        let facts = try facts("Tin\n\nTôi gắn bó với Trạm Ra đa thời tiết Hòn Vọng, thuộc Đài Khí tượng Thủy văn khu vực Nam Trung Bộ. Chi bộ Trạm Ra đa Hòn Vọng thuộc Đài có 7 đảng viên.\n\nĐảng bộ Đài có 14 chi bộ với 263 đảng viên.")
        #expect(facts.map(\.value) == [7, 14, 263])
        #expect(facts.map(\.subject) == ["Chi bộ Trạm Ra đa Hòn Vọng", "Đài Khí tượng Thủy văn khu vực Nam Trung Bộ",
                                         "Đài Khí tượng Thủy văn khu vực Nam Trung Bộ"])
    }

    @Test func aCellNameRunsThroughAHyphenatedWordAndANumberAfterSo() throws {
        let facts = try facts("Tin\n\n■ Chi bộ Xí nghiệp chế biến muối i-ốt số 2: Chi bộ hiện có 11 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Xí nghiệp chế biến muối i-ốt số 2"])
    }

    @Test func theWorkplaceOfSomeoneCountedIsNoSubject() throws {
        let facts = try facts("Tin\n\nBan Thường vụ Huyện ủy Diêm Hải thi hành kỷ luật khai trừ 1 đảng viên, nguyên Giám đốc HTX muối Tân Hòa, do vi phạm; cảnh cáo 1 đảng viên liên đới trách nhiệm. Trên 45% diêm dân đã làm muối sạch.")
        #expect(facts.map(\.value) == [1, 1, 45])
        #expect(facts.allSatisfy { $0.subject == "Huyện ủy Diêm Hải" })
    }

    @Test func aListEndsAtAHeadingOrAnItemWithAnotherMark() throws {
        let text = "Tin\n\nĐảng bộ Trung tâm Truyền máu Tây Hải tổng kết nhiệm kỳ.\n\n• Kết nạp: 34 đảng viên, gồm:\n  – 21 bác sĩ, kỹ thuật viên\n  – 13 điều dưỡng\n• Công nhận đảng viên chính thức: 31 đồng chí\n\nGẮN VỚI CHUYÊN MÔN\n\n• 18 đảng viên là người hiến máu tình nguyện thường xuyên\n"
        let facts = try facts(text)
        #expect(facts.map(\.value) == [34, 21, 13, 31, 18])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.admitted",
                                         "party_members.official", "party_members.total"])
    }

    @Test func aHeadlineCountOfSomethingElseRestatesOnlyTheSameNoun() throws {
        let facts = try facts("Hơn một nghìn mô hình hay\n\nTừ năm 2021, huyện Lương Điền có 1.126 cán bộ tham gia và đã xây dựng 1.146 mô hình, cách làm hay.")
        #expect(facts.map(\.value) == [1126, 1146])
        #expect(facts.map(\.mentions) == [1, 2])
    }

    @Test func nounsListedBeforeAVerbOnlyMembersUndergoShareIt() throws {
        let facts = try facts("Tin\n\nNăm 2024, Trường Đại học Lâm Giang có 12 giảng viên, sinh viên trẻ đứng vào hàng ngũ của Đảng. Trường có 40 giảng viên, sinh viên tham gia hiến máu.")
        #expect(facts.map(\.value) == [12, 40])
        #expect(facts.map(\.measure) == ["party_members.admitted", "other"])
    }

    @Test func aDenialCoversTheFiguresAndDocumentsOfItsClause() throws {
        let facts = try facts("Tin\n\nCụ thể: Đảng bộ Công ty có 7 chi bộ với 152 đảng viên, không phải 9 chi bộ với 215 đảng viên như bài đã đăng. Tiểu thương nữ chiếm 87% số hộ, không phải 78%. Văn bản là Kết luận số 21-KL/TU, không phải Kết luận số 12-KL/TU. Chi bộ A có 12 đảng viên, không phải là chi bộ lớn nhất với 50 đảng viên.")
        #expect(facts.compactMap(\.value) == [7, 152, 87, 12, 50])
        #expect(facts.filter { $0.kind == .documentRef }.count == 1)
    }

    @Test func yearsInAColumnHeadingAreThePeriodOfItsFigures() throws {
        let text = "Tin\n\nĐảng bộ Bệnh viện Đà Rằng tổng kết nhiệm kỳ.\n\nChi bộ | Đảng viên | Kết nạp 2020–2025\nKhoa Vật lý trị liệu | 21 | 6\nKhoa Nhi | 14 | 4\nKhoa Dược | 10 | 3\n\nKết nạp 2021: 5 đảng viên. Toàn Đảng bộ có 2023 đảng viên.\n"
        let facts = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8))).facts
        #expect(facts.compactMap(\.value) == [21, 6, 14, 4, 10, 3, 5, 2023])
        #expect(facts.filter { $0.measure == "party_members.admitted" }.compactMap(\.value) == [6, 4, 3, 5])
        #expect(facts[1].period == "giai đoạn 2020–2025")
    }

    @Test func dongChiAfterANounOfOtherPeopleCountsThem() throws {
        let facts = try facts("Tin\n\nĐảng bộ Trường Cao đẳng Hòa Lạc có 118 đảng viên. Đội ngũ giảng viên hiện có 42 đồng chí. Số đảng viên là lái xe chỉ có 21 đồng chí. Đảng viên là học sinh, sinh viên có 37 đồng chí.")
        #expect(facts.map(\.value) == [118, 42, 21, 37])
        #expect(facts.map(\.measure) == ["party_members.total", "other", "party_members.total", "party_members.total"])
    }

    @Test func peopleSentToStudyAProgrammeAreTrainingAndASourceNamesItsPeople() throws {
        let facts = try facts("Tin\n\nNăm 2024, Chi nhánh Ngân hàng Hà Sơn đã cử 3 đồng chí học cao cấp lý luận chính trị và 4 đồng chí học trung cấp. Đảng bộ Công ty có 97 đảng viên; nguồn quần chúng ưu tú đang được theo dõi, bồi dưỡng là 17 người.")
        #expect(facts.map(\.kind) == [.training, .training, .count, .count])
        #expect(facts.compactMap(\.participants) == [3, 4])
        #expect(facts.last?.measure == "candidates.total")
    }

    @Test func aLineOfLabelledFiguresUnderAHeadingCountsTheHeadingsNoun() throws {
        let text = "Tin\n\nĐảng bộ Trường Đại học Hồng Lạc có 263 đảng viên.\n\nBẢNG 3. SỐ ĐẢNG VIÊN TẠI CÁC CHI BỘ\n\nChi bộ Khoa Kinh tế: 38 | Chi bộ Khoa Luật: 24 | Chi bộ Sinh viên 1: 33\n\nSỐ CHI BỘ THEO KHỐI\n\n- Đảng bộ Khối Kinh tế: 6\n- Đảng bộ Khối Sư phạm: 4\n"
        let facts = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8))).facts
        #expect(facts.compactMap(\.value) == [263, 38, 24, 33, 6, 4])
        #expect(facts.map(\.measure) == ["party_members.total", "party_members.total", "party_members.total", "party_members.total",
                                         "party_units.total", "party_units.total"])
        #expect(facts[3].subject == "Chi bộ Sinh viên 1")
    }

    @Test func aFigureOfTheWholeAfterItsListedPartsIsTheWholes() throws {
        let facts = try facts("Tin\n\nĐảng bộ phường Nà Tăm hiện có 14 chi bộ trực thuộc, gồm 10 chi bộ tổ dân phố, còn lại là các chi bộ trường học, Chi bộ Công an phường và Chi bộ Quân sự phường, với tổng số 547 đảng viên. Có những đảng bộ mạnh như Đảng bộ Công ty Điện tử Hanwa với 186 đảng viên.")
        #expect(facts.map(\.value) == [14, 10, 547, 186])
        #expect(facts.map(\.subject) == ["Đảng bộ phường Nà Tăm", "Đảng bộ phường Nà Tăm", "Đảng bộ phường Nà Tăm", "Đảng bộ Công ty Điện tử Hanwa"])
    }

    @Test func courtsPalacesAndTaxFreeZonesAreInstitutions() throws {
        let facts = try facts("Tin\n\nĐảng bộ TAND tỉnh Hòa Giang hiện có 236 đảng viên. Chi bộ Cung Văn hóa Thiếu nhi tỉnh Thạch Lâm có 19 đảng viên. Đảng bộ Khu phi thuế quan Mỹ Giang hiện có 612 đảng viên.")
        #expect(facts.map(\.value) == [236, 19, 612])
        #expect(facts.map(\.subject) == ["Đảng bộ TAND tỉnh Hòa Giang", "Chi bộ Cung Văn hóa Thiếu nhi tỉnh Thạch Lâm",
                                         "Đảng bộ Khu phi thuế quan Mỹ Giang"])
    }
}
