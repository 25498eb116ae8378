import Testing
@testable import SoLieu

/// Institutions as subjects: long official names made whole by their short name in brackets, the
/// party body of "Nhà trường", an address and a target's setter that are not what figures are about.
struct SubjectInstitutionTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aLongNameEndsAtTheBracketOfItsShortName() throws {
        let facts = try facts("""
        Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Hòa Lâm (Ban QLDA Dân dụng) có 5 \
        chi bộ với 61 đảng viên. Năm 2024, Đảng ủy kết nạp 4 đảng viên.
        """)
        let name = "Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Hòa Lâm (Ban QLDA Dân dụng)"
        #expect(facts.map(\.value) == [5, 61, 4])
        #expect(facts.map(\.subject) == [name, name, name])
    }

    @Test func theSetterOfATargetAfterMaIsNotInView() throws {
        let facts = try facts("""
        Đảng bộ Chi cục Thuế khu vực Tân Phong kết nạp 9 đảng viên, vượt chỉ tiêu 7 đảng viên mà Huyện ủy Tân Phong \
        giao. Đến nay, Đảng bộ có 56 đảng viên.
        """)
        #expect(facts.map(\.value) == [9, 7, 56])
        #expect(facts.last?.subject == "Đảng bộ Chi cục Thuế khu vực Tân Phong")
    }

    @Test func theSchoolsPartyBodyIsTheSchoolNamedBefore() throws {
        let facts = try facts("""
        Trường Đại học Sư phạm Hòa Lâm có 12 khoa. Đảng bộ Nhà trường hiện có 276 đảng viên.
        """)
        #expect(facts.map(\.value) == [12, 276])
        #expect(facts.last?.subject == "Trường Đại học Sư phạm Hòa Lâm")
    }

    @Test func placesOfAnAddressAfterARoadAreNoSubject() throws {
        let facts = try facts("""
        Công ty Than Đồng Mỏ là đơn vị thành viên của Tập đoàn Than, trụ sở tại Km 9, Quốc lộ 18, phường Nam Sơn. \
        Đảng bộ Công ty hiện có 1.204 đảng viên. Năm 2024, Đảng bộ kết nạp 96 đảng viên.
        """)
        #expect(facts.map(\.value) == [1204, 96])
        #expect(facts.map(\.subject) == ["Công ty Than Đồng Mỏ", "Công ty Than Đồng Mỏ"])
    }

    @Test func aDocumentAfterAVerbIsNoPartOfTheName() throws {
        let facts = try facts("""
        Chi cục Thuế khu vực Tân Phong có 118 công chức. Đảng ủy Chi cục bám sát Nghị quyết số 21-NQ/TW, năm qua \
        kết nạp 9 đảng viên.
        """)
        #expect(facts.filter { $0.kind == .count }.map(\.value) == [118, 9])
        #expect(facts.last { $0.kind == .count }?.subject == "Chi cục Thuế khu vực Tân Phong")
    }

    @Test func aUnitCountedInAListIsNotTheSubjectAfterIt() throws {
        let facts = try facts("""
        Đảng bộ Công ty Thủy lợi Nam Đà có 11 chi bộ trực thuộc, gồm 7 chi bộ xí nghiệp, 3 chi bộ phòng, ban và 01 \
        chi bộ Trạm bơm Cẩm Đình, với 214 đảng viên.
        """)
        #expect(facts.last?.value == 214)
        #expect(facts.last?.subject == "Đảng bộ Công ty Thủy lợi Nam Đà")
    }

    @Test func anAcronymInBracketsNamesTheInstitutionLaterByItsFullName() throws {
        let facts = try facts("""
        Năm 2024, UBND tỉnh sáp nhập Bệnh viện Đa khoa khu vực Nam Sơn vào Bệnh viện Đa khoa tỉnh Bình Lâm (BVĐK \
        tỉnh). Sau sáp nhập, BVĐK tỉnh có 1.124 cán bộ, viên chức.
        """)
        #expect(facts.map(\.value) == [1124])
        #expect(facts.map(\.subject) == ["Bệnh viện Đa khoa tỉnh Bình Lâm (BVĐK tỉnh)"])
    }

    @Test func institutionsListedAsAVerbsObjectAreNotInView() throws {
        let facts = try facts("""
        Đảng bộ Trường Cao đẳng Sư phạm Thanh Sơn có 214 đảng viên. Trường còn quản lý Trường Mầm non thực hành Hoa \
        Sen và Trường Tiểu học thực hành Sư phạm. Trong 214 đảng viên hiện có, 137 đồng chí là giảng viên.
        """)
        #expect(facts.map(\.value) == [214, 137])
        #expect(facts.map(\.subject) == ["Đảng bộ Trường Cao đẳng Sư phạm Thanh Sơn", "Đảng bộ Trường Cao đẳng Sư phạm Thanh Sơn"])
    }

    @Test func theStationsPartyBodyIsTheStationNamedBefore() throws {
        let facts = try facts("""
        Đảng bộ Đài Khí tượng Thủy văn tỉnh Lam Giang có 7 chi bộ. Đảng bộ Đài hiện có 96 đảng viên, có người làm \
        việc ở Đài Loan về.
        """)
        #expect(facts.map(\.value) == [7, 96])
        #expect(facts.map(\.subject) == ["Đảng bộ Đài Khí tượng Thủy văn tỉnh Lam Giang", "Đảng bộ Đài Khí tượng Thủy văn tỉnh Lam Giang"])
    }

    @Test func aShortNameLaterIsTheLongNameItStandsFor() throws {
        let facts = try facts("""
        Đảng bộ Đài Khí tượng Thủy văn tỉnh Lam Giang (Đài KTTV tỉnh) có 7 chi bộ. Đài KTTV tỉnh hiện quản lý 14 trạm.
        """)
        let name = "Đảng bộ Đài Khí tượng Thủy văn tỉnh Lam Giang (Đài KTTV tỉnh)"
        #expect(facts.map(\.value) == [7, 14])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func anOfficeNamedByFieldsWithItsAcronymAndPlaceIsOneName() throws {
        let facts = try facts("""
        Đảng ủy Sở Lao động, Thương binh và Xã hội (LĐTBXH) tỉnh Bình Lâm có 9 chi bộ trực thuộc. Năm 2025, Đảng bộ \
        Sở kết nạp 7 đảng viên; Sở LĐTBXH hiện có 148 công chức.
        """)
        let name = "Đảng ủy Sở Lao động, Thương binh và Xã hội (LĐTBXH) tỉnh Bình Lâm"
        #expect(facts.map(\.value) == [9, 7, 148])
        #expect(facts.map(\.subject) == [name, name, name])
    }

    @Test func aUnitWhosePartyBodyIsACellIsNoAntecedentOfDangBo() throws {
        let facts = try facts("""
        Đảng bộ Trường Cao đẳng Y tế Lam Giang có 96 đảng viên. Chi bộ Trường Mầm non Sao Mai có 12 đảng viên. Cô Lò \
        Thị Hằng, Hiệu trưởng Trường Mầm non Sao Mai, cho biết nhà trường luôn chú trọng tạo nguồn.
        Nhiệm kỳ tới, Đảng bộ phấn đấu kết nạp 20 đảng viên.
        """)
        #expect(facts.map(\.value) == [96, 12, 20])
        #expect(facts.last?.subject == "Đảng bộ Trường Cao đẳng Y tế Lam Giang")
    }
    @Test func aTradeNameInBracketsAndTheBranchAfterItAreOneName() throws {
        let facts = try facts("""
        Chiều 10/10, Đảng ủy Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Điện Biên tổ \
        chức hội nghị. Đảng bộ hiện có 238 đảng viên.
        """)
        #expect(facts.map(\.value) == [238])
        #expect(facts.map(\.subject) == ["Đảng ủy Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Điện Biên"])
    }

    @Test func aPlaceOverTheBorderIsNoSubject() throws {
        let facts = try facts("""
        Xã Tà Lèng Pa có 38,6 km đường biên giới giáp tỉnh Phông-xa-lỳ (Lào). Hiện có 21 chi bộ trực thuộc.
        """)
        #expect(facts.map(\.value) == [38.6, 21])
        #expect(facts.map(\.subject) == ["Xã Tà Lèng Pa", "Xã Tà Lèng Pa"])
        // "giáp Tết" is a time, and "Giáp Thìn" a year: no border.
        let festive = try self.facts("Giáp Tết, xã Tân Phong kết nạp 5 đảng viên. Tết Giáp Thìn, xã Tân Hòa kết nạp 3 đảng viên.")
        #expect(festive.map(\.subject) == ["xã Tân Phong", "xã Tân Hòa"])
    }
    @Test func aLongTitleInQuotesLedInByAWordIsNoSubject() throws {
        let facts = try facts("""
        Đảng bộ Cục Thống kê tỉnh Hà Lâm có 96 đảng viên. Đảng ủy thực hiện phong trào thi đua “Ngành Thống kê chuẩn \
        mực, chính xác, kịp thời”. Năm 2024 kết nạp 03 đảng viên.
        """)
        #expect(facts.map(\.value) == [96, 3])
        #expect(facts.map(\.subject) == ["Đảng bộ Cục Thống kê tỉnh Hà Lâm", "Đảng bộ Cục Thống kê tỉnh Hà Lâm"])
    }
    @Test func anInstitutionReferredToAgainIsInViewAgain() throws {
        let facts = try facts("""
        Hạt Kiểm lâm huyện Ba Khe quản lý 48.326 ha rừng. Tháng 9/2022, Ban Thường vụ Huyện ủy ban hành quyết định \
        nâng Chi bộ Hạt Kiểm lâm thành Đảng bộ cơ sở với 3 chi bộ trực thuộc.
        """)
        #expect(facts.map(\.value) == [48326, 3])
        #expect(facts.map(\.subject) == ["Hạt Kiểm lâm huyện Ba Khe", "Hạt Kiểm lâm huyện Ba Khe"])
    }

    @Test func aCooperativesCellByItsAbbreviationIsTheCooperative() throws {
        let facts = try facts("""
        Hợp tác xã Tân Phong có 96 xã viên. Năm 2024, Chi bộ HTX kết nạp ba đảng viên.
        """)
        #expect(facts.map(\.value) == [96, 3])
        #expect(facts.map(\.subject) == ["Hợp tác xã Tân Phong", "Hợp tác xã Tân Phong"])
    }
    @Test func theWholePartyBodyOfAnInstitutionIsThatInstitution() throws {
        let facts = try facts("""
        Chi cục Kiểm lâm tỉnh Quảng Lâm có 9 hạt. Năm 2024, Hạt Kiểm lâm Khe Vàng kết nạp 3 đảng viên. Toàn Đảng bộ Chi \
        cục hiện có 186 đảng viên.
        """)
        #expect(facts.map(\.value) == [3, 186])
        #expect(facts.map(\.subject) == ["Hạt Kiểm lâm Khe Vàng", "Chi cục Kiểm lâm tỉnh Quảng Lâm"])
    }
    @Test func theAreaWordInsideAHeadNamesNoArea() throws {
        let facts = try facts("""
        Ngày 7/10, Đảng ủy Liên hiệp Hợp tác xã Cà phê Ea Pô tổ chức hội nghị. Cổng thông tin điện tử Đảng bộ xã \
        đưa tin. Liên hiệp hiện có 12 hợp tác xã; Đảng bộ có 104 đảng viên.
        """)
        let name = "Đảng ủy Liên hiệp Hợp tác xã Cà phê Ea Pô"
        #expect(facts.map(\.value) == [12, 104])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func aPersonNamedAfterATitleAndAnInstitutionsHeadIsNoName() throws {
        let facts = try facts("""
        Đảng bộ Công ty CP Thủy sản Tân Hải Phát hiện có 124 đảng viên. Bí thư Đảng ủy Công ty Trần Hoài Phong cho \
        biết: "Năm nay Đảng bộ phấn đấu kết nạp 15 đảng viên".
        """)
        let name = "Đảng bộ Công ty CP Thủy sản Tân Hải Phát"
        #expect(facts.map(\.value) == [124, 15])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func anInstitutionsHeadAloneOpensAClauseAfterAComma() throws {
        let facts = try facts("""
        Đảng bộ Nhà hát Tuồng Sông Côn có 63 đảng viên. Tại Liên hoan Sân khấu tuồng toàn quốc năm 2024, Nhà hát \
        đoạt 3 Huy chương Vàng.
        """)
        #expect(facts.map(\.value) == [63, 3])
        #expect(facts.map(\.subject) == ["Đảng bộ Nhà hát Tuồng Sông Côn", "Đảng bộ Nhà hát Tuồng Sông Côn"])
    }
    @Test func aRecipientIsNotInView() throws {
        let facts = try facts("""
        Đảng bộ Nhà hát Tuồng Sông Côn có 63 đảng viên, chịu sự lãnh đạo của Đảng ủy Khối các cơ quan tỉnh. Nhà hát \
        đã hoàn thiện 03 hồ sơ đề nghị kết nạp gửi Đảng ủy Khối thẩm định. Tháng 8, chi bộ cử 06 quần chúng đi học lớp \
        bồi dưỡng nhận thức về Đảng.
        """)
        #expect(facts.map(\.value) == [63, 3, nil])
        #expect(facts.last?.participants == 6)
        #expect(facts.last?.subject == "Đảng bộ Nhà hát Tuồng Sông Côn")
    }
    @Test func scienceIsNoDepartmentAndAnEconomicZoneIsAnInstitution() throws {
        let facts = try facts("""
        Đảng bộ Sở Khoa học và Công nghệ tỉnh Quảng Ninh có 6 chi bộ trực thuộc. Đảng ủy Ban Quản lý Khu kinh tế cửa \
        khẩu Nà Khoang hiện có 112 đảng viên.
        """)
        #expect(facts.map(\.value) == [6, 112])
        #expect(facts.map(\.subject) == ["Đảng bộ Sở Khoa học và Công nghệ tỉnh Quảng Ninh",
                                         "Đảng ủy Ban Quản lý Khu kinh tế cửa khẩu Nà Khoang"])
    }
    @Test func aUnitSetAsTheSceneOfItsSentenceIsNoAntecedentLater() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cao su Ia Mơr có 1.204 đảng viên. Ở Nông trường Ia Bang, nơi 70% công nhân là người Jrai, \
        hơn chục công nhân đã được kết nạp.

        Năm 2022, Đảng ủy kết nạp 19 đảng viên.
        """)
        #expect(facts.map(\.value) == [1204, 70, 10, 19])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Cao su Ia Mơr", "Nông trường Ia Bang", "Nông trường Ia Bang",
                                         "Đảng bộ Công ty Cao su Ia Mơr"])
    }
    @Test func aParentThatLocatesAUnitIsReferredToLaterByAWordOfItsName() throws {
        let facts = try facts("""
        Tôi là công nhân của Đội sản xuất Khe Nưa, Công ty TNHH MTV Nông trường Thung Khải (huyện Tương Lĩnh). Nông \
        trường chúng tôi hiện có 236 hộ nhận khoán. Đảng bộ Nông trường gồm 9 chi bộ, quản lý 187 đảng viên.
        """)
        let name = "Công ty TNHH MTV Nông trường Thung Khải"
        #expect(facts.map(\.value) == [236, 9, 187])
        #expect(facts.map(\.subject) == [name, name, name])
    }
    @Test func aWholeSectorIsNamedInFullAndIsNoPartyBodyLater() throws {
        let facts = try facts("""
        Đảng bộ Cục Thống kê tỉnh Hà Nam có 96 đảng viên. Toàn ngành Y tế huyện có 412 cán bộ, nhân viên. Năm \
        2024, Đảng bộ kết nạp 3 đảng viên.
        """)
        #expect(facts.map(\.value) == [96, 412, 3])
        #expect(facts.map(\.subject) == ["Đảng bộ Cục Thống kê tỉnh Hà Nam", "Toàn ngành Y tế huyện",
                                         "Đảng bộ Cục Thống kê tỉnh Hà Nam"])
    }
    @Test func anAcronymOfTheWordsAfterTheHeadNamesTheOfficeLaterWithOrWithoutPartyWords() throws {
        let facts = try facts("""
        Ngày 20/12, Đảng bộ Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Phú Thọ tổng kết năm học. Năm học vừa qua, Đảng ủy \
        Sở GD&ĐT đã kết nạp 107 đảng viên. Sở GD&ĐT hiện có 12 phòng.
        """)
        let name = "Đảng bộ Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Phú Thọ"
        #expect(facts.map(\.value) == [107, 12])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func anOrganisationInsideTheNameOfADayIsNoSubjectAndNotInView() throws {
        let facts = try facts("""
        Đảng bộ Liên đoàn Địa chất Trung Trường Sơn có 9 chi bộ. Nhân dịp Ngày truyền thống ngành Địa chất Việt         Nam, phóng viên trao đổi với Bí thư Đảng ủy. Năm 2024, Đảng ủy kết nạp 6 đảng viên.
        """)
        let name = "Đảng bộ Liên đoàn Địa chất Trung Trường Sơn"
        #expect(facts.map(\.value) == [9, 6])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func aPrisonIsAnInstitutionItsPartyCommitteeRefersTo() throws {
        let facts = try facts("""
        Trại giam Suối Lau đóng chân trên địa bàn tỉnh Thanh Hóa. Đảng bộ Trại giam có 7 chi bộ trực thuộc với 268         đảng viên.
        """)
        #expect(facts.map(\.value) == [7, 268])
        #expect(facts.map(\.subject) == ["Trại giam Suối Lau", "Trại giam Suối Lau"])
    }
    @Test func aPartNamedInABreakdownIsItsOwnSubject() throws {
        let facts = try facts("""
        Năm 2025, Đảng ủy Công an huyện Ba Vì kết nạp mới 11 đồng chí, trong đó Chi bộ Công an xã Tống Phan Hạ kết         nạp 2 đồng chí. Đảng bộ Trường Ba Vì kết nạp được 5 đảng viên. Trong đó, Chi bộ Khối Huấn luyện kết nạp 4         đồng chí.
        """)
        #expect(facts.map(\.value) == [11, 2, 5, 4])
        #expect(facts.map(\.subject) == ["Đảng ủy Công an huyện Ba Vì", "Chi bộ Công an xã Tống Phan Hạ",
                                         "Đảng bộ Trường Ba Vì", "Chi bộ Khối Huấn luyện"])
    }
    @Test func aHeadlineThatShortensTheNameRestatesTheBodysFigure() throws {
        let text = """
        Đảng bộ Trường Năng khiếu Thể thao Nậm La: 6 tháng kết nạp 5 đảng viên

        25/07/2025 08:30

        Đảng bộ Trường Phổ thông Năng khiếu Thể dục Thể thao Nậm La có 4 chi bộ. Sáu tháng đầu năm 2025, Đảng bộ         kết nạp được 5 đảng viên.
        """
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: "t.txt", bytes: Array(text.utf8)))
        #expect(record.facts.map(\.value) == [5, 4])
        #expect(record.facts.map(\.mentions) == [2, 1])
    }
    @Test func aDepartmentNamedByFieldsWithCommasAndItsCodeIsOneName() throws {
        let facts = try facts("""
        Đảng bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an tỉnh Quảng Ninh hiện có 11 \
        chi bộ. Năm 2024, trên địa bàn tỉnh Quảng Ninh xảy ra 87 vụ cháy. Hiện Phòng quản lý 23 xe chữa cháy.
        """)
        let name = "Đảng bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an tỉnh Quảng Ninh"
        #expect(facts.map(\.value) == [11, 87, 23])
        #expect(facts.map(\.subject) == [name, "tỉnh Quảng Ninh", name])
    }
    @Test func unitsListedAfterGomAreNotInViewAfterTheirSentence() throws {
        let facts = try facts("""
        Đảng bộ Trung tâm Tìm kiếm cứu nạn hàng hải Nam Hải Vân có 5 chi bộ, gồm Chi bộ Tàu SAR 412, Chi bộ Xuồng \
        cao tốc và Chi bộ Văn phòng. Sinh hoạt tại 5 chi bộ này là 94 đảng viên.
        """)
        let name = "Đảng bộ Trung tâm Tìm kiếm cứu nạn hàng hải Nam Hải Vân"
        #expect(facts.map(\.value) == [5, 94])
        #expect(facts.map(\.subject) == [name, name])
    }
    @Test func aDestinationAfterAVerbOfGoingIsNotInView() throws {
        let facts = try facts("""
        Chợ đầu mối Phước Lâm có 620 ô sạp, mỗi đêm trung chuyển 1.800 tấn rau đi TP. Hồ Chí Minh. Ngoài ra còn \
        khoảng 400 lao động bốc xếp.
        """)
        #expect(facts.map(\.value) == [620, 1800, 400])
        #expect(facts.map(\.subject) == ["Chợ đầu mối Phước Lâm", "Chợ đầu mối Phước Lâm", "Chợ đầu mối Phước Lâm"])
    }
    @Test func aGrassrootsPartyOrganisationIsTheUnitsNamedBefore() throws {
        let facts = try facts("""
        Công ty Cổ phần Điện gió Khe Mây có 132 công nhân. Đảng bộ cơ sở Công ty được thành lập năm 2021, hiện có 4 \
        chi bộ.
        """)
        #expect(facts.map(\.value) == [132, 4])
        #expect(facts.map(\.subject) == ["Công ty Cổ phần Điện gió Khe Mây", "Công ty Cổ phần Điện gió Khe Mây"])
    }
    @Test func theOrganisingCommitteeOfAnAwardIsTheSubjectOfItsSentence() throws {
        let facts = try facts("""
        Tỉnh ủy Quảng Thạnh phát động Giải Búa liềm vàng. Ban Tổ chức Giải nhận được 168 tác phẩm của 97 tác giả.
        """)
        #expect(facts.map(\.value) == [168, 97])
        #expect(facts.map(\.subject) == ["Ban Tổ chức Giải", "Ban Tổ chức Giải"])
    }
    @Test func aCellNamedAfterAPartOfTheInstitutionIsNotTheInstitution() throws {
        let facts = try facts("""
        Đảng bộ Công ty Cổ phần Cầu đường Bắc Mã có 184 đảng viên. Chi bộ Văn phòng Công ty có 31 đảng viên. Năm \
        2024, Công ty đạt doanh thu 846 tỷ đồng.
        """)
        #expect(facts.map(\.value) == [184, 31, 846])
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Cổ phần Cầu đường Bắc Mã", "Chi bộ Văn phòng Công ty",
                                         "Đảng bộ Công ty Cổ phần Cầu đường Bắc Mã"])
    }
    @Test func unitsEnumeratedAfterACountAndAColonAreNotInViewAfterTheSentence() throws {
        let facts = try facts("""
        Chi bộ Ban Quản lý bãi bồi ngập mặn Hải Lạc hiện có 17 đảng viên, sinh hoạt tại 2 tổ đảng: Tổ đảng Trạm Cồn \
        Nhạn có 10 đảng viên, Tổ đảng Trạm Cửa Lân có 7 đảng viên. Ban đang quản lý 2.346 ha rừng.
        """)
        let name = "Chi bộ Ban Quản lý bãi bồi ngập mặn Hải Lạc"
        #expect(facts.map(\.value) == [17, 2, 10, 7, 2346])
        #expect(facts.map(\.subject) == [name, name, "Trạm Cồn Nhạn", "Trạm Cửa Lân", name])
    }
    @Test func anAssociationIsAnInstitution() throws {
        let facts = try facts("""
        Hiệp hội Du lịch tỉnh Quảng Bình hiện có gần 260 hội viên. Trong các doanh nghiệp hội viên đã có 19 tổ chức \
        cơ sở đảng.
        """)
        #expect(facts.map(\.value) == [260, 19])
        #expect(facts.map(\.subject) == ["Hiệp hội Du lịch tỉnh Quảng Bình", "Hiệp hội Du lịch tỉnh Quảng Bình"])
    }
    @Test func aDocumentsTitleEndsBeforeAPeriodThatOpensTheMainClause() throws {
        let facts = try facts("""
        Sáng 11/9, Trường Chính trị tỉnh Hòa Bắc khai giảng năm học mới. Bám sát Nghị quyết số 32-NQ/TW của Bộ \
        Chính trị về đào tạo cán bộ lãnh đạo, quản lý, năm học qua nhà trường đã mở 38 lớp với 2.614 học viên.
        """)
        #expect(facts.map(\.kind) == [.documentRef, .training])
        #expect(facts[0].title == "đào tạo cán bộ lãnh đạo, quản lý")
        #expect(facts[1].subject == "Trường Chính trị tỉnh Hòa Bắc")
        #expect(facts[1].period == "năm học qua")
    }
    @Test func anAreaWordQualifyingANounIsNoSubject() throws {
        let facts = try facts("""
        Đảng bộ Ngân hàng Sông Lam Chi nhánh tỉnh Điện Biên có 14 chi bộ, gồm 10 chi bộ tại các phòng giao dịch và \
        04 chi bộ tại Hội sở tỉnh, với 238 đảng viên.
        """)
        #expect(facts.map(\.value) == [14, 10, 4, 238])
        #expect(Set(facts.map(\.subject)) == ["Đảng bộ Ngân hàng Sông Lam Chi nhánh tỉnh Điện Biên"])
    }
    @Test func anAreaWordAfterATimeOrWithinIsTheArea() throws {
        let time = try facts("""
        Đảng bộ xã Tiến Diêm có 320 đảng viên. Chi bộ xóm 5 nay có 19 đảng viên. Năm qua xã đã cử 14 quần chúng \
        đi học lớp bồi dưỡng.
        """)
        #expect(time.map { $0.participants ?? Int($0.value ?? 0) } == [320, 19, 14])
        #expect(time.map(\.subject) == ["Đảng bộ xã Tiến Diêm", "Chi bộ xóm 5", "Đảng bộ xã Tiến Diêm"])
        let within = try facts("""
        Xã Lâm Tân Hòa có 12 ấp. Chi bộ ấp Sóc Tro có 21 đảng viên. Nhờ chi bộ dẫn dắt, số hộ nghèo trong ấp giảm \
        từ 64 hộ xuống còn 11 hộ.
        """)
        #expect(within.map(\.value) == [12, 21, 64, 11])
        #expect(within.map(\.subject) == ["Xã Lâm Tân Hòa", "Chi bộ ấp Sóc Tro", "Sóc Tro", "Sóc Tro"])
    }
    @Test func anAcronymIsTheNameWhoseWordsItAbbreviates() throws {
        let facts = try facts("""
        Đảng bộ NĐTK kết nạp 6 đảng viên mới

        Đảng ủy Công ty cổ phần Nhiệt điện Tây Khê tổ chức hội nghị. Trong bản tin này Đảng bộ Công ty được gọi \
        tắt là Đảng bộ NĐTK.

        Đảng bộ NĐTK có 14 chi bộ trực thuộc, quản lý 486 đảng viên. Trong tháng, Đảng bộ NĐTK kết nạp 6 đảng \
        viên. Chi bộ ABC có 12 đảng viên.
        """)
        let name = "Đảng bộ Công ty cổ phần Nhiệt điện Tây Khê"
        #expect(facts.map(\.value) == [6, 14, 486, 12])
        #expect(facts.map(\.subject) == [name, name, name, "Chi bộ ABC"])
        #expect(facts[0].mentions == 2)
    }
    @Test func aShortNameInBracketsReachesBackOverPlacesAndDashes() throws {
        let facts = try facts("""
        Đảng bộ BQL kết nạp 3 đảng viên

        Bản tin của Đảng bộ Ban Quản lý Khu di tích lịch sử – văn hóa Đền Bạch Mã, tỉnh Ninh Bình (sau đây gọi \
        tắt là BQL) tổng hợp các hoạt động của Đảng bộ.

        Trong tháng 10, Đảng ủy BQL kết nạp 3 đảng viên. Đảng bộ BQL có 6 chi bộ trực thuộc.
        """)
        #expect(facts.map(\.value) == [3, 6])
        #expect(facts.allSatisfy { $0.subject?.hasPrefix("Đảng bộ Ban Quản lý Khu di tích lịch sử – văn hóa Đền Bạch Mã") == true })
        #expect(facts[0].mentions == 2)
    }
    @Test func theFirstWordsOfANameGivenBeforeAreThatName() throws {
        let facts = try facts("""
        Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị. Đảng bộ Cơ quan hiện có 8 chi bộ với \
        152 đảng viên. Quý III, Đảng bộ Cơ quan kết nạp 3 đảng viên.
        """)
        #expect(facts.map(\.value) == [8, 152, 3])
        #expect(Set(facts.map(\.subject)) == ["Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"])
    }
    @Test func theBareNameOfAnAreaNamedBeforeIsThatArea() throws {
        let facts = try facts("""
        Đảng bộ xã Tân Hòa Lộc hiện có 214 đảng viên. Đảng bộ xã Minh Phú Thượng quản lý 168 đảng viên. Minh Phú \
        Thượng phát triển được 7 đảng viên. Tỷ lệ đảng viên canh tác hồ tiêu: ở Tân Hòa Lộc là 38,5%, ở Minh Phú \
        Thượng là 44%.
        """)
        #expect(facts.map(\.value) == [214, 168, 7, 38.5, 44])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Tân Hòa Lộc", "Đảng bộ xã Minh Phú Thượng", "Minh Phú Thượng",
                                        "Tân Hòa Lộc", "Minh Phú Thượng"])
    }
}
