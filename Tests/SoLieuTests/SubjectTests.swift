import Testing
@testable import SoLieu

/// Which organisation a figure is about, in the cases that go wrong most in unseen articles:
/// anaphors, addresses, captions and lists of other articles.
struct SubjectTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aPartyCommitteeAfterACommuneAnaphorIsTheCommune() throws {
        let facts = try facts("""
        Đảng bộ xã Hòa Tân: Giữ vững nguồn
        Là xã ven biển của huyện Phú Lâm, xã có nhiều thôn xa.
        Đảng bộ xã có 14 chi bộ. Năm qua, Đảng ủy đã kết nạp 9 đảng viên.
        """)
        #expect(facts.map(\.value) == [14, 9])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Hòa Tân", "Đảng bộ xã Hòa Tân"])
    }

    @Test func theUnitsMergedIntoANewOneAreNotItsAntecedents() throws {
        let facts = try facts("""
        Phường Tây Lộc được thành lập trên cơ sở sáp nhập toàn bộ dân số của phường An Hòa, phường Bình Yên \
        và một phần phường Hòa Mỹ cũ. Sau sắp xếp, phường có 26 khu dân cư. Đảng bộ phường có 41 chi bộ.
        """)
        #expect(facts.map(\.value) == [26, 41])
        #expect(facts.map(\.subject) == ["Phường Tây Lộc", "Phường Tây Lộc"])
    }

    /// A cell of an institution named by its area word ("Chi bộ Công an phường") is the cell a
    /// later "Chi bộ" refers to.
    @Test func aCellOfAnInstitutionOfTheAreaIsTheCellInView() throws {
        let facts = try facts("""
        7. Chi bộ Hợp tác xã Nông nghiệp Hòa Trung. Chi bộ có 23 đảng viên.

        8. Chi bộ Công an phường. Chi bộ có 31 đảng viên; kết nạp 3 đảng viên.
        """)
        #expect(facts.map(\.value) == [23, 31, 3])
        #expect(facts.map(\.subject) == ["Chi bộ Hợp tác xã Nông nghiệp Hòa Trung", "Chi bộ Công an phường", "Chi bộ Công an phường"])
    }

    /// A paragraph set in brackets (a recap of the previous installment) is no aside: its
    /// organisations are the subjects of its figures.
    @Test func aParagraphInBracketsKeepsItsSubjects() throws {
        let facts = try facts("""
        (Kỳ 1 đã kể về bản Nậm Sài của người Mông, nơi năm năm trước chưa có đảng viên nào, nay Chi bộ bản Nậm Sài \
        đã có 9 đảng viên. Cả xã Tà Van hiện có 151 đảng viên, sinh hoạt ở 12 chi bộ.)
        """)
        #expect(facts.map(\.value) == [9, 151, 12])
        #expect(facts.map(\.subject) == ["Chi bộ bản Nậm Sài", "Cả xã Tà Van", "Cả xã Tà Van"])
    }

    @Test func unitsArrangedIntoANewOneAreNotItsAntecedents() throws {
        let facts = try facts("""
        Xã Yên Khê Thượng được thành lập trên cơ sở sắp xếp 3 xã Yên Khê, Khê Thượng và Phú Lễ. Đảng bộ xã hiện có \
        38 chi bộ.
        """)
        #expect(facts.map(\.value) == [3, 38])
        #expect(facts.last?.subject == "Xã Yên Khê Thượng")
    }

    @Test func aMergedUnitNamedAgainNamesItsFiguresButDoesNotStayInView() throws {
        let facts = try facts("""
        Xã Hòa Bình được thành lập trên cơ sở sáp nhập xã Đông Sơn và xã Tây Sơn. Đảng bộ xã Hòa Bình có 540 đảng viên. \
        Trước khi hợp nhất, Đảng bộ xã Đông Sơn và Đảng bộ xã Tây Sơn lần lượt có 300 và 240 đảng viên. \
        Năm qua, Đảng bộ đã kết nạp 18 đảng viên.
        """)
        #expect(facts.map(\.value) == [540, 300, 240, 18])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Hòa Bình", "Đảng bộ xã Đông Sơn", "Đảng bộ xã Tây Sơn", "Đảng bộ xã Hòa Bình"])
    }

    @Test func aMergedUnitNamedAgainIsNoAntecedentOfAWholeArea() throws {
        let facts = try facts("""
        Từ năm 2025, xã Hòa Bình được thành lập trên cơ sở sáp nhập xã Đông Sơn và xã Tây Sơn. Đảng bộ xã Tây Sơn trước đây có 240 đảng viên. \
        Hiện toàn xã có 1.250 hộ.
        """)
        #expect(facts.map(\.value) == [240, 1250])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tây Sơn", "toàn xã Hòa Bình"])
    }

    @Test func organisationsGivenFiguresInTurnDoNotStayInView() throws {
        let facts = try facts("""
        Đảng bộ huyện Đông Khê có 36 chi bộ trường học. Chi bộ Trường THPT Lê Hoàn và Chi bộ Trường THPT Phan Bội Châu \
        lần lượt kết nạp 4 và 3 học sinh. Năm 2025, phấn đấu kết nạp ít nhất 45 đảng viên.
        """)
        #expect(facts.map(\.value) == [36, 4, 3, 45])
        #expect(facts.map(\.subject) == ["Đảng bộ huyện Đông Khê", "Chi bộ Trường THPT Lê Hoàn", "Chi bộ Trường THPT Phan Bội Châu",
                                         "Đảng bộ huyện Đông Khê"])
    }

    @Test func anEnterpriseWhereAClassWasHeldDoesNotStayInView() throws {
        let facts = try facts("""
        Năm 2024, Trung tâm Chính trị huyện Long Điền mở 14 lớp. Có 2 lớp được tổ chức ngay tại Công ty may Hòa Phát cho 120 công nhân. \
        Tỷ lệ học viên đạt loại khá, giỏi trên 80%.
        """)
        #expect(facts.last?.value == 80)
        #expect(facts.last?.subject != "Công ty may Hòa Phát")
    }

    @Test func aMassOrganisationIsTheSubjectOfItsSentenceOnly() throws {
        let facts = try facts("""
        Năm 2024, Đảng bộ xã Tân Lộc kết nạp 21 đảng viên. Đoàn Thanh niên xã giới thiệu 30 đoàn viên ưu tú; Huyện đoàn \
        giới thiệu thêm 12 đoàn viên ưu tú. Đảng ủy cũng xóa tên 2 đảng viên.
        """)
        #expect(facts.map(\.value) == [21, 30, 12, 2])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tân Lộc", "Đoàn Thanh niên xã Tân Lộc", "Huyện đoàn", "Đảng bộ xã Tân Lộc"])
    }

    @Test func aVisitingOfficialsOrganisationIsNotTheSubject() throws {
        let facts = try facts("""
        Ngày 12/6, Đảng bộ xã Cẩm Lý tổ chức Đại hội lần thứ XX. Dự đại hội có đồng chí Trần Văn Hậu, Ủy viên Ban Thường vụ \
        Tỉnh ủy, Bí thư Huyện ủy Lục Nam, cùng 120 đại biểu đại diện cho 480 đảng viên.
        """)
        #expect(facts.map(\.value) == [120, 480])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Cẩm Lý", "Đảng bộ xã Cẩm Lý"])
    }

    @Test func anOfficialWhoSpeaksSpeaksOfTheirOwnOrganisation() throws {
        let facts = try facts("""
        Đảng bộ xã Cẩm Lý có 480 đảng viên. Đồng chí Trần Văn Hậu, Bí thư Huyện ủy Lục Nam, cho biết: thời gian tới \
        phấn đấu mỗi năm kết nạp 300 đảng viên.
        """)
        #expect(facts.map(\.value) == [480, 300])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Cẩm Lý", "Huyện ủy Lục Nam"])
    }

    @Test func aUnitMergedIntoIsTheNewOne() throws {
        let facts = try facts("""
        Năm 2025, xã Đồng Văn được sáp nhập vào xã Lũng Táo. Hiện nay, xã có 1.250 hộ.
        """)
        #expect(facts.map(\.subject) == ["xã Lũng Táo"])
    }

    /// "hợp nhất Đảng bộ 3 xã A, B và C": the number counts the communes listed, which are the
    /// former units; "Xã mới" is the new one.
    @Test func theCountedUnitsOfAMergerAreFormerUnits() throws {
        let facts = try facts("""
        Tin

        Đảng bộ xã Yên Thủy Đông được thành lập trên cơ sở hợp nhất Đảng bộ 3 xã Yên Lạc, Yên Trị và Đoàn Kết. \
        Xã mới có 6.240 hộ; Đảng bộ có 1.032 đảng viên.
        """)
        #expect(facts.filter { $0.value != 3 }.map(\.subject) == ["Đảng bộ xã Yên Thủy Đông", "Đảng bộ xã Yên Thủy Đông"])
    }

    /// "Đảng ủy các Khu công nghiệp tỉnh", "Đảng bộ các cơ quan Đảng tỉnh": bodies named with "các".
    @Test func partyBodiesNamedWithCacAreOneName() throws {
        let facts = try facts("Tin\n\nĐảng ủy các Khu công nghiệp tỉnh Hà Lâm có 64 tổ chức cơ sở đảng. Đảng bộ các cơ quan Đảng tỉnh có 41 chi bộ.")
        #expect(facts.map(\.subject) == ["Đảng ủy các Khu công nghiệp tỉnh Hà Lâm", "Đảng bộ các cơ quan Đảng tỉnh"])
    }

    /// "xã A và xã B được sáp nhập thành xã C": C is the new unit, not a former one.
    @Test func theUnitMergedIntoWithThanhIsTheNewOne() throws {
        let facts = try facts("""
        Tin

        Năm 2020, xã Yên Hòa và xã Đông Khê được sáp nhập thành xã Yên Khê. Hiện nay Đảng bộ xã Yên Khê có 17 chi bộ. \
        Nhiệm kỳ qua, Đảng bộ xã kết nạp 84 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ xã Yên Khê", "Đảng bộ xã Yên Khê"])
    }

    @Test func aVillageHeadByNameIsAPersonNotAPlace() throws {
        let facts = try facts("""
        Chi bộ bản Pa Khoang có 21 đảng viên. Bí thư Chi bộ kiêm Trưởng bản Lò Văn Sướng kể lại chuyện cũ. \
        Năm 2023, chi bộ kết nạp 2 đảng viên.
        """)
        #expect(facts.map(\.value) == [21, 2])
        #expect(facts.map(\.subject) == ["Chi bộ bản Pa Khoang", "Chi bộ bản Pa Khoang"])
    }

    @Test func yearsAfterAnAreaWordAreNotItsName() throws {
        let facts = try facts("""
        Đảng bộ xã Tân Mỹ có 312 đảng viên. Đảng bộ xã 5 năm liền đạt trong sạch, vững mạnh; năm 2024 kết nạp 9 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tân Mỹ", "Đảng bộ xã Tân Mỹ"])
    }

    @Test func figuresGivenInTurnGoToTheOrganisationsInTurn() throws {
        let facts = try facts("""
        Đảng bộ xã Phú Mỹ kết nạp 19 đảng viên; trong đó Chi bộ ấp 2 và Chi bộ ấp Bàu Le kết nạp nhiều nhất, \
        lần lượt 5 và 4 đảng viên.
        """)
        #expect(facts.map(\.value) == [19, 5, 4])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Phú Mỹ", "Chi bộ ấp 2", "Chi bộ ấp Bàu Le"])
    }

    @Test func aMilitaryCommitteeNamedAgainWithoutItsProvinceIsTheSameOne() throws {
        let facts = try facts("""
        Năm 2024, Đảng ủy Quân sự tỉnh Lạng Sơn lãnh đạo các tổ chức đảng kết nạp 74 đảng viên. \
        Đảng bộ Quân sự tỉnh hiện có 16 tổ chức cơ sở đảng.
        """)
        #expect(facts.map(\.subject) == ["Đảng ủy Quân sự tỉnh Lạng Sơn", "Đảng ủy Quân sự tỉnh Lạng Sơn"])
    }

    @Test func placesGivenAsExamplesOfAPluralDoNotCarryOver() throws {
        let facts = try facts("""
        Đảng bộ huyện Quế Lâm có 9.120 đảng viên. Còn 6 chi bộ chưa kết nạp được đảng viên, chủ yếu ở các xã vùng cao \
        Nậm Khắt, Pú Nhi. Năm 2024, toàn Đảng bộ kết nạp 214 đảng viên.
        """)
        #expect(facts.last?.value == 214)
        #expect(facts.last?.subject == "Đảng bộ huyện Quế Lâm")
    }

    @Test func aSourceCreditOpeningTheArticleNamesItsPlace() throws {
        let facts = try facts("""
        (Cổng TTĐT huyện Lâm Hà Đông) - Theo Ban Tổ chức Huyện ủy, các tổ chức cơ sở đảng trong huyện đã kết nạp 96 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["huyện Lâm Hà Đông"])
    }

    @Test func figuresGivenInTurnGoToBareNamesListedUnderOneHead() throws {
        let facts = try facts("""
        Các chi bộ ấp Tân Quới, Bình Lợi và Mỹ Hòa làm tốt công tác tạo nguồn, lần lượt kết nạp 5, 4 và 3 đảng viên.
        """)
        #expect(facts.map(\.value) == [5, 4, 3])
        #expect(facts.map(\.subject) == ["chi bộ ấp Tân Quới", "chi bộ ấp Bình Lợi", "chi bộ ấp Mỹ Hòa"])
    }

    @Test func aPersonsWorkplaceDoesNotCarryOver() throws {
        let facts = try facts("""
        Trung tâm Chính trị huyện Tân Phước mở 12 lớp trong năm 2024. \
        Chị Lê Thị Hoa, công nhân Công ty TNHH May Phú An, chia sẻ niềm vui khi được học lớp nhận thức. \
        Năm 2025, huyện phấn đấu kết nạp 150 đảng viên.
        """)
        #expect(facts.last?.value == 150)
        #expect(facts.last?.subject == "huyện Tân Phước")
    }

    @Test func anInstitutionNamedAgainWithoutItsPlaceIsTheSameOne() throws {
        let facts = try facts("""
        Đảng ủy Công an huyện Krông Hải lãnh đạo đơn vị hoàn thành nhiệm vụ. \
        Năm 2023, Đảng ủy Công an huyện kết nạp 11 đảng viên.
        """)
        #expect(facts.map(\.value) == [11])
        #expect(facts.first?.subject == "Đảng ủy Công an huyện Krông Hải")
    }

    @Test func placesInAnAddressAreNotSubjects() throws {
        let facts = try facts("""
        Đảng bộ huyện Tân Lạc có 4.120 đảng viên. Lớp học đặt tại số 35 đường Trần Phú, khu 3, thị trấn Mường Khến. \
        Năm nay, các chi bộ đã mở 12 lớp bồi dưỡng cho 960 học viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ huyện Tân Lạc", "Đảng bộ huyện Tân Lạc"])
    }

    @Test func aPlaceInAPhotoCaptionDoesNotCarryOver() throws {
        let facts = try facts("""
        Thành ủy Sơn Hà trao Huy hiệu Đảng cho 96 đảng viên.
        Ảnh: Đồng chí Bí thư trao Huy hiệu cho đảng viên ở phường Bắc Hà. (Ảnh: Minh Khôi)
        Trong số đó, có 3 đồng chí nhận Huy hiệu 75 năm tuổi Đảng.
        """)
        #expect(facts.map(\.value) == [96, 3])
        #expect(facts.last?.subject == "Thành ủy Sơn Hà")
    }

    @Test func aNameDoesNotRunOntoTheNextLine() throws {
        let found = try RecognizerProbe.run("organisations", on: "Giữ gốc từ chi bộ thôn\nThứ Hai, 11/09/2023",
                                            extractor: TestSupport.extractor())
        #expect(!found.contains { $0.text.contains("Thứ Hai") }, "\(found)")
    }

    @Test func aListOfOtherArticlesAtTheEndIsNotTheArticle() throws {
        let facts = try facts("""
        Đảng bộ phường Tân An có 512 đảng viên.

        NGUYỄN VĂN AN

        Lượt xem: 1.532

        Tin liên quan:
        - Phường Tân Hòa kết nạp 24 đảng viên mới
        - Thành phố trao Huy hiệu Đảng cho 312 đảng viên
        """)
        #expect(facts.map(\.value) == [512])
    }

    @Test func theWholeOfATypeIsTheOrganisationInView() throws {
        let facts = try facts("""
        Đảng bộ Khối Doanh nghiệp tỉnh Hòa Bình có 64 tổ chức cơ sở đảng. \
        Năm 2023, toàn Đảng bộ Khối kết nạp 93 đảng viên; Đảng ủy Khối mở 2 lớp cho 164 công nhân.
        """)
        #expect(facts.map(\.subject) == Array(repeating: "Đảng bộ Khối Doanh nghiệp tỉnh Hòa Bình", count: 3))
    }

    @Test func aCellNamedInAnEarlierParagraphGivesWayToTheOrganisationAboveIt() throws {
        let facts = try facts("""
        Đảng bộ phường Ngọc Hà có 1.254 đảng viên. Số chi bộ giảm 2 do sáp nhập Chi bộ khu dân cư 3 với Chi bộ khu dân cư 4.

        Năm 2023, công tác phát triển đảng viên đạt 120% chỉ tiêu.
        """)
        #expect(facts.last?.value == 120)
        #expect(facts.last?.subject == "Đảng bộ phường Ngọc Hà")
    }

    @Test func bareNamesListedAfterAMergedUnitAreFormerUnitsToo() throws {
        let facts = try facts("""
        Phường Đông Hưng được thành lập trên cơ sở sáp nhập ba phường Tân An, Phú Lợi và Hòa Khánh. \
        Đảng bộ phường có 38 chi bộ. Trước đây, Đảng bộ phường Hòa Khánh có 12 chi bộ. \
        Năm qua, toàn Đảng bộ kết nạp 30 đảng viên. Đảng ủy phường đã xét công nhận chính thức cho 25 đồng chí.
        """)
        #expect(facts.map(\.value) == [3, 38, 12, 30, 25])
        #expect(facts.map(\.subject) == ["Phường Đông Hưng", "Phường Đông Hưng", "Đảng bộ phường Hòa Khánh", "Phường Đông Hưng",
                                         "Phường Đông Hưng"])
    }

    @Test func aTermNumberIsNotPartOfAName() throws {
        let facts = try facts("""
        Đảng bộ xã Tân Lập có 32 chi bộ. Ủy ban Kiểm tra Đảng ủy xã khóa I đã kiểm tra 6 đảng viên.
        """)
        #expect(facts.map(\.value) == [32, 6])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tân Lập", "Đảng bộ xã Tân Lập"])
    }

    @Test func aUnitAfterATitleEndsWhereThePersonsNameStarts() throws {
        let facts = try facts("""
        Theo Bí thư Chi bộ thôn Đồng Cao Nguyễn Văn Hải, chi bộ có 41 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Chi bộ thôn Đồng Cao"])
    }

    @Test func unitsListedOnePerLineDoNotStayInView() throws {
        let facts = try facts("""
        Đảng bộ xã Phú Lộc có 24 chi bộ. Kết quả một số chi bộ như sau:
        - Công ty Cổ phần Gạch Phú Lộc: 40 đảng viên, kết nạp 3;
        - Trường THCS Phú Lộc: 35 đảng viên, kết nạp 2;
        - Hợp tác xã Nông nghiệp Đông Lộc và Trạm Y tế xã: mỗi nơi 12 đảng viên.

        Năm nay, phấn đấu kết nạp 20 đảng viên.
        """)
        #expect(facts.last?.value == 20)
        #expect(facts.last?.subject == "Đảng bộ xã Phú Lộc")
    }

    @Test func eachNamedCellOfAListSharingOneFigureIsAFact() throws {
        let facts = try facts("""
        Năm 2025, Chi bộ thôn Trung Hòa kết nạp 5 đảng viên, Chi bộ thôn Bàu Sen 3; các chi bộ thôn Phú Mỹ, Tân Lộc và \
        Chi bộ Quân sự xã mỗi chi bộ 1 đảng viên.
        """)
        #expect(facts.map(\.value) == [5, 3, 1, 1, 1])
        #expect(facts.map(\.subject) == ["Chi bộ thôn Trung Hòa", "Chi bộ thôn Bàu Sen", "chi bộ thôn Phú Mỹ",
                                         "chi bộ thôn Tân Lộc", "Chi bộ Quân sự xã"])
        #expect(facts.allSatisfy { $0.measure == "party_members.admitted" })
    }

    @Test func placesSharingAFigureStartAfterTheLastItemWithItsOwn() throws {
        let facts = try facts("""
        Năm 2024, Chi bộ thôn Bào Hạ kết nạp 3, Chi bộ thôn Tiền Phong 2, các chi bộ thôn Khe Mây và Cồn Soi mỗi nơi 1 \
        đảng viên. Thấp nhất là xã Sảng Mộc và xã Thần Sa, mỗi xã chỉ kết nạp 2 đảng viên, trong khi chỉ tiêu giao cho \
        mỗi xã là 5 đảng viên.
        """)
        #expect(facts.filter { $0.value == 1 }.map(\.subject) == ["chi bộ thôn Khe Mây", "chi bộ thôn Cồn Soi"])
        #expect(facts.filter { $0.value == 5 }.map(\.subject) == ["xã Sảng Mộc", "xã Thần Sa"])
    }

    @Test func aSchoolsOwnPartyOrganisationIsItsSubject() throws {
        let facts = try facts("Đảng bộ Trường Chính trị tỉnh có 4 chi bộ với 52 đảng viên.")
        #expect(facts.map(\.subject) == ["Đảng bộ Trường Chính trị tỉnh", "Đảng bộ Trường Chính trị tỉnh"])
    }

    @Test func aProviderOfAnUnnamedAreaStandsForItself() throws {
        let named = try facts("Trung tâm Chính trị huyện Hà Quảng mở 21 lớp bồi dưỡng.")
        #expect(named.map(\.subject) == ["Trung tâm Chính trị huyện Hà Quảng"])
        let unnamed = try facts("Năm 2025, Trường Chính trị tỉnh mở 46 lớp bồi dưỡng.")
        #expect(unnamed.map(\.subject) == ["Trường Chính trị tỉnh"])
    }

    @Test func aProviderIsNamedWithTheAreaInView() throws {
        let completed = try facts("""
        Năm 2024, huyện Diễn Lộc có 4.120 đảng viên. Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng nhận thức về Đảng \
        cho 236 quần chúng ưu tú.
        """)
        #expect(completed.map(\.subject) == ["huyện Diễn Lộc", "Trung tâm Chính trị huyện Diễn Lộc"])
        // The area whose words match most: "thị xã", not the "xã" of a commune.
        let town = try facts("""
        Năm 2024, thị xã Bến Lội có 3.200 đảng viên; xã Tân Phong có 212 đảng viên. Trung tâm Chính trị thị xã mở 5 \
        lớp bồi dưỡng cho 310 học viên.
        """)
        #expect(town.last?.subject == "Trung tâm Chính trị thị xã Bến Lội")
    }

    @Test func figuresLinkedByOGoToTheCellsAfterThem() throws {
        let facts = try facts("""
        Xã Tân Lộc có 3 thôn. Với 19 đảng viên ở Chi bộ Quân sự và 14 đảng viên ở Chi bộ Công an, lực lượng vũ trang xã \
        phát huy tốt vai trò.
        """)
        #expect(facts.map(\.value) == [3, 19, 14])
        #expect(facts.map(\.subject) == ["Xã Tân Lộc", "Chi bộ Quân sự", "Chi bộ Công an"])
    }

    @Test func aLevelOfGovernmentIsNoPlace() throws {
        let facts = try facts("""
        Trường Chính trị tỉnh mở 46 lớp. Lớp K72 khai giảng tại xã Khuổi Lương.

        Nhà trường là điểm cầu chính, kết nối tới các điểm cầu cấp xã. Hiện nhà trường có 58 cán bộ, giảng viên.
        """)
        #expect(facts.map { $0.classes ?? Int($0.value ?? 0) } == [46, 58])
        #expect(facts.map(\.subject) == ["Trường Chính trị tỉnh", "Trường Chính trị tỉnh"])
    }

    @Test func captionLinesAreRecognised() {
        #expect(HTMLText.isCaption("Ảnh: Minh Khôi"))
        #expect(HTMLText.isCaption("Đồng chí Bí thư trao Huy hiệu. (Ảnh: Minh Khôi)"))
        #expect(HTMLText.isCaption("Ảnh minh họa: Internet"))
        #expect(HTMLText.isCaption("Ảnh 2: Tình nguyện viên trao 150 suất quà cho hộ nghèo xã Khe Tre."))
        #expect(!HTMLText.isCaption("2: Tình nguyện viên trao quà."))
        #expect(!HTMLText.isCaption("Đảng bộ xã có 14 chi bộ: 10 chi bộ thôn."))
    }

    @Test func placesListedAfterOShareTheFigureAndLeaveNothingInView() throws {
        let facts = try facts("""
        Đảng bộ Bệnh viện Đa khoa tỉnh có 19 chi bộ. Năm nay thành lập mới 3 chi bộ ở Trung tâm Ung bướu, Khoa Hồi sức \
        và Khoa Dược. Đảng bộ kết nạp 96 đảng viên.
        """)
        #expect(facts.map(\.value) == [19, 3, 96])
        #expect(facts.map(\.subject) == Array(repeating: "Đảng bộ Bệnh viện Đa khoa tỉnh", count: 3))
    }

    @Test func anOfficeIsTheSubjectOfItsSentenceOnly() throws {
        let facts = try facts("""
        Đảng bộ xã Yên Trạch có 36 chi bộ. Trung tâm Phục vụ hành chính công xã đã tiếp nhận 2.316 hồ sơ. Năm 2025, \
        Đảng bộ phấn đấu kết nạp 35 đảng viên.
        """)
        #expect(facts.map(\.value) == [36, 2316, 35])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Yên Trạch", "Trung tâm Phục vụ hành chính công xã Yên Trạch", "Đảng bộ xã Yên Trạch"])
    }

    @Test func anAreaWordQualifyingANounKeepsTheOrganisationInView() throws {
        let facts = try facts("""
        Đảng bộ xã Yên Trạch có 36 chi bộ. Trụ sở cũ của xã Khe Mo cách trung tâm xã mới 14 km. Đảng bộ phấn đấu \
        kết nạp 35 đảng viên.
        """)
        #expect(facts.last?.value == 35)
        #expect(facts.last?.subject == "Đảng bộ xã Yên Trạch")
    }

    @Test func aVisitingOfficialsInstitutionNamedByItsAreaIsNoSubject() throws {
        let facts = try facts("""
        Đảng bộ Bệnh viện Đa khoa tỉnh tổ chức đại hội. Đồng chí Hồ Quang Minh, Phó Bí thư Đảng ủy UBND tỉnh dự đại hội.

        Nhiệm kỳ qua, đã kết nạp 96 đảng viên.
        """)
        #expect(facts.map(\.value) == [96])
        #expect(facts.map(\.subject) == ["Đảng bộ Bệnh viện Đa khoa tỉnh"])
    }

    @Test func aVisitingOfficialsBlocOfTheProvinceIsNoSubject() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cổ phần Cấp nước Hòa Lâm tổ chức Đại hội. Dự Đại hội có đồng chí Lê Văn Tư, Phó Bí thư \
        Đảng ủy Khối Doanh nghiệp tỉnh, cùng các đại biểu thay mặt cho 142 đảng viên trong Đảng bộ.
        """)
        #expect(facts.map(\.value) == [142])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Cổ phần Cấp nước Hòa Lâm"])
    }

    @Test func aPlaceInAnAppositionDescribesTheOneNamedBefore() throws {
        let facts = try facts("""
        Xã Tà Xùa, một xã vùng cao của huyện Bắc Yên, hiện có 112 đảng viên. Chi bộ Công ty TNHH Tôm Rạch Gốc \
        Xanh, một doanh nghiệp tư nhân ở vùng ven biển huyện Ngọc Hiển, hiện có 17 đảng viên.
        """)
        #expect(facts.map(\.value) == [112, 17])
        #expect(facts.map(\.subject) == ["Xã Tà Xùa", "Chi bộ Công ty TNHH Tôm Rạch Gốc Xanh"])
    }

    @Test func aVillageWordInsideAProperNameIsNoVillage() throws {
        let facts = try facts("""
        Báo Sóc Trăng lược ghi phát biểu của đồng chí Lâm Văn Sết, Bí thư Đảng ủy xã Vĩnh Sóc. “Vĩnh Sóc có 9 ấp với \
        3.480 hộ.”
        """)
        #expect(facts.map(\.value) == [9, 3480])
        #expect(facts.map(\.subject) == ["Đảng ủy xã Vĩnh Sóc", "Đảng ủy xã Vĩnh Sóc"])
    }

    @Test func representativesOfAVisitingOrganisationAreNoSubject() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cổ phần Thủy điện Nậm Chiềng tổ chức Đại hội. Dự Đại hội có đại diện lãnh đạo Huyện ủy \
        Mường Khoa cùng các đại biểu thay mặt cho 186 đảng viên.
        """)
        #expect(facts.map(\.value) == [186])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Cổ phần Thủy điện Nậm Chiềng"])
    }

    @Test func aMassOrganisationOfAnAreaNamesTheArea() throws {
        let facts = try facts("""
        Tỉnh đoàn Bình Lâm tổng kết công tác năm. Năm 2024, Tỉnh ủy giao chỉ tiêu giới thiệu 2.000 đoàn viên ưu tú.
        """)
        #expect(facts.map(\.value) == [2000])
        #expect(facts.map(\.subject) == ["Bình Lâm"])
    }

    @Test func aProviderNamingItsAreaIsTheSubjectEvenWithAnotherInView() throws {
        let facts = try facts("""
        Năm 2024, toàn tỉnh Đông Lĩnh mở 412 lớp. Ở cấp huyện, Trung tâm Chính trị huyện Yên Thạch dẫn đầu với 34 lớp; \
        Trung tâm Chính trị huyện mở thêm 5 lớp. Riêng Trường Chính trị tỉnh trực tiếp tổ chức 29 lớp.
        """)
        #expect(facts.map { $0.classes ?? 0 } == [412, 34, 5, 29])
        #expect(facts.map(\.subject) == ["toàn tỉnh Đông Lĩnh", "Trung tâm Chính trị huyện Yên Thạch", "toàn tỉnh Đông Lĩnh",
                                         "Trường Chính trị tỉnh"])
    }

    @Test func placesSharingAFigureAreThoseOfItsClauseAndKeepTheElidedVerb() throws {
        let facts = try facts("""
        Chi bộ thôn Đồng Me xóa tên 3 đảng viên, nhiều nhất xã; Chi bộ thôn Bãi Sậy và Chi bộ thôn Gò Mít mỗi nơi 2 \
        đảng viên.
        """)
        #expect(facts.map(\.value) == [3, 2, 2])
        #expect(facts.map(\.subject) == ["Chi bộ thôn Đồng Me", "Chi bộ thôn Bãi Sậy", "Chi bộ thôn Gò Mít"])
        #expect(facts.map(\.measure) == Array(repeating: "party_members.struck_off", count: 3))
    }

    /// "Các xã A, B và C mỗi nơi …": names listed bare after the first place's head share it.
    @Test func bareNamesAfterAPlaceShareTheFigureEach() throws {
        let facts = try facts("Các xã Nậm Cang, Thanh Phú và Tả Van mỗi nơi kết nạp 5 đảng viên.")
        #expect(facts.map(\.value) == [5, 5, 5])
        #expect(facts.map(\.subject) == ["xã Nậm Cang", "xã Thanh Phú", "xã Tả Van"])
    }

    @Test func aMassOrganisationsHeadAloneIsTheOneNamedBefore() throws {
        let facts = try facts("""
        Tỉnh đoàn Bình Lâm tổng kết công tác năm. Năm 2025, Tỉnh đoàn phấn đấu giới thiệu 2.200 đoàn viên ưu tú.
        """)
        #expect(facts.map(\.value) == [2200])
        #expect(facts.map(\.subject) == ["Tỉnh đoàn Bình Lâm"])
    }

    @Test func anAreaNamedAloneAfterOAtASentencesHeadIsTheAreaNamedBefore() throws {
        let facts = try facts("""
        Đảng bộ xã Tiên Hưng có 300 đảng viên. Toàn huyện Vĩnh Lạc có 5.000 đảng viên. Ở Tiên Hưng, Đảng bộ kết nạp \
        16 đảng viên. Ở Hà Nội, trời mưa.
        """)
        #expect(facts.map(\.value) == [300, 5000, 16])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tiên Hưng", "Toàn huyện Vĩnh Lạc", "Tiên Hưng"])
    }

    @Test func aMassOrganisationOfAnAreaWordAloneIsTheOneOfTheAreaInView() throws {
        let facts = try facts("""
        Hội LHPN huyện Thạch Yên hiện có 142 chi hội. Năm 2023, Hội LHPN huyện giới thiệu 81 hội viên ưu tú. \
        Đảng bộ xã Tân Phong có 300 đảng viên. Hội LHPN xã giới thiệu 26 hội viên ưu tú.
        """)
        #expect(facts.map(\.value) == [142, 81, 300, 26])
        #expect(facts.map(\.subject) == ["Hội LHPN huyện Thạch Yên", "Hội LHPN huyện Thạch Yên", "Đảng bộ xã Tân Phong",
                                         "Hội LHPN xã Tân Phong"])
    }

    @Test func theItemsOfAListAreAboutWhatItsHeadingNames() throws {
        let facts = try facts("""
        Huyện Kim Điền có 52 chi bộ trường học.

        Chi bộ Trường Mầm non Hoa Sen (xã Tân Phú):
        - Có 14 đảng viên trên tổng số 32 cán bộ, giáo viên.
        - Kết nạp 2 đảng viên trong năm học.

        Chi bộ Trường THCS Kim Sơn:
        - Có 27 đảng viên trên 41 cán bộ, giáo viên.

        Toàn huyện kết nạp 63 đảng viên.
        """)
        #expect(facts.map(\.value) == [52, 14, 32, 2, 27, 41, 63])
        #expect(facts.map(\.subject) == ["Huyện Kim Điền", "Chi bộ Trường Mầm non Hoa Sen", "Chi bộ Trường Mầm non Hoa Sen",
                                         "Chi bộ Trường Mầm non Hoa Sen", "Chi bộ Trường THCS Kim Sơn",
                                         "Chi bộ Trường THCS Kim Sơn", "Toàn Huyện Kim Điền"])
        // "trên" between two counts reads "out of".
        #expect(facts[5].qualifier == .exact)
    }

    @Test func theScopeOfAComparisonAndTheSetterOfATargetAreNotSubjects() throws {
        let facts = try facts("""
        Đảng bộ phường Đông Thành kết nạp 14 đảng viên, vượt chỉ tiêu Thành ủy giao, trong đó có sáu đảng viên nữ. \
        Chi bộ Tổ dân phố Hòa Bình là chi bộ đông đảng viên nhất phường với 71 đảng viên.
        """)
        #expect(facts.map(\.value) == [14, 6, 71])
        #expect(facts.map(\.subject) == ["Đảng bộ phường Đông Thành", "Đảng bộ phường Đông Thành", "Chi bộ Tổ dân phố Hòa Bình"])
    }

    @Test func theSchoolItselfIsTheSchoolNamedBefore() throws {
        let facts = try facts("""
        Trường Chính trị tỉnh Hòa Bắc khai giảng năm học mới. Tính chung toàn tỉnh, năm học qua đã mở 71 lớp bồi dưỡng \
        nhận thức về Đảng cho 4.930 quần chúng ưu tú. TS Vũ Thị Nguyệt, Hiệu trưởng Nhà trường, cho biết nhà trường hiện \
        có 46 giảng viên.
        """)
        // "toàn tỉnh": the province the school is of, the only one named.
        #expect(facts.map(\.subject) == ["toàn tỉnh Hòa Bắc", "Trường Chính trị tỉnh Hòa Bắc"])
    }

    @Test func withNothingInViewAFigureIsAboutTheLastOrganisationNamed() throws {
        let facts = try facts("""
        Chị Đinh Thị Hà, Chủ tịch Hội LHPN huyện Thạch Yên, cho biết mục tiêu đã đạt. Năm 2021, các cấp Hội giới thiệu \
        72 hội viên, trong đó 41 chị được kết nạp.
        """)
        #expect(facts.map(\.value) == [72, 41])
        #expect(facts.map(\.subject) == ["Hội LHPN huyện Thạch Yên", "Hội LHPN huyện Thạch Yên"])
    }

    @Test func aPlaceWhoseNameOpensWithAnAreaWordIsNamedWhole() throws {
        let facts = try facts("""
        Đảng bộ xã Tân Lập có 300 đảng viên. Đảng bộ xã Bản Sen làm tốt công tác kiểm tra. Đảng bộ xã có 214 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tân Lập", "Đảng bộ xã Bản Sen"])
    }

    @Test func anItemOfADigestIsAboutThePlaceItsLabelNames() throws {
        let facts = try facts("""
        Tin vắn xây dựng Đảng

        * Tân Lập: Kết nạp 5 đảng viên mới

        Ngày 19/5, Đảng ủy xã Tân Lập tổ chức lễ kết nạp 5 đảng viên mới.

        * Phú Hòa: Trao Huy hiệu Đảng cho 14 đảng viên

        Sáng 20/5, Đảng ủy xã Phú Hòa tổ chức trao Huy hiệu Đảng cho 14 đảng viên.
        """)
        #expect(facts.map(\.value) == [5, 14])
        #expect(facts.map(\.mentions) == [2, 2])
        #expect(facts.map(\.subject) == ["Tân Lập", "Phú Hòa"])
    }

    @Test func anOrganisationInsideTheTitleOfAMovementIsNoSubject() throws {
        let facts = try facts("""
        Năm 2024, toàn huyện Đông Tiến có 287 chi bộ được công nhận đạt “chi bộ 4 tốt”, tăng 18 chi bộ. Đảng bộ \
        Kho bạc Nhà nước Khu vực XI có 187 đảng viên.
        """)
        #expect(facts.map(\.value) == [287, 18, 187])
        #expect(facts.map(\.subject) == ["toàn huyện Đông Tiến", "toàn huyện Đông Tiến", "Đảng bộ Kho bạc Nhà nước Khu vực XI"])
        // Organisations recognised as of a kind are organisations in a category.
        #expect(facts[0].measure == "party_units.total")
    }

    @Test func aNameMayHoldACommaWhenTheLexiconSaysSo() throws {
        let facts = try facts("""
        Đảng bộ Báo và Phát thanh, Truyền hình Bình Lâm hiện có 11 chi bộ trực thuộc với 187 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ Báo và Phát thanh, Truyền hình Bình Lâm", "Đảng bộ Báo và Phát thanh, Truyền hình Bình Lâm"])
    }

    @Test func theLeaderOfAnAreaAndAPartOfAnAreaAreNotInView() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cao su Chư Krông có 286 đảng viên. Công ty trải trên địa bàn 3 huyện phía Tây tỉnh. Công ty có \
        2.140 công nhân. Đảng bộ huyện Cầu Tràm dẫn đầu toàn tỉnh với 312 đảng viên được kết nạp.
        """)
        #expect(facts.map(\.value) == [286, 3, 2140, 312])
        #expect(facts[2].subject == "Đảng bộ Công ty Cao su Chư Krông")
        #expect(facts[3].subject == "Đảng bộ huyện Cầu Tràm")
    }

    @Test func anInstitutionsHeadWordOpeningASentenceIsTheOneNamedBefore() throws {
        let facts = try facts("""
        Đồn Biên phòng Cửa khẩu Mường Khoa có 46 đảng viên. Đảng ủy xã Huổi Lếch kết nạp 17 người. Đồn cũng đã giới \
        thiệu 37 quần chúng ưu tú. Trung tâm Chính trị huyện Quỳnh Lâm có 5 cán bộ. Trung tâm Chính trị huyện có 36 \
        báo cáo viên. Trung tâm hiện có 4 giảng viên.
        """)
        #expect(facts.map(\.value) == [46, 17, 37, 5, 36, 4])
        #expect(facts[2].subject == "Đồn Biên phòng Cửa khẩu Mường Khoa")
        #expect(facts[5].subject == "Trung tâm Chính trị huyện Quỳnh Lâm")
    }

    @Test func examplesAfterTieuBieuLaStayInTheirSentence() throws {
        let facts = try facts("""
        Cả nhiệm kỳ, Đảng bộ Quân sự tỉnh Bình Lương kết nạp 243 đảng viên. Tiêu biểu là Đảng bộ Ban Chỉ huy Quân sự \
        huyện Tân Lạc kết nạp 27 đảng viên. Ủy ban Kiểm tra các cấp trong Đảng bộ đã kiểm tra 38 tổ chức đảng.
        """)
        #expect(facts.map(\.value) == [243, 27, 38])
        #expect(facts.map(\.subject) == ["Đảng bộ Quân sự tỉnh Bình Lương", "Đảng bộ Ban Chỉ huy Quân sự huyện Tân Lạc",
                                         "Đảng bộ Quân sự tỉnh Bình Lương"])
    }

    @Test func aHallIsWhereAnEventTookPlaceAndAWholeInstitutionKeepsItsName() throws {
        let facts = try facts("""
        Sáng 19/6, tại Hội trường Trung tâm Hội nghị tỉnh, Đảng bộ Chi cục Kiểm lâm tỉnh Tây Lâm tổ chức hội nghị. \
        Đảng bộ có 186 đảng viên. Toàn Đảng bộ Chi cục Kiểm lâm có 11 chi bộ.
        """)
        #expect(facts.map(\.value) == [186, 11])
        #expect(facts[0].subject == "Đảng bộ Chi cục Kiểm lâm tỉnh Tây Lâm")
        #expect(facts[1].subject == "Đảng bộ Chi cục Kiểm lâm tỉnh Tây Lâm")
    }

    @Test func thePassivesAgentIsNotInViewAndANameEndsAtItsAreaWord() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cao su Chư Krông có 286 đảng viên. Năm 2024, Đảng bộ Công ty được Đảng ủy Khối Doanh nghiệp \
        tỉnh đánh giá hoàn thành tốt nhiệm vụ; 95,5% đảng viên hoàn thành tốt nhiệm vụ trở lên.
        """)
        #expect(facts.map(\.value) == [286, 95.5])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Cao su Chư Krông", "Đảng bộ Công ty Cao su Chư Krông"])
    }

    @Test func theUnitsACountIsMadeOfAreNotTheSubjectOfTheFiguresAfterThem() throws {
        let facts = try facts("""
        Đảng bộ Chi cục hiện có 4 chi bộ trực thuộc gồm Chi bộ Văn phòng, Chi bộ Đội Nghiệp vụ, Chi bộ Đội Giám sát và \
        Chi bộ Đội Kiểm soát, với tổng số 66 đảng viên. Đảng bộ xã có 2 chi bộ gồm Chi bộ An Lạc và Chi bộ An Phú có \
        10 đảng viên.
        """)
        #expect(facts.map(\.value) == [4, 66, 2, 10])
        #expect(facts[1].subject == "Đảng bộ Chi cục")
        #expect(facts[3].subject == "Chi bộ An Phú")
    }
}

/// Subjects in the shapes of holdout-23 (made-up sentences).
struct SubjectShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func theWholeCompanyIsTheCompanyNamedBefore() throws {
        let facts = try facts("Tin\n\nĐảng ủy Công ty Cổ phần Xi măng Hòa Lĩnh tổ chức hội nghị tổng kết. Toàn Công ty có 1.240 cán bộ, công nhân viên.")
        #expect(facts.map(\.subject) == ["Toàn Công ty Cổ phần Xi măng Hòa Lĩnh"])
    }

    @Test func aUnitOpeningALabelledItemIsAboutThatItemOnly() throws {
        let text = "Tin\n\nĐảng bộ Công ty Thép Bắc Hà có 820 đảng viên.\n\na) Năm 2025, Đảng bộ kết nạp 31 đảng viên.\n\nb) Đảng bộ bộ phận Nhà máy Cán thép số 2 có 4 chi bộ.\n\nc) Đảng bộ có 96% đảng viên hoàn thành tốt nhiệm vụ.\n"
        let facts = try facts(text)
        #expect(facts.map(\.value) == [820, 31, 4, 96])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Thép Bắc Hà", "Đảng bộ Công ty Thép Bắc Hà",
                                         "Đảng bộ bộ phận Nhà máy Cán thép số 2", "Đảng bộ Công ty Thép Bắc Hà"])
    }

    @Test func aPlaceSomeoneCameFromIsNoSubject() throws {
        let text = "Tin\n\nÔng Lò Văn Chiến là Bí thư Chi bộ Phân xưởng Nghiền. Năm 1990, ông rời xã Tân Lập Thượng xuống nhà máy học nghề. Từ năm 2015 đến nay, chi bộ đã kết nạp 12 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [12])
        #expect(facts.map(\.subject) == ["Chi bộ Phân xưởng Nghiền"])
    }

    @Test func aBreakdownAfterAListOfUnitsIsOfTheWholeBeforeIt() throws {
        let text = "Tin\n\nĐảng bộ Viện Quy hoạch có 36 đảng viên, sinh hoạt tại 3 chi bộ: Chi bộ Kiến trúc 14 đảng viên, Chi bộ Hạ tầng 12 đảng viên, Chi bộ Văn phòng 10 đảng viên. Trong đó có 15 đảng viên nữ."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [36, 3, 14, 12, 10, 15])
        #expect(facts.last?.subject == "Đảng bộ Viện Quy hoạch")
        #expect(facts.last?.group == "nữ")
    }

    @Test func aUnitLabellingAnItemOfABreakdownIsItsSubject() throws {
        let text = "Tin\n\nĐảng bộ Công ty Cây xanh Hòa Bình hiện có 3 chi bộ với 40 đảng viên, cụ thể:\n\n- Chi bộ Văn phòng: 9 đảng viên;\n- Chi bộ Vườn ươm: 17 đảng viên;\n- Chi bộ Dịch vụ: 14 đảng viên.\n"
        let facts = try facts(text)
        #expect(facts.map(\.value) == [3, 40, 9, 17, 14])
        #expect(facts.suffix(3).map(\.subject) == ["Chi bộ Văn phòng", "Chi bộ Vườn ươm", "Chi bộ Dịch vụ"])
    }

    @Test func aNameEndingOnAnAreaWordIsOfTheAreaInView() throws {
        let text = "Tin\n\nNăm 2024, Đảng bộ Sở Tư pháp (STP) tỉnh Hà Nam Trung kết nạp 6 đảng viên. Đảng bộ Sở Tư pháp tỉnh hiện có 9 chi bộ trực thuộc."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [6, 9])
        #expect(facts.last?.subject == "Đảng bộ Sở Tư pháp tỉnh Hà Nam Trung")
    }

    @Test func theWholeBlocIsTheOneAVisitingOfficialNamed() throws {
        let text = "Tin\n\nChiều 9/1, Đảng bộ Sở Xây dựng tỉnh Quảng Lâm tổ chức hội nghị. Dự hội nghị có đồng chí Trần Thị Hoa, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh. Đảng bộ Sở có 96 đảng viên. Toàn Khối hiện có 71 tổ chức cơ sở đảng."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [96, 71])
        #expect(facts.map(\.subject) == ["Đảng bộ Sở Xây dựng tỉnh Quảng Lâm", "Toàn Khối các cơ quan tỉnh"])
    }

    @Test func aCellOfADepartmentNamedInSentenceCase() throws {
        let text = "Tin\n\nĐảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Hòa Sơn có 5 chi bộ. Chi bộ Phòng khám đa khoa có 16 đảng viên. Chi bộ Khối văn phòng: 17 đảng viên. Chi bộ Khoa tổ chức lễ kết nạp 2 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [5, 16, 17, 2])
        #expect(facts.map(\.subject) == ["Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Hòa Sơn", "Chi bộ Phòng khám đa khoa",
                                         "Chi bộ Khối văn phòng", "Chi bộ Khoa"])  // not "Chi bộ Khoa tổ chức lễ"
    }

    @Test func unitsListedAfterACountInWordsAreNotInViewAfter() throws {
        let text = "Tin\n\nĐảng bộ Chi cục Thú y tỉnh Lạng Bình có 30 đảng viên, sinh hoạt ở bốn chi bộ: Văn phòng Chi cục, Trạm Xét nghiệm, Trạm Kiểm dịch Tân Thanh và Trạm Kiểm dịch Chi Ma. Năm 2024, Đảng bộ đã kết nạp 3 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [30, 4, 3])
        #expect(facts.last?.subject == "Đảng bộ Chi cục Thú y tỉnh Lạng Bình")
    }

    @Test func aBareCellAfterAHamletHeadingItsClauseIsThatHamletsCell() throws {
        let text = "Tin\n\nĐảng bộ xã Thanh Bồ có 19 chi bộ; riêng chi bộ xóm Bãi Dài 2 chưa có đảng viên mới. Lớp học mở tại nhà văn hóa xóm Gốc Sở.\n\nXóm Đồng Lạnh. Chi bộ có 48 đảng viên.\n\nỞ xóm Khuôn Ngàn, chi bộ có 35 đảng viên. Ông Tùng ở phòng số 12 khu B. Chi bộ kết nạp 2 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [19, 48, 35, 2])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Thanh Bồ", "Chi bộ xóm Đồng Lạnh", "xóm Khuôn Ngàn", "Chi bộ xóm Khuôn Ngàn"])  // not "Chi bộ khu B"
    }

    @Test func aFigureOfTheWholeAfterItsPartsListedAfterAColon() throws {
        let text = "Tin\n\nĐảng bộ xã An Phú có 3 chi bộ trực thuộc: Chi bộ thôn A, Chi bộ thôn B và Chi bộ thôn C, với 120 đảng viên. Đảng bộ xã Bình Phú có 2 chi bộ: Chi bộ thôn D với 20 đảng viên, Chi bộ thôn E với 15 đảng viên."
        let facts = try facts(text)
        #expect(facts.map(\.value) == [3, 120, 2, 20, 15])
        #expect(facts.map(\.subject) == ["Đảng bộ xã An Phú", "Đảng bộ xã An Phú", "Đảng bộ xã Bình Phú", "Chi bộ thôn D", "Chi bộ thôn E"])
    }
}
