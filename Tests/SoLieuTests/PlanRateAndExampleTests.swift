import Testing
@testable import SoLieu

/// Rates of a plan's completion, classes of a provider named in an earlier sentence, areas named
/// as examples in a paragraph, and a body named after a source: made-up texts.
struct PlanRateAndExampleTests {
    /// "Tỷ lệ thực hiện chỉ tiêu kết nạp đạt 76%": how much of a plan was done, which happened; a
    /// percentage right after the plan word, or in brackets after it, is the plan's own.
    @Test func aRateOfAPlansCompletionHappened() throws {
        let facts = try TestSupport.facts("""
        Năm 2025, Đảng bộ xã Tân Lập Hạ kết nạp 38 đảng viên. Tỷ lệ thực hiện chỉ tiêu kết nạp đạt 76%. \
        Tỷ lệ đảng viên trong dân quân đạt 21,5%, vượt chỉ tiêu 18% mà tỉnh giao. \
        Có 92,4% đảng viên hoàn thành tốt nhiệm vụ, vượt chỉ tiêu Nghị quyết Đại hội (90%). \
        Phấn đấu tỷ lệ hoàn thành kế hoạch đạt 100%.
        """)
        let percentages = facts.filter { $0.kind == .percentage }
        #expect(percentages.first { $0.value == 76 }?.modality == .actual)
        #expect(percentages.first { $0.value == 18 }?.modality == .target)
        #expect(percentages.first { $0.value == 90 }?.modality == .target)
        #expect(percentages.first { $0.value == 100 }?.modality == .target)
    }

    /// A label line "Tỷ lệ hoàn thành kế hoạch: 80%" gives a rate that happened.
    @Test func aLabelledCompletionRateHappened() throws {
        let facts = try TestSupport.facts("""
        Năm 2025, Đảng bộ xã Tân Lập Hạ tiếp tục củng cố tổ chức.
        Tỷ lệ hoàn thành kế hoạch: 80%
        Đảng bộ sẽ tiếp tục phấn đấu.
        """)
        #expect(facts.first { $0.value == 80 }?.modality == .actual)
    }

    /// "Trung tâm Chính trị huyện mở 96 lớp … . Trong đó có 27 lớp …": the provider opening the
    /// paragraph's first sentence owns the classes of the next one; not a partner after "phối hợp",
    /// and not the counts that are no classes.
    @Test func aProviderOwnsTheClassesOfItsParagraph() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Lương Điền Hạ có 58 tổ chức cơ sở đảng. Ngược lại, Đảng bộ xã Pù Cang Hạ chỉ kết nạp được 19 đảng viên.

        Lũy kế từ đầu nhiệm kỳ, Trung tâm Chính trị huyện mở 96 lớp với 9.850 học viên. Trong đó có 27 lớp bồi dưỡng nhận thức về Đảng cho 2.148 quần chúng ưu tú.

        Công tác bồi dưỡng được duy trì: phối hợp Trung tâm Chính trị huyện mở 12 lớp. Trao Huy hiệu Đảng cho 412 đảng viên.
        """)
        let classes27 = facts.first { $0.kind == .training && $0.classes == 27 }
        #expect(classes27?.subject?.hasPrefix("Trung tâm Chính trị") == true)
        #expect(facts.first { $0.value == 412 }?.subject?.hasPrefix("Trung tâm Chính trị") == false)
    }

    /// A paragraph naming several communes as examples under the district in view leaves the
    /// district in view after it: the next paragraph's "Đảng bộ" and figures are the district's.
    @Test func areasNamedAsExamplesGiveBackTheOrganisationAboveThem() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Lương Điền Hạ hiện có 11.420 đảng viên.

        Ở cơ sở, Đảng bộ xã Điền Thượng Hạ kết nạp 64 đảng viên. Đảng bộ thị trấn Lương Điền Hạ có 27 chi bộ. Ngược lại, Đảng bộ xã Pù Cang Hạ chỉ kết nạp được 19 đảng viên.

        Cả nhiệm kỳ, các cấp ủy đã xóa tên 46 đảng viên. Đảng bộ cũng trao Huy hiệu Đảng cho 2.914 đảng viên.
        """)
        #expect(facts.first { $0.value == 19 }?.subject == "Đảng bộ xã Pù Cang Hạ")
        #expect(facts.first { $0.value == 46 }?.subject == "Đảng bộ huyện Lương Điền Hạ")
        #expect(facts.first { $0.value == 2914 }?.subject == "Đảng bộ huyện Lương Điền Hạ")
    }

    /// One commune named after the district is no example among others: it stays in view.
    @Test func oneCommuneNamedAfterTheDistrictStaysInView() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Lương Điền Hạ hiện có 11.420 đảng viên.

        Năm nay, Đảng bộ xã Pù Cang Hạ kết nạp được 19 đảng viên.

        Đảng bộ cũng trao Huy hiệu Đảng cho 29 đảng viên.
        """)
        #expect(facts.first { $0.value == 29 }?.subject == "Đảng bộ xã Pù Cang Hạ")
    }

    /// "Theo Trung tâm Chính trị huyện, Đảng ủy xã A có …": the body after a source is the clause's
    /// subject, not a place that locates the source.
    @Test func aBodyNamedAfterASourceIsTheSubject() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Thạch Vân Hạ có 41 tổ chức cơ sở đảng.

        Theo Trung tâm Chính trị huyện, Đảng ủy xã Hòa Sơn Đông Hạ có số học viên đông nhất: 58 quần chúng ưu tú được cử dự lớp bồi dưỡng nhận thức về Đảng.
        """)
        #expect(facts.first { $0.participants == 58 }?.subject == "Đảng ủy xã Hòa Sơn Đông Hạ")
    }
}

