import Testing
@testable import SoLieu

/// Shapes met in holdout-26 and in gaps left by earlier sets: names numbered after "số", acronyms
/// spelling a whole name, who gave a quota, figures denied in their sentence, parts of the new
/// members. Each sentence is made up.
struct NumberedNameShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aNumberAfterSoEndsAName() throws {
        let facts = try facts("Tin\n\nSố đảng viên từng chi bộ: Chi bộ Nhà máy số 1: 31 đảng viên; Chi bộ Xí nghiệp số 4: 19 đảng viên. Chi bộ Tổ dân phố số 5 kết nạp 2 đảng viên.")
        #expect(facts.map(\.value) == [31, 19, 2])
        #expect(facts.map(\.subject) == ["Chi bộ Nhà máy số 1", "Chi bộ Xí nghiệp số 4", "Chi bộ Tổ dân phố số 5"])
    }

    /// "Chi bộ Trường THCS số 2 thị trấn Gia Vân": the area after the number is the name's, and a
    /// quota's items after "Chỉ tiêu giao …:" are admissions planned.
    @Test func anAreaAfterANumberedNameIsItsAndAQuotasItemsArePlanned() throws {
        let facts = try facts("Tin\n\nChỉ tiêu giao một số đơn vị: Đảng bộ xã Lạc Đạo: 11 đảng viên; Chi bộ Trường THCS số 2 thị trấn Văn Lâm: 3 đảng viên. Chi bộ hiện có 24 đảng viên.")
        #expect(facts.map(\.value) == [11, 3, 24])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.total"])
        #expect(facts.map(\.modality) == [.target, .target, .actual])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Lạc Đạo", "Chi bộ Trường THCS số 2 thị trấn Văn Lâm",
                                         "Chi bộ Trường THCS số 2 thị trấn Văn Lâm"])
    }

    @Test func aDocumentsNumberAfterSoIsNoPartOfAName() throws {
        let facts = try facts("Tin\n\nHợp tác xã Tân Phong kiện toàn theo Luật Hợp tác xã số 17/2023/QH15. Hiện HTX có 412 xã viên.")
        #expect(facts.first { $0.value == 412 }?.subject == "Hợp tác xã Tân Phong")
    }

    @Test func anAcronymSpellingTheWholeNameKeepsTheAreaAfterIt() throws {
        let facts = try facts("Tin\n\nVới 38 đảng viên trên tổng số 44 cán bộ, Đảng bộ Bảo hiểm xã hội (BHXH) huyện Đông Yên là đảng bộ lớn. Năm 2025, Chi bộ Bảo hiểm xã hội (BHXH) thị xã Lạc Sơn kết nạp 5 đảng viên.")
        #expect(facts.map(\.value) == [38, 44, 5])
        #expect(facts.map(\.subject) == ["Đảng bộ Bảo hiểm xã hội (BHXH) huyện Đông Yên", "Đảng bộ Bảo hiểm xã hội (BHXH) huyện Đông Yên",
                                         "Chi bộ Bảo hiểm xã hội (BHXH) thị xã Lạc Sơn"])
    }

    @Test func whoGaveAQuotaStaysOutOfView() throws {
        let facts = try facts("Tin\n\nĐảng bộ Công ty CP Bia Sông Đào có 87 đảng viên. Năm 2024, Đảng bộ kết nạp được 7 đảng viên, vượt 16,7% chỉ tiêu (6 đảng viên) Đảng ủy Khối Doanh nghiệp tỉnh giao.\n\nNăm 2025, Đảng bộ phấn đấu kết nạp 8 đảng viên.")
        #expect(facts.last?.value == 8)
        #expect(facts.last?.subject == "Đảng bộ Công ty CP Bia Sông Đào")
    }

    @Test func aFigureDeniedInItsSentenceIsNoFact() throws {
        let facts = try facts("Tin\n\nNăm 2025, Đảng bộ xã Tân Hòa kết nạp 12 đảng viên, không phải 17 đảng viên như đã đưa tin. Chi bộ thôn Đông có 25 đảng viên chứ không phải là 52 đảng viên.")
        #expect(facts.map(\.value) == [12, 25])
    }

    @Test func partsOfTheNewMembersCountedInPeopleAreAdmissions() throws {
        let facts = try facts("Tin\n\nNăm 2025, Đảng bộ xã Tân Hòa kết nạp 12 đảng viên. Trong số đảng viên mới có 9 người là đoàn viên.")
        #expect(facts.map(\.value) == [12, 9])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
        #expect(facts.last?.group == "đoàn viên")
    }

    @Test func aUnitListedAsAPartLeavesTheWholeInViewWhenNamedAgain() throws {
        let facts = try facts("Tin\n\nĐảng bộ Sở Lao động tỉnh Quảng Trị có 11 chi bộ, gồm 5 chi bộ ở các đơn vị sự nghiệp như Trung tâm Dịch vụ việc làm, Trung tâm Bảo trợ xã hội. Trung tâm Bảo trợ xã hội có 37 viên chức nhưng chỉ có 6 đảng viên.\n\nNăm 2024, Đảng ủy cử 14 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng.")
        #expect(facts.first { $0.value == 6 }?.subject == "Trung tâm Bảo trợ xã hội")
        #expect(facts.last?.participants == 14)
        #expect(facts.last?.subject == "Đảng bộ Sở Lao động tỉnh Quảng Trị")
    }

    @Test func aCellAfterAnInstitutionNamedAgainByItsHeadIsItsCell() throws {
        let facts = try facts("Tin\n\nNăm 2002, bà chuyển sinh hoạt về Chi bộ Tổ dân phố 9, phường Nà Cươm. Thư viện tỉnh Sơn La quản lý 400 nghìn bản sách. Đồng chí Cầm Thị Ngọc, Bí thư Chi bộ, Giám đốc Thư viện tỉnh, cho biết: Chi bộ hiện có 19 đảng viên.")
        #expect(facts.map(\.subject) == ["Thư viện tỉnh Sơn La", "Chi bộ Thư viện tỉnh Sơn La"])
    }

    @Test func aWholeAreaAfterItsPartyBodyIsThatArea() throws {
        let facts = try facts("Tin\n\nĐảng ủy xã Hưng Phú có 19 chi bộ. Toàn xã có 4 làng nghề.")
        #expect(facts.last?.subject == "Toàn xã Hưng Phú")
    }

    @Test func aRankEndsAName() throws {
        let facts = try facts("Tin\n\nSáu tháng đầu năm 2025, Đảng bộ Tổng công ty kết nạp 87 đảng viên, trong đó Đảng bộ Trung tâm Lâm Viên xếp thứ 3 về số lượng; đảng viên mới là kỹ sư trẻ chiếm 41,4%.")
        #expect(facts.last?.subject == "Đảng bộ Trung tâm Lâm Viên")
    }

    @Test func peopleABodyPutsForwardAreNotItsMembers() throws {
        let facts = try facts("Tin\n\nBan Chấp hành Đoàn Thanh niên Sở giới thiệu 20 đoàn viên ưu tú.")
        #expect(facts.map(\.measure) == ["candidates.total"])
        #expect(facts.first?.group == nil)
    }

    @Test func peopleSentToACountOfClasses() throws {
        let facts = try facts("Tin\n\nĐảng ủy cử 9 quần chúng ưu tú tham gia 02 lớp bồi dưỡng nhận thức về Đảng. Đảng ủy cử 7 quần chúng ưu tú đi học 2 lớp bồi dưỡng nhận thức về Đảng. Có 12 đảng viên tham gia hội thi.")
        #expect(facts.map(\.kind) == [.training, .training, .count])
        #expect(facts.prefix(2).map(\.classes) == [2, 2])
        #expect(facts.prefix(2).map(\.participants) == [9, 7])
    }

    @Test func aLeadMayRestateABodyFigureRounded() throws {
        let facts = try facts("Tin\n\nHơn 180 hộ làm bún, mỗi ngày ra lò hàng chục tấn sản phẩm, làng bún Lộc Điền đang là một trong những làng nghề sôi động nhất tỉnh.\n\nThôn Lộc Điền có 312 hộ với 1.264 nhân khẩu, trong đó 186 hộ làm nghề bún.")
        #expect(facts.map(\.value) == [312, 1264, 186])
        #expect(facts.last?.mentions == 2)
    }

    @Test func aLeadsAverageIsNoRoundingOfOneYear() throws {
        let facts = try facts("Tin\n\nTừ đầu nhiệm kỳ đến hết năm 2023, toàn Đảng bộ huyện An Hòa đã kết nạp 1.236 đảng viên, bình quân mỗi năm trên 350 đảng viên, vượt chỉ tiêu đề ra.\n\nRiêng năm 2023, Đảng bộ huyện An Hòa kết nạp 358 đảng viên.")
        #expect(facts.map(\.value) == [1236, 350, 358])
    }

    @Test func aFieldWithACommaBegunByAHeadWordStaysInTheName() throws {
        let facts = try facts("Tin\n\nChi bộ Khoa Phòng, chống bệnh truyền nhiễm có 24 đảng viên.")
        #expect(facts.first?.subject == "Chi bộ Khoa Phòng, chống bệnh truyền nhiễm")
    }

    @Test func theOneRankedAboveStaysOutOfView() throws {
        let facts = try facts("Tin\n\nChi bộ Hợp tác xã Giống lúa Phú Hải có 23 đảng viên, xếp thứ 2 về số đảng viên, chỉ sau Chi bộ thôn Phú Hải 3.\n\nChi bộ đang bồi dưỡng 6 quần chúng ưu tú.")
        #expect(facts.map(\.subject) == ["Chi bộ Hợp tác xã Giống lúa Phú Hải", "Chi bộ Hợp tác xã Giống lúa Phú Hải"])
    }

    @Test func anAcronymAloneNamesTheOrganisationItAbbreviates() throws {
        let facts = try facts("Tin\n\nĐảng bộ Công ty cổ phần Nhiệt điện Đông Khê được gọi tắt là Đảng bộ NĐĐK. Đảng bộ NĐĐK có 14 chi bộ.\n\nChi bộ Phân xưởng Vận hành 2 kết nạp 02 đồng chí. Lũy kế 10 tháng, NĐĐK đã kết nạp mới 19 đảng viên.")
        #expect(facts.last?.value == 19)
        #expect(facts.last?.subject == "Công ty cổ phần Nhiệt điện Đông Khê")
    }

    @Test func aWholeAreaAfterTheSameWholeAreaNamed() throws {
        let facts = try facts("Tin\n\nToàn huyện Sơn Đình có 16 trạm y tế. Toàn huyện hiện có 4 chi bộ trạm y tế.")
        #expect(facts.map(\.subject) == ["Toàn huyện Sơn Đình", "Toàn huyện Sơn Đình"])
    }

    @Test func rolesListedAfterLaReachTheVerbAfterThem() throws {
        let facts = try facts("Tin\n\nNăm 2024, Đảng bộ Liên minh HTX tỉnh kết nạp được 9 đảng viên. Đáng chú ý, có 4 đồng chí là giám đốc, phó giám đốc HTX vinh dự được kết nạp ngay tại cơ sở sản xuất. Hội Cựu chiến binh hiện có 1.126 hội viên là người Công giáo, nhiều người là cựu quân nhân từng được kết nạp Đảng trong quân ngũ.")
        #expect(facts.map(\.value) == [9, 4, 1126])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "other"])
    }

    @Test func aBulletinsIssueNumberIsNoPartOfAName() throws {
        let facts = try facts("Tin\n\nChi bộ Bảo tàng tỉnh có 11 đảng viên. Ghi chép của ông được đăng trên trang 4 của Bản tin Bảo tàng số 18, ra tháng 6/2023. Bảo tàng số hóa 126 hiện vật.")
        #expect(facts.map(\.value) == [11, 126])
        let subject = facts.last?.subject ?? ""
        #expect(subject.range(of: "số 18") == nil)
    }

    @Test func nounsListedBeforeAPassiveShareItsVerb() throws {
        let facts = try facts("Tin\n\nTừ đầu năm, Đảng bộ Công ty đã có 14 công nhân, kỹ sư được kết nạp. Năm 2018 cả bản mới có 12 đảng viên, chị em làm nghề dệt chưa ai vào Đảng.")
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.total"])
    }

    @Test func aListIntroducedByTheResultsOfAnActivityCountsIt() throws {
        let facts = try facts("Tin\n\nTheo số liệu của Ban Tổ chức Đảng ủy Công ty, kết quả kết nạp đảng viên 6 tháng đầu năm ở các chi bộ dẫn đầu như sau: Chi bộ Truyền tải điện Vân Phong: 4 đảng viên; Chi bộ Phòng Kỹ thuật: 01 đảng viên. Kết quả rà soát cho thấy: Chi bộ Văn phòng có 12 đảng viên.")
        #expect(facts.map(\.value) == [4, 1, 12])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.total"])
    }

    @Test func anAverageAfterACountTakesItsMeasure() throws {
        let facts = try facts("Tin\n\nChi bộ có 12 đảng viên được kết nạp mới trong giai đoạn 2021–2025, bình quân 2–3 đảng viên mỗi năm. Năm 2024 kết nạp 40 đảng viên, bình quân mỗi chi bộ có 3 đảng viên.")
        #expect(facts.map(\.value) == [12, 2, 40, 3])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.admitted", "party_members.total"])
    }
}
