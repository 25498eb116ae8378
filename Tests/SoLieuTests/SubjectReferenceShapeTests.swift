import Testing
@testable import SoLieu

/// Shapes of subjects met in holdout-30 and holdout-31: what "Đảng bộ" and "Chi bộ" refer back to
/// after areas and units named in passing. Each sentence is made up.
struct SubjectReferenceShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func theAreaOfTheUnitInViewAfterANounAndTrongLeavesTheUnitInView() throws {
        let facts = try facts("Tin\n\nĐảng bộ TAND tỉnh Lâm Giang hiện có 236 đảng viên. Đến nay, 100% thẩm phán của ngành trong tỉnh là đảng viên.\n\nTừ đầu nhiệm kỳ, Đảng bộ kết nạp 38 đảng viên.")
        #expect(facts.map(\.value) == [236, 100, 38])
        #expect(facts.last?.subject == "Đảng bộ TAND tỉnh Lâm Giang")
    }

    @Test func aVerbOfDecidingEndsAName() throws {
        let facts = try facts("Tin\n\nĐảng ủy Công ty Thủy lợi Bắc Sơn quyết định khai trừ 1 đảng viên.")
        #expect(facts.map(\.subject) == ["Đảng ủy Công ty Thủy lợi Bắc Sơn"])
    }

    @Test func aCellAfterCuaRightAfterTheFigureIsTheFigures() throws {
        let facts = try facts("Tin\n\nĐảng bộ Công ty Lâm nghiệp Nam Sơn có 143 đảng viên. Tháng 9, Đảng ủy Công ty khai trừ 1 đảng viên của Chi bộ Đội Sản xuất số 2.")
        #expect(facts.map(\.value) == [143, 1])
        #expect(facts.last?.subject == "Chi bộ Đội Sản xuất số 2")
    }

    @Test func aPartyBodysShortNameBeginsTheNameOfAnInstitution() throws {
        let facts = try facts("Tin\n\nĐảng bộ Vườn quốc gia Tà Pìn có 143 đảng viên.\n\nChi bộ Trạm Nậm Cát có 16 đảng viên. Năm nay, Đảng ủy Vườn kết nạp 8 đảng viên.")
        #expect(facts.map(\.value) == [143, 16, 8])
        #expect(facts.last?.subject == "Đảng bộ Vườn quốc gia Tà Pìn")
    }

    @Test func aLeadFigureOfTheSameNameShortenedIsRestatedByTheBody() throws {
        let facts = try facts("Tin\n\nNăm năm qua, số đảng viên của Hạt Kiểm lâm huyện Nam Khê tăng từ 19 lên 27 đồng chí.\n\nNăm 2020, Hạt Kiểm lâm Nam Khê có 19 đảng viên.")
        #expect(facts.map(\.value) == [19, 27])
        #expect(facts.first?.mentions == 2)
    }

    @Test func aWholePartyBodyByItsHeadIsTheOneNamedToLocateTheCell() throws {
        let facts = try facts("Tin\n\nChi bộ Cảng cá Cửa Khe trực thuộc Đảng bộ Sở Nông nghiệp và Môi trường; toàn Đảng bộ Sở có 31 tổ chức cơ sở đảng.")
        #expect(facts.map(\.value) == [31])
        #expect(facts.first?.subject == "Đảng bộ Sở Nông nghiệp và Môi trường")
    }

    @Test func chiBoInLowerCaseOpeningAClauseIsTheCellInView() throws {
        let facts = try facts("Tin\n\nTrạm Bơm Nam Sơn có 40 công nhân. Nay Chi bộ có 23 đảng viên. Toàn Đảng bộ xã có 300 đảng viên.\n\nTừ năm 2021, chi bộ kết nạp được 7 đảng viên. Hiện chi bộ còn 5 quần chúng ưu tú.")
        #expect(facts.map(\.value) == [40, 23, 300, 7, 5])
        #expect(facts.suffix(2).map(\.subject) == ["Chi bộ Trạm Bơm Nam Sơn", "Chi bộ Trạm Bơm Nam Sơn"])
    }

    @Test func chiBoInLowerCaseInAListOrAfterAUnitNamedRefersToNothingNew() throws {
        let facts = try facts("Tin\n\nChi bộ Khoa Nhi có 12 đảng viên. Đảng bộ huyện Nam Sơn có 35 đảng bộ, chi bộ trực thuộc với 5.971 đảng viên. Huyện ủy yêu cầu các đảng bộ, chi bộ cơ sở kết nạp 200 đảng viên.")
        #expect(facts.map(\.value) == [12, 35, 5971, 200])
        #expect(facts.suffix(3).allSatisfy { $0.subject == "Đảng bộ huyện Nam Sơn" })
    }

    @Test func aTableRowOfTheWholeIsNoCellAndTheWholeStaysInView() throws {
        let text = "Tin\n\nĐảng bộ Chi cục Thú y tỉnh Nam Sơn năm 2025 có 148 đảng viên.\n\nChi bộ | Số đảng viên | Kết nạp năm 2025\nVăn phòng Chi cục | 26 | 1\nTrạm Kiểm dịch Km 19 | 21 | 1\nToàn Đảng bộ | 148 | 11\n\nHiện các chi bộ đang bồi dưỡng 16 quần chúng ưu tú.\n"
        let facts = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8))).facts
        #expect(facts.map(\.value) == [148, 26, 1, 21, 1, 11, 16])
        #expect(facts[0].mentions == 2)
        #expect(facts.suffix(2).allSatisfy { $0.subject == "Đảng bộ Chi cục Thú y tỉnh Nam Sơn" })
        #expect(FigureTable.labelled("Toàn Đảng bộ", heading: "Chi bộ") == "Toàn Đảng bộ")
    }

    @Test func aDescriptorMayOpenTheNameAfterAnInstitutionsHead() throws {
        let facts = try facts("Tin\n\nChi bộ Trạm khu vực Yang Tao có 21 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Trạm khu vực Yang Tao"])
    }

    @Test func aTeamAtTheHeadOfAnItemIsWhatItsChiBoIsOf() throws {
        let facts = try facts("Tin\n\nĐảng bộ Phòng Cảnh sát PCCC có 286 đảng viên.\n\n– Đội Chữa cháy và CNCH khu vực Pác Ngòi: Chi bộ có 27 đảng viên.")
        #expect(facts.map(\.value) == [286, 27])
        #expect(facts[1].subject == "Chi bộ Đội Chữa cháy và CNCH khu vực Pác Ngòi")
    }

    /// (With "Đội" a head word, these names are read by the sentence-case rule of a cell's
    /// department; before, by the party head's. A guard that they read as before.)
    @Test func aTeamsNameInSentenceCaseRunsToItsNumberOrItsVerb() throws {
        let facts = try facts("Tin\n\nChi bộ Đội lái máy số 2 có 46 đảng viên. Chi bộ Đội sản xuất số 3 đông nhất với 24 đảng viên. Chi bộ Đội tàu kéo đẩy kết nạp 2 đồng chí. Anh A, Bí thư Chi bộ Đội sản xuất 5, cho biết chi bộ có 9 đảng viên.")
        #expect(facts.map(\.value) == [46, 24, 2, 9])
        #expect(facts.map(\.subject) == ["Chi bộ Đội lái máy số 2", "Chi bộ Đội sản xuất số 3", "Chi bộ Đội tàu kéo đẩy", "Chi bộ Đội sản xuất 5"])
    }

    @Test func anOrganisationAfterAUnitAndCuaIsWhoseUnitItIs() throws {
        let facts = try facts("Tin\n\nTrước hợp nhất, Chi bộ Trung tâm Kỹ thuật của Đài Phát thanh và Truyền hình Nam Sơn có 19 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Trung tâm Kỹ thuật"])
    }

    @Test func chiBoInLowerCaseAfterAConnectiveIsTheCellInView() throws {
        let facts = try facts("Tin\n\nTrạm Bơm Nam Sơn có 40 công nhân. Nay Chi bộ có 23 đảng viên. Xã Tân Hòa có 300 hộ. Như vậy chi bộ hiện có 27 đồng chí. Năm 2024 có 241 chi bộ được đánh giá tốt, chiếm 77,2% số chi bộ đã tổ chức.")
        #expect(facts.map(\.value) == [40, 23, 300, 27, 241, 77.2])
        #expect(facts[3].subject == "Chi bộ Trạm Bơm Nam Sơn")
        #expect(facts.suffix(2).allSatisfy { $0.subject == "Xã Tân Hòa" })
    }

    @Test func unitsCountedUnderTheirParentAreTheParents() throws {
        let facts = try facts("Tin\n\nChi bộ Trường THPT chuyên Nam Khê có 41 đảng viên. Chi bộ là một trong 34 chi bộ trực thuộc Đảng ủy phường Hòa Mục.")
        #expect(facts.map(\.value) == [41, 34])
        #expect(facts.last?.subject == "Đảng ủy phường Hòa Mục")
    }

    @Test func figuresAfterListedUnitsAndVoiAreTheirsInOrder() throws {
        let facts = try facts("Tin\n\nĐảng ủy Phòng A quyết định thành lập mới 2 chi bộ là Chi bộ Đội Khuôn Hà và Chi bộ Đội Tân Lập, với 12 và 9 đảng viên.")
        #expect(facts.map(\.value) == [2, 12, 9])
        #expect(facts.suffix(2).map(\.subject) == ["Chi bộ Đội Khuôn Hà", "Chi bộ Đội Tân Lập"])
    }

    @Test func aCommonWordHoldingAnAreaWordRunsOnInAName() throws {
        let facts = try facts("Tin\n\nTừ đầu năm đến nay, Đảng bộ Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Nam Sơn đã kết nạp 11 đảng viên.")
        #expect(facts.map(\.subject) == ["Đảng bộ Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Nam Sơn"])
    }

    @Test func anInstituteIsNamedByItsHeadAloneAndReferredToByIt() throws {
        let facts = try facts("Tin\n\nViện Nghiên cứu Lịch sử tỉnh Nam Sơn vừa kết nạp 9 đảng viên. Ông A, Viện trưởng, cho biết Đảng bộ Viện có 4 chi bộ. Số liệu do Ban Tổ chức Đảng ủy Viện cung cấp.")
        #expect(facts.map(\.value) == [9, 4])
        #expect(facts.allSatisfy { $0.subject == "Viện Nghiên cứu Lịch sử tỉnh Nam Sơn" })
    }

    @Test func aDescriptorAndItsNumberNameABranch() throws {
        let facts = try facts("Tin\n\nChi bộ Chi nhánh khu vực 1 có 22 đảng viên; Chi bộ Chi nhánh khu vực 2 có 18 đảng viên. Đài khu vực 240 sản phẩm mỗi ngày.")
        #expect(facts.map(\.value) == [22, 18, 240])
        #expect(facts.prefix(2).map(\.subject) == ["Chi bộ Chi nhánh khu vực 1", "Chi bộ Chi nhánh khu vực 2"])
    }

    @Test func aCellOfANewUrbanAreaIsNamed() throws {
        let facts = try facts("Tin\n\nĐảng bộ phường Hồ Xanh có 300 đảng viên. Chi bộ Khu đô thị Hồ Xanh 1 có 74 đảng viên.")
        #expect(facts.map(\.subject) == ["Đảng bộ phường Hồ Xanh", "Chi bộ Khu đô thị Hồ Xanh 1"])
    }

    @Test func aSugarMillIsNoStreet() throws {
        let facts = try facts("Tin\n\nChi bộ Nhà máy đường số 1 hiện có 48 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Nhà máy đường số 1"])
    }

    @Test func aNumberedUnitKeepsThePlaceInBracketsAfterIt() throws {
        let facts = try facts("Tin\n\nChi bộ Chi nhánh khu vực 1 (Phú Lạc) có 22 đảng viên; Chi bộ Chi nhánh khu vực 2 (Tân Mỹ) có 18 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Chi nhánh khu vực 1 (Phú Lạc)", "Chi bộ Chi nhánh khu vực 2 (Tân Mỹ)"])
    }

    @Test func aPartyBodyWhoseDepartmentIsAPartnerIsNoSubject() throws {
        let facts = try facts("Tin\n\nViện Nghiên cứu Lịch sử tỉnh Nam Sơn có 38 đảng viên. Năm 2024, Viện phối hợp với Ban Tuyên giáo Tỉnh ủy mở 1 lớp tập huấn cho 126 học viên.\n\nNăm 2025, Đảng bộ phấn đấu kết nạp ít nhất 3 đảng viên.")
        #expect(facts.count == 3)
        #expect(facts.allSatisfy { $0.subject == "Viện Nghiên cứu Lịch sử tỉnh Nam Sơn" })
    }

    @Test func whereCountedPeopleAreMembersIsNotInViewAfter() throws {
        let facts = try facts("Tin\n\nTrung tâm Nuôi dưỡng người cao tuổi Hòa An có 21 đảng viên. Trong số 126 cụ có 9 cụ là đảng viên, sinh hoạt tại Chi bộ Khu dân cư Đồi Thông. Hiện đang bồi dưỡng 5 quần chúng ưu tú.")
        #expect(facts.last?.value == 5)
        #expect(facts.last?.subject == "Trung tâm Nuôi dưỡng người cao tuổi Hòa An")
    }
}