/// How organisations are named and kept in view: titles and verbs that end or are no name, party
/// groups, units listed where members are members, workplaces after a title, places named after
/// people: made-up texts.
struct OrganisationNameTests {
    /// "Đội trưởng Đàm Văn Lực" is a person with a title, not a team; "do Trung tâm gửi Ban Thường
    /// vụ" is no institution named "Trung tâm gửi Ban Thường vụ".
    @Test func aTeamLeadersTitleAndASendingVerbNameNoOrganisation() throws {
        let facts = try TestSupport.facts("""
        Chi bộ Hải quan cửa khẩu Nà Rầy Hạ có 17 đảng viên.

        Theo Bí thư Chi bộ, Đội trưởng Đàm Văn Lực, Chi bộ đã kết nạp 5 đảng viên. Theo báo cáo do Chi bộ gửi Ban Thường vụ Đảng ủy ngày 8/1, Chi bộ có 3 tổ đảng.
        """)
        #expect(facts.first { $0.value == 5 }?.subject == "Chi bộ Hải quan cửa khẩu Nà Rầy Hạ")
        #expect(facts.first { $0.value == 3 }?.subject == "Chi bộ Hải quan cửa khẩu Nà Rầy Hạ")
    }

    /// "Tổ đảng Đội Kiểm lâm cơ động có 15 đảng viên": a party group of a team names that group in
    /// its sentence only; a later "Chi bộ" is still the cell in view. "tiểu khu 1542" is a forest
    /// block, no hamlet.
    @Test func aPartyGroupsTeamStaysInItsSentence() throws {
        let facts = try TestSupport.facts("""
        Chi bộ Hạt Kiểm lâm Bù Lách Hạ chia thành 7 tổ đảng. Tổ đảng Đội Kiểm lâm cơ động có 15 đảng viên; riêng Trạm Kiểm lâm Mã Đà Hạ, nơi giáp tiểu khu 1542, có 4 đảng viên.

        Năm 2025, Chi bộ kết nạp 6 đảng viên.
        """)
        #expect(facts.first { $0.value == 15 }?.subject == "Đội Kiểm lâm cơ động")
        #expect(facts.first { $0.value == 4 }?.subject == "Trạm Kiểm lâm Mã Đà Hạ")
        #expect(facts.first { $0.value == 6 }?.subject == "Chi bộ Hạt Kiểm lâm Bù Lách Hạ")
    }

    /// "… sinh hoạt ở các chi bộ khối phòng, ban, Đội Quản lý vận hành … và Xưởng Thí nghiệm điện":
    /// units of a list where members are members are not in view after their sentence; "hôm nay"
    /// ends a name.
    @Test func unitsListedWhereMembersAreMembersLeaveTheCompanyInView() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ Công ty Điện lực Hưng Lợi Hạ hôm nay có 438 đảng viên; 110 đảng viên sinh hoạt ở các chi bộ khối phòng, ban, Đội Quản lý vận hành lưới điện cao thế và Xưởng Thí nghiệm điện. Tỷ lệ đảng viên trong công nhân đạt 31,5%.

