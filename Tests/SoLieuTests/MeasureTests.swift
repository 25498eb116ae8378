import Testing
@testable import SoLieu

/// Which measure a count takes from the words around it.
struct MeasureTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func peopleIntroducedToThePartyAreCandidatesButMembersKeepTheirMeasure() throws {
        let facts = try facts("""
        Năm 2024, Hội Nông dân huyện An Thái giới thiệu 52 hội viên, kết nạp 31. Công ty giới thiệu 9 công nhân nữ ưu tú. \
        Chi bộ phấn đấu tạo nguồn ít nhất 10 quần chúng. Đảng ủy giới thiệu 12 đảng viên.
        """)
        #expect(facts.map(\.value) == [52, 31, 9, 10, 12])
        #expect(facts.map(\.measure) == ["candidates.total", "party_members.admitted", "candidates.total", "candidates.total",
                                         "party_members.total"])
    }

    @Test func peopleOfAKindWhoAreMembersAreMembersOfThatCategory() throws {
        let facts = try facts("""
        Toàn huyện có 1.912 giáo viên; trong đó 1.047 giáo viên là đảng viên. Huyện có 238 người có uy tín, trong đó 191 \
        người là đảng viên. Nhóm kết nối 3.000 thành viên là cán bộ, đảng viên, người dân.
        """)
        #expect(facts.map(\.value) == [1912, 1047, 238, 191, 3000])
        #expect(facts.map(\.measure) == ["other", "party_members.total", "other", "party_members.total", "other"])
        #expect(facts[1].group == "giáo viên")
        #expect(facts[3].group == "người có uy tín")
    }

    @Test func womenCountedAsChịArePeople() throws {
        let facts = try facts("Từ năm 2021, Hội Phụ nữ xã Tân Phong giới thiệu 26 hội viên ưu tú, trong đó 19 chị được kết nạp.")
        #expect(facts.map(\.value) == [26, 19])
        #expect(facts.map(\.measure) == ["candidates.total", "party_members.admitted"])
    }

    @Test func whatIsLeftOfASourceOfCandidatesIsCandidates() throws {
        let facts = try facts("Hiện nguồn quần chúng ưu tú của Đảng bộ xã còn 23 người, phần lớn là thuyền viên trẻ.")
        #expect(facts.map(\.value) == [23])
        #expect(facts.map(\.measure) == ["candidates.total"])
    }

    @Test func aBodysMembersAreCountedPastTheTermThatNamesIt() throws {
        let facts = try facts("""
        Đại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025–2030 gồm 15 đồng chí, trong đó có 3 đồng chí nữ.
        """)
        #expect(facts.map(\.value) == [15, 3])
        #expect(facts.map(\.measure) == ["other", "other"])
    }

    @Test func aVerbAfterOneCountIsNotTheVerbOfTheNext() throws {
        let facts = try facts("""
        Đảng bộ thị trấn Chợ Rồng có 41 đảng viên chuyển đến, 27 đảng viên chuyển đi, 6 đảng viên chưa chuyển sinh hoạt. \
        Năm qua, 12 chi bộ kết nạp 27 đảng viên.
        """)
        #expect(facts.map(\.value) == [41, 27, 6, 12, 27])
        #expect(facts.map(\.measure) == ["other", "other", "party_members.total", "party_units.total", "party_members.admitted"])
    }

    @Test func aColumnsVerbAfterItsBareFigureIsNotTheVerbOfTheNext() throws {
        // Rows of a table as the pipe-table reader writes them.
        let facts = try facts("""
        Chi bộ Khoa Sản: 19 Đảng viên, 1 Kết nạp 6 tháng đầu năm 2025, 6 Quần chúng ưu tú đang bồi dưỡng.
        Chi bộ Khoa Nhi: 17 Đảng viên, 2 Kết nạp 6 tháng đầu năm 2025, 3 Quần chúng ưu tú đang bồi dưỡng.
        """)
        #expect(facts.map(\.value) == [19, 1, 6, 17, 2, 3])
        #expect(facts.map(\.measure) == ["party_members.total", "party_members.admitted", "candidates.total",
                                         "party_members.total", "party_members.admitted", "candidates.total"])
    }

    @Test func aTableRowsLastFigureIsNotAloneOnItsLineOnceTheOthersAreRead() throws {
        // Rows of a list after an introduction: the introduction's verb is for an item holding one
        // figure, and the row holds three, whichever of them were read first.
        let facts = try TestSupport.extractor().extract(text: PipeTable.rewritten("""
        Tình hình chuyển sinh hoạt đảng năm 2024 (đơn vị tính: đảng viên):

        Đơn vị | Chuyển đến | Chuyển đi | Chưa chuyển sinh hoạt
        Đảng bộ thị trấn Chợ Rồng | 41 | 27 | 6
        Đảng bộ xã Đông Hưng | 18 | 32 | 5
        """)).facts
        #expect(facts.map(\.value) == [41, 27, 6, 18, 32, 5])
        #expect(facts.map(\.measure) == ["other", "other", "party_members.total", "other", "other", "party_members.total"])
    }

    @Test func anInfographicsFigureTakesTheCaptionAfterItsDash() throws {
        let facts = try facts("""
        TỔ CHỨC ĐẢNG
        • 812 – tổ chức cơ sở đảng
        • 184 – đảng viên bị xóa tên
        • Tăng 1.152 – đảng viên so với cuối năm 2023
        Các lớp có từ 15 – 20 học viên.
        """)
        #expect(facts.map(\.value) == [812, 184, 1152, 15])
        #expect(facts.map(\.measure) == ["party_units.total", "party_members.struck_off", "other", "other"])
        #expect(facts.last?.valueMax == 20)
    }

    @Test func staffAreasAndAwardsAreCountedNouns() throws {
        let facts = try facts("""
        Cơ quan có 142 phóng viên, biên tập viên; 12 thạc sĩ. Bà con hiến 18.460 m² đất. Đơn vị đạt 42 giải báo chí.
        """)
        #expect(facts.map(\.value) == [142, 12, 18460, 42])
        #expect(facts.map(\.unit) == ["phóng viên", "thạc sĩ", "m²", "giải"])
    }

    @Test func theWholeAfterTrongTongSoIsNoPartOfTheFigureBefore() throws {
        let facts = try facts("""
        Đảng bộ có 131 đảng viên, chiếm 12,4% trong tổng số 1.056 người lao động của công ty.
        """)
        #expect(facts.map(\.value) == [131, 12.4, 1056])
        #expect(facts.map(\.measure) == ["party_members.total", nil, "other"])
    }

    @Test func aPassiveVerbIsFoundPastItsAgent() throws {
        let facts = try facts("""
        Năm qua, 2 đảng viên được Tổng công ty tặng bằng khen; 3 đảng viên được UBND huyện tặng giấy khen.
        """)
        #expect(facts.map(\.value) == [2, 3])
        #expect(facts.map(\.measure) == ["other", "other"])
    }

    @Test func membersExemptedAreMembersInAStateButExemptingIsAnActivity() throws {
        let facts = try facts("""
        Hiện toàn huyện có 612 đồng chí đã được miễn sinh hoạt đảng. Năm nay, xã đã xét miễn sinh hoạt cho 37 đảng viên.
        """)
        #expect(facts.map(\.value) == [612, 37])
        #expect(facts.map(\.measure) == ["party_members.total", "other"])
    }

    @Test func peopleWhoAllAreMembersAndThePartOfAWholeWhoAreMembers() throws {
        let facts = try facts("""
        Cả 14 thẩm phán của đơn vị đều là đảng viên. Tại trạm, 6 trong số 7 cán bộ của trạm là đảng viên.
        """)
        #expect(facts.map(\.value) == [14, 6, 7])
        #expect(facts[0].measure == "party_members.total")
        #expect(facts[1].measure == "party_members.total")
    }

    @Test func templesCasesAndDeclarationsAreCountedNouns() throws {
        let facts = try facts("""
        Huyện có 36 chùa với 1.124 sư sãi. Năm 2023, Chi cục làm thủ tục cho 98.457 tờ khai; Viện khởi tố 389 bị can.
        """)
        #expect(facts.map(\.value) == [36, 1124, 98457, 389])
        #expect(facts.map(\.unit) == ["chùa", "sư sãi", "tờ khai", "bị can"])
    }

    @Test func recognisingPeopleIsNoAdmissionToFullMembership() throws {
        let facts = try facts("""
        Huyện đã công nhận 238 người có uy tín. Chi bộ đã xét công nhận 8 đồng chí. Các khu công nghiệp thu hút \
        khoảng 7,8 tỷ USD; 9 khu công nghiệp có 214 công đoàn cơ sở.
        """)
        #expect(facts.map(\.value) == [238, 8, 7.8, 9, 214])
        #expect(facts.map(\.measure) == ["other", "party_members.official", "other", "other", "other"])
    }

    @Test func thePartOfTrongTongSoCountsTheWholesNoun() throws {
        let facts = try facts("Tại Đảng bộ xã Phú Xuân, có 41 trong tổng số 211 đảng viên đã được miễn sinh hoạt.")
        #expect(facts.map(\.value) == [41, 211])
        #expect(facts.map(\.unit) == ["đảng viên", "đảng viên"])
    }

    /// Units that admitted members are counted as they are; units a verb of members was applied
    /// to (in the passive) are `other`.
    @Test func unitsThatAdmittedAreCountedAsUnits() throws {
        let facts = try facts("Toàn huyện có 21/26 tổ chức cơ sở đảng đã kết nạp được đảng viên. Có 2 tổ chức đảng bị kỷ luật.")
        #expect(facts.map(\.value) == [21, 26, 2])
        #expect(facts.map(\.measure) == ["party_units.total", "party_units.total", "other"])
    }

    /// A clause after a comma naming only another period and "còn" leaves the count's verb out;
    /// "hiện còn" with no period of its own is a total.
    @Test func aClauseOfAnotherPeriodKeepsTheVerbLeftOut() throws {
        let facts = try facts("Năm 2022, xã kết nạp 19 đảng viên, năm 2023 còn 15 đảng viên. Đảng bộ hiện còn 402 đảng viên.")
        #expect(facts.map(\.value) == [19, 15, 402])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.total"])
    }

    /// A label's own noun repeated after its colon counts what the label names.
    @Test func aLabelsNounRepeatedAfterItsColonCountsWhatTheLabelNames() throws {
        let facts = try facts("- Hồ sơ đề nghị kết nạp đang thẩm định: 87 hồ sơ.")
        #expect(TestSupport.countLabels(facts) == ["candidates.total 87"])
    }

    /// Deaths in other words, and members restored, are no count of members: `other`.
    @Test func deathsAndRestorationsAreOther() throws {
        let facts = try facts("""
        Trong hai cuộc kháng chiến, 187 đảng viên của Đảng bộ đã anh dũng hy sinh. Chi bộ cũng tiễn 4 đồng chí về với \
        tổ tiên. Qua sửa sai, Huyện ủy khôi phục quyền lợi và sinh hoạt đảng cho 96 đồng chí. Đảng bộ hiện có 1.240 đảng viên.
        """)
        #expect(facts.map(\.value) == [187, 4, 96, 1240])
        #expect(facts.map(\.measure) == ["other", "other", "other", "party_members.total"])
    }

    @Test func aColonAfterACountBreaksItDown() throws {
        let parts = try facts("""
        Trong tháng 10, Đảng ủy Công ty tổ chức lễ kết nạp 3 đảng viên mới: 02 đồng chí thuộc Chi bộ Hướng dẫn \
        viên và 01 đồng chí thuộc Chi bộ Đội Bảo vệ. Đảng bộ hiện có 134 đảng viên.
        """)
        #expect(parts.map(\.value) == [3, 2, 1, 134])
        #expect(parts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.admitted",
                                        "party_members.total"])
        #expect(parts.map(\.subject) == ["Đảng ủy Công ty", "Chi bộ Hướng dẫn viên", "Chi bộ Đội Bảo vệ", "Đảng ủy Công ty"])
        // A group and a verb after the count's noun: "… đảng viên người dân tộc thiểu số được kết nạp:".
        let groups = try facts("Trong số 2.406 đảng viên người dân tộc thiểu số được kết nạp: dân tộc Thái 1.120 đảng viên, Mường 845 đảng viên, Dao 311 đảng viên.")
        #expect(groups.map(\.value) == [2406, 1120, 845, 311])
        #expect(groups.allSatisfy { $0.measure == "party_members.admitted" })
        // Not after a label that is no count: the years of a badge.
        let badge = try facts("Huy hiệu 30 năm tuổi Đảng: 13 đồng chí.")
        #expect(badge.map(\.measure) != ["party_members.admitted"])
    }

    @Test func aPartSetApartWithRiengTakesTheCountsMeasure() throws {
        let facts = try facts("""
        Từ đầu nhiệm kỳ đến nay, Đảng bộ huyện đã kết nạp 486 đảng viên; riêng 9 tháng đầu năm 2024 là 103 đảng viên.
        """)
        #expect(facts.map(\.value) == [486, 103])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
    }

    @Test func aMarkerEndingAListsIntroductionBreaksDownTheCountBeforeIt() throws {
        let facts = try facts("""
        Tại buổi lễ, Đảng ủy Bệnh viện trao Huy hiệu Đảng cho 14 đồng chí, cụ thể:

        - Huy hiệu 40 năm tuổi Đảng: 01 đồng chí, là Đại tá Hà Minh Lộc, Phó Giám đốc Bệnh viện, năm nay 58 tuổi, \
        vào Đảng năm 1984 khi đang là chiến sĩ quân y ở mặt trận Vị Xuyên, nay vẫn trực tiếp khám chữa bệnh;
        - Huy hiệu 30 năm tuổi Đảng: 13 đồng chí, gồm 8 sĩ quan và 5 quân nhân chuyên nghiệp.
        """)
        #expect(facts.map(\.value) == [14, 1, 13, 8, 5])
        #expect(facts.allSatisfy { $0.measure == "party_members.badge_awarded" })
        #expect(facts[1].group == "Huy hiệu 40 năm tuổi Đảng")
    }

    @Test func aCountRestatedOverItsQuotaGivesTheQuotasTarget() throws {
        let facts = try facts("Lũy kế từ đầu năm, Đảng bộ kết nạp 8 đảng viên, đạt 8/10 chỉ tiêu năm.")
        #expect(facts.map(\.value) == [8, 10])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
        #expect(facts.map(\.modality) == [.actual, .target])
        #expect(facts.map(\.unit) == ["đảng viên", "đảng viên"])
    }

    @Test func theNounAfterSoHeadsItsClauseAcrossTheCommasOfItsVerbs() throws {
        let facts = try facts("""
        Đảng ủy đã xét, công nhận đảng viên chính thức cho 6 đồng chí; số quần chúng ưu tú đang được các chi bộ \
        theo dõi, bồi dưỡng là 13 người.
        """)
        #expect(facts.map(\.value) == [6, 13])
        #expect(facts.map(\.measure) == ["party_members.official", "candidates.total"])
    }

    @Test func whatMustStillBeDoneIsATarget() throws {
        let facts = try facts("""
        Sáu tháng cuối năm, Đảng bộ phải kết nạp ít nhất 9 đảng viên; mỗi chi bộ phải có tối thiểu 2 quần chúng ưu \
        tú. Trung tâm chỉ có 5 giảng viên nên phải mời thêm 34 báo cáo viên.
        """)
        #expect(facts.map(\.value) == [9, 2, 5, 34])
        #expect(facts.map(\.modality) == [.target, .target, .actual, .actual])
    }

    @Test func aVerbWhoseObjectAnEarlierClauseNamedKeepsItsMeasure() throws {
        let facts = try facts("""
        Dịp 3/2 hằng năm, Thị ủy trao Huy hiệu Đảng cho các đảng viên lão thành; số đồng chí được trao trong ba năm là \
        96, 112 và 127. Năm 2024, Đảng ủy trao Huy hiệu Đảng cho 78 đảng viên; dịp 2/9, trao cho 34 đồng chí. \
        Đảng ủy trao thẻ đảng cho đảng viên mới. Số đồng chí được trao năm nay là 15.
        """)
        #expect(facts.map(\.value) == [96, 112, 127, 78, 34, 15])
        #expect(facts.map(\.measure) == Array(repeating: "party_members.badge_awarded", count: 5) + ["party_members.total"])
    }

    @Test func itemsAfterAColonTakeTheEventItsLabelNames() throws {
        let facts = try facts("""
        Đảng ủy phường trao Huy hiệu Đảng theo từng đợt: đợt thứ nhất dịp 3/2 cho 12 đồng chí, đợt thứ hai dịp 19/5 cho 7 \
        đồng chí. Một số đơn vị kết nạp khá: xã Đồng Vân 6 đảng viên, thị trấn Tân Đà 5 đảng viên. Chi bộ biểu quyết đề \
        nghị kết nạp cả 2 quần chúng: 31 đồng chí có mặt tán thành. Năm 2024, Đảng bộ xóa tên 2 đảng viên (năm 2023: 4); \
        thi hành kỷ luật 3 đảng viên (khiển trách: 2; cảnh cáo: 1).
        """)
        #expect(facts.filter { $0.value == 12 || $0.value == 7 }.allSatisfy { $0.measure == "party_members.badge_awarded" })
        #expect(facts.filter { $0.value == 6 || $0.value == 5 }.allSatisfy { $0.measure == "party_members.admitted" })
        #expect(facts.first { $0.value == 31 }?.measure == "party_members.total")
        #expect(facts.filter { $0.group == "khiển trách" || $0.group == "cảnh cáo" }.map(\.measure)
                == ["party_members.disciplined", "party_members.disciplined"])
    }

    @Test func aComparedFigureInBracketsCountsWhatTheComparisonDoes() throws {
        let facts = try facts("""
        Năm 2024, Đảng bộ kết nạp 28 đảng viên, tăng 40% so với năm 2022 (20 đảng viên). Quý I/2025, thị trấn kết nạp \
        9 đảng viên, gần gấp đôi quý I/2024 (5 đảng viên). Đảng bộ có 310 đảng viên, so với năm 2020 (260 đảng viên).
        """).filter { $0.kind == .count }
        #expect(facts.map(\.value) == [28, 20, 9, 5, 310, 260])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted", "party_members.admitted",
                                         "party_members.admitted", "party_members.total", "party_members.total"])
    }

    @Test func aVerbAfterDescribedMembersOrAfterCóThêmNamesWhatHappened() throws {
        let facts = try facts("""
        Từ sau Tết, 5 đảng viên lão thành của phường đã từ trần. Cuối tháng Tư, có thêm 17 đồng chí nghỉ hưu chuyển \
        sinh hoạt đảng về chi bộ nơi cư trú. Chi bộ có thêm 4 đảng viên.
        """)
        #expect(facts.map(\.value) == [5, 17, 4])
        #expect(facts.map(\.measure) == ["other", "other", "party_members.admitted"])
    }

    @Test func aPartWithAVerbOfLeavingOrAStateIsNotTheParentsEvent() throws {
        let facts = try facts("""
        Trong năm, Đảng ủy trao Huy hiệu Đảng cho 14 đảng viên, trong đó có 1 đảng viên nhận Huy hiệu 70 năm tuổi Đảng; \
        6 đảng viên từ trần. Đảng bộ có 486 đảng viên; trong đó 73 đảng viên cao tuổi được miễn sinh hoạt đảng.
        """)
        #expect(facts.map(\.value) == [14, 1, 6, 486, 73])
        #expect(facts.map(\.measure) == ["party_members.badge_awarded", "party_members.badge_awarded", "other",
                                         "party_members.total", "party_members.total"])
    }

    @Test func aFigureNamedAsAFigureIsOneAndRestatesAnEarlierOne() throws {
        let facts = try facts("""
        Trước hết là con số 1.312 đảng viên của Đảng bộ xã. Con số 14 chi bộ chưa kết nạp được đảng viên cần được đọc \
        kỹ. Đảng ủy trao Huy hiệu Đảng cho 94 đảng viên. Con số 94 đảng viên cao hơn hẳn đợt trước.
        """)
        #expect(facts.map(\.value) == [1312, 14, 94])
        #expect(facts.map(\.measure) == ["party_members.total", "party_units.total", "party_members.badge_awarded"])
        #expect(facts.last?.mentions == 2)
    }

    @Test func aFigureLabelledByAPeriodInBracketsComparesAtAnySize() throws {
        let facts = try facts("Năm 2024, Đảng bộ xã xóa tên 2 đảng viên (năm 2023: 4), kết nạp 23 đảng viên (năm 2023: 17).")
        #expect(facts.map(\.value) == [2, 4, 23, 17])
        #expect(facts.map(\.measure) == ["party_members.struck_off", "party_members.struck_off", "party_members.admitted",
                                         "party_members.admitted"])
        #expect(facts[1].period == "năm 2023")
    }

    @Test func votersAreNoMembersCountAndTheirWholeIsTheMembers() throws {
        let facts = try facts("Chi bộ thôn Đông Khê: 21/23 đảng viên chính thức tán thành (91,3%). Đảng ủy xã đồng ý cho 17 đảng viên được miễn sinh hoạt.")
        #expect(facts.map(\.value) == [21, 23, 91.3, 17])
        #expect(facts.map(\.measure) == ["other", "party_members.total", nil, "party_members.total"])
    }

    @Test func peopleCountedAfterANounOfNewMembersOrAPartOfMembers() throws {
        let facts = try facts("Đảng viên mới năm 2024 là 27 người. Đảng viên từ 60 tuổi trở lên chiếm 612 người, tương đương 53,3%.")
        #expect(facts.map(\.value) == [27, 612, 53.3])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.total", nil])
    }

    @Test func peopleCountedAmongThoseJustCountedArePartOfThem() throws {
        let facts = try facts("Riêng năm 2024 kết nạp 9 đảng viên, đạt 112,5% chỉ tiêu (8 đảng viên); 6 người trong số đó công tác ở tuyến xã.")
        #expect(facts.map(\.value) == [9, 112.5, 8, 6])
        #expect(facts.last?.measure == "party_members.admitted")
    }
}