        Từ đầu năm đến nay, Đảng bộ kết nạp 14 đảng viên.
        """)
        #expect(facts.first { $0.value == 438 }?.subject == "Đảng bộ Công ty Điện lực Hưng Lợi Hạ")
        #expect(facts.first { $0.value == 31.5 }?.subject == "Đảng bộ Công ty Điện lực Hưng Lợi Hạ")
        #expect(facts.first { $0.value == 14 }?.subject == "Đảng bộ Công ty Điện lực Hưng Lợi Hạ")
    }

    /// "…, nay là Phó Trưởng Phòng Thí nghiệm Địa kỹ thuật số 2": a person's workplace after a title
    /// gives a later "Chi bộ" no cell of its own.
    @Test func aWorkplaceAfterATitleIsNoCellsInstitution() throws {
        let facts = try TestSupport.facts("""
        Chi bộ Viện Cơ học Đất Hạ có 47 đảng viên. TS Đoàn Minh Quý được kết nạp năm 2023, nay là Phó Trưởng Phòng Thí nghiệm Địa kỹ thuật số 2.

        Năm 2025, Chi bộ phấn đấu kết nạp 3 đảng viên.
        """)
        #expect(facts.first { $0.value == 3 }?.subject == "Chi bộ Viện Cơ học Đất Hạ")
    }

    /// "Đảng ủy phường Trần Hưng Đạo", "Đảng ủy xã Nguyễn Văn Cừ": places named after people, after a
    /// party word and an area word; a person after a title ("Bí thư Đảng ủy xã Lê Văn Tám") or after
    /// a province's committee ("Tỉnh ủy Vũ Thị Thanh Nga") stays a person.
    @Test func placesNamedAfterPeopleAfterAPartyAndAreaWord() throws {
        let facts = try TestSupport.facts("""
        Năm 2024, Đảng ủy phường Trần Hưng Đạo kết nạp 13 đảng viên. Đảng ủy xã Nguyễn Văn Cừ kết nạp 9 đảng viên.
        """)
        #expect(facts.first { $0.value == 13 }?.subject == "Đảng ủy phường Trần Hưng Đạo")
        #expect(facts.first { $0.value == 9 }?.subject == "Đảng ủy xã Nguyễn Văn Cừ")
        let people = try TestSupport.facts("""
        Đảng bộ tỉnh Đông Lĩnh Hạ có 64.000 đảng viên. Trưởng Ban Tuyên giáo Tỉnh ủy Vũ Thị Thanh Nga cho biết năm nay tỉnh mở 12 lớp.
        """)
        #expect(people.first { $0.classes == 12 }?.subject?.contains("Vũ Thị Thanh Nga") == false)
    }

    /// "Tổng đội Thanh niên xung phong kinh tế - quốc phòng Ea Kră Hạ": a youth volunteer force
    /// whose name holds fields joined by a spaced dash; "Đảng bộ Tổng đội" refers back to it.
    @Test func aVolunteerForceNamedWithDashedFieldsIsInView() throws {
        let facts = try TestSupport.facts("""
        Tổng đội Thanh niên xung phong kinh tế - quốc phòng Ea Kră Hạ được thành lập năm 2002.

        Đảng bộ Tổng đội có 7 chi bộ trực thuộc với 164 đảng viên.
        """)
        #expect(facts.first { $0.value == 164 }?.subject == "Tổng đội Thanh niên xung phong kinh tế - quốc phòng Ea Kră Hạ")
    }

    /// "Chi bộ khóm 2": a town's quarter in the Mekong Delta has its own cell, past an apposition
    /// that names the town's market ("nằm sát chợ thị trấn").
    @Test func aQuarterOfATownHasItsOwnCell() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ thị trấn Kênh Xáng Hạ có 412 đảng viên, sinh hoạt ở các chi bộ ấp, khóm.

        Chi bộ khóm 2, nằm sát chợ thị trấn, có 48 đảng viên, phải chia thành 3 tổ đảng để sinh hoạt.
        """)
        #expect(facts.first { $0.value == 48 }?.subject == "Chi bộ khóm 2")
        #expect(facts.first { $0.value == 412 }?.subject == "Đảng bộ thị trấn Kênh Xáng Hạ")
    }

    /// "Xã cù lao Hòa Quý Hạ": a word for a river islet between the area word and its name; "Đảng bộ
    /// xã" after it is that commune's.
    @Test func anIsletCommuneIsNamedPastItsDescriptor() throws {
        let facts = try TestSupport.facts("""
        Xã cù lao Hòa Quý Hạ (huyện Trà Ôn Đông) nằm giữa sông Hậu. Đảng bộ xã hiện có 246 đảng viên.
        """)
        #expect(facts.first { $0.value == 246 }?.subject?.hasSuffix("Hòa Quý Hạ") == true)
    }

    /// "…, Chi bộ thôn Đông Tiến 4 đảng viên, Chi bộ thôn Bàu Sen 3, …": after an item that ends
    /// with a count, a hamlet's number before a comma is its figure, not part of its name.
    @Test func aHamletsFigureAfterACountedItemIsNoPartOfItsName() throws {
        let facts = try TestSupport.facts("""
        Năm 2025, Chi bộ thôn Trung Hòa kết nạp 5 đảng viên, Chi bộ thôn Đông Tiến 4 đảng viên, Chi bộ \
        thôn Bàu Sen 3, Chi bộ thôn Hạ Vàng 2. Chi bộ thôn Pà Cò 2 có 31 đảng viên.
        """)
        #expect(facts.first { $0.value == 3 }?.subject == "Chi bộ thôn Bàu Sen")
        #expect(facts.first { $0.value == 2 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 31 }?.subject == "Chi bộ thôn Pà Cò 2")
    }

    @Test func aRegionAfterAShortNamesBracketIsPartOfTheName() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ Bảo hiểm xã hội (BHXH) khu vực Trà Giang hiện có 17 chi bộ trực thuộc với 186 đảng viên.
        """)
        #expect(facts.map(\.subject) == Array(repeating: "Đảng bộ Bảo hiểm xã hội (BHXH) khu vực Trà Giang", count: 2))
    }

    @Test func aRiverAfterAFewDescriptorsIsNoCommunesName() throws {
        let facts = try TestSupport.facts("""
        Đông Sơn Hạ là xã thuần nông ven sông Chu, có 11 thôn. Đảng bộ xã hiện có 402 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đông Sơn Hạ", "Đông Sơn Hạ"])
    }

    @Test func whereMembersWentToLiveAndAFormerWorkplaceStayOutOfView() throws {
        let facts = try TestSupport.facts("""
        Chi bộ khu phố Thiện Kỵ có 71 đảng viên. Năm nay, chi bộ chuyển sinh hoạt cho 2 đồng chí về ở với con tại Hà \
        Nội và TP Hồ Chí Minh. Bốn đồng chí từ trần. Đồng chí Phạm Văn Kháng, nguyên Phó Giám đốc Sở Công nghiệp, \
        hưởng thọ 93 tuổi. Tỷ lệ đảng viên dự sinh hoạt đạt 84%. Tổ đảng Đồng Quê 17 đảng viên.
        """)
        #expect(facts.map(\.value) == [71, 2, 4, 84, 17])
        #expect(facts.allSatisfy { $0.subject == "Chi bộ khu phố Thiện Kỵ" })
    }

    @Test func aHeadInsideAPlaceSaidToBeAnAreaIsNone() throws {
        let facts = try TestSupport.facts("Xuân Đài Thượng là xã vùng cao với 1.870 hộ. Đảng bộ xã có 206 đảng viên.")
        #expect(facts.map(\.subject) == ["Xuân Đài Thượng", "Xuân Đài Thượng"])
    }

    @Test func unitsLabellingFiguresInBracketsAreTheirSubjectsThere() throws {
        let facts = try TestSupport.facts("""
        Đảng ủy phường Mỹ Khánh Tây cho biết: trong tháng, Đảng bộ phường kết nạp 5 đảng viên (Chi bộ Khu vực 2: 2 \
        đồng chí; Chi bộ Trường THCS Mỹ Khánh: 1 đồng chí; Chi bộ Khu vực 6: 2 đồng chí), nâng tổng số đảng viên kết \
        nạp 10 tháng lên 31 đồng chí. Dự kiến năm nay kết nạp 36 đảng viên.
        """)
        #expect(facts.map(\.value) == [5, 2, 1, 2, 31, 36])
        #expect(facts.map(\.subject) == ["Đảng ủy phường Mỹ Khánh Tây", "Chi bộ Khu vực 2", "Chi bộ Trường THCS Mỹ Khánh",
                                         "Chi bộ Khu vực 6", "Đảng ủy phường Mỹ Khánh Tây", "Đảng ủy phường Mỹ Khánh Tây"])
    }

    @Test func aQuotaGivenForSeveralYearsInTurnAndTheRateConcludedFromIt() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Tin

        Năm 2022, 2023 và 2024, Đảng bộ xã lần lượt kết nạp 12, 15 và 18 đảng viên. Chỉ tiêu Huyện ủy giao cho xã \
        trong ba năm đó lần lượt là 10, 12 và 15 đảng viên; như vậy Đảng bộ đạt tương ứng 120%, 125% và 120% chỉ tiêu.
        """).facts
        #expect(facts.map(\.value) == [12, 15, 18, 10, 12, 15, 120, 125, 120])
        #expect(facts[3...5].map(\.measure) == Array(repeating: "party_members.admitted", count: 3))
        #expect(facts[3...5].map(\.modality) == Array(repeating: .target, count: 3))
        #expect(facts[6...].map(\.modality) == Array(repeating: .actual, count: 3))
    }
}
