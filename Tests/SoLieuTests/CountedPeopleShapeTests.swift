import Testing
@testable import SoLieu

/// Shapes of counts of people met in holdout-31: candidates cultivated after an admission, people
/// sent to a class after another figure, figures that are not counts. Each sentence is made up.
struct CountedPeopleShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func candidatesCultivatedAfterAnAdmissionAreCandidates() throws {
        let facts = try facts("Tin\n\nNăm nay, Chi bộ Đội Cứu nạn kết nạp 02 đảng viên, hiện đang bồi dưỡng 03 quần chúng ưu tú.")
        #expect(facts.map(\.value) == [2, 3])
        #expect(facts.map(\.measure) == ["party_members.admitted", "candidates.total"])
    }

    @Test func peopleSentToAClassAreTheOnesRightBeforeIt() throws {
        let facts = try facts("Tin\n\nHiện Chi bộ Đội Cứu nạn đang bồi dưỡng hai quần chúng ưu tú và đã cử ba người đi học lớp bồi dưỡng nhận thức về Đảng.")
        #expect(facts.map(\.kind) == [.count, .training])
        #expect(facts.first?.value == 2)
        #expect(facts.last?.participants == 3)
    }

    @Test func anItemsLabelOpeningWithABadgeCountsTheBadgesUnderAnyHeading() throws {
        let facts = try facts("Tin\n\nKIỂM TRA – KỶ LUẬT\n\n– Khiển trách 2 đảng viên\n– Huy hiệu 30 năm tuổi Đảng: 3 đồng chí (đợt 3/2/2025)\n")
        #expect(facts.map(\.value) == [2, 3])
        #expect(facts.map(\.measure) == ["party_members.disciplined", "party_members.badge_awarded"])
    }

    @Test func thePlansFigureInBracketsIsATargetWithNoGroup() throws {
        for text in ["Năm 2024, Chi bộ A kết nạp 14 đảng viên, vượt 16,7% kế hoạch (kế hoạch: 12 đảng viên).",
                     "Năm 2024, Chi bộ A kết nạp 14 đảng viên, vượt 16,7% kế hoạch (12 đảng viên).",
                     "Năm 2024, Chi bộ A kết nạp 14 đảng viên, vượt kế hoạch (chỉ tiêu: 12 đảng viên)."] {
            let twelve = try facts("Tin\n\n" + text).first { $0.value == 12 }
            #expect(twelve?.measure == "party_members.admitted")
            #expect(twelve?.modality == .target)
            #expect(twelve?.group == nil)
        }
    }

    @Test func aRoomIsNoFigureButAnOfficeCellsCountIs() throws {
        let facts = try facts("Tin\n\nCô Hằng đã có mặt ở phòng 204 nhà A. Chi bộ Văn phòng 23 đảng viên; Chi bộ Phòng Tổng hợp 15 đảng viên.")
        #expect(facts.map(\.value) == [23, 15])
    }

    @Test func aLoneNumberWordBeforeANounOfMembersCounts() throws {
        let facts = try facts("Tin\n\nChi bộ A có bảy đảng viên nữ và hai đảng viên dự bị; chi bộ đã hoàn thiện ba hồ sơ đề nghị kết nạp. Cả ba đảng viên mới đều trẻ. Chị Lan, một trong hai đảng viên mới ấy, nói thêm.")
        #expect(facts.map(\.value) == [7, 2, 3])
    }

    @Test func transfersInAndOutAreTwoFactsOfTheUnitNotOfWhereTheyCameFrom() throws {
        let facts = try facts("Tin\n\nĐảng bộ Ban Quản lý Di tích Vạn Lâm có 40 đảng viên. Trong tháng, Đảng ủy tiếp nhận 01 đảng viên chuyển sinh hoạt đến từ Đảng bộ Sở Văn hóa và Thể thao; làm thủ tục chuyển sinh hoạt đi cho 01 đảng viên nghỉ hưu.")
        #expect(facts.map(\.value) == [40, 1, 1])
        #expect(facts.allSatisfy { $0.subject == "Đảng bộ Ban Quản lý Di tích Vạn Lâm" })
        #expect(facts.last?.group == "chuyển sinh hoạt đi")
    }

    @Test func theElderlyAreCountedAndThoseWhoAreMembersAreMembers() throws {
        let facts = try facts("Tin\n\nTrung tâm Nuôi dưỡng người cao tuổi Hòa An đang chăm sóc 126 cụ già cô đơn. Trong số đó có 9 cụ là đảng viên lão thành.")
        #expect(facts.map(\.value) == [126, 9])
        #expect(facts.map(\.measure) == ["other", "party_members.total"])
    }

    @Test func theFigureBeforeNamedAsAKindKeepsItsMeasure() throws {
        let facts = try facts("Tin\n\nNăm 2025 Đảng bộ Công ty Mía đường Hòa Sơn kết nạp 19 đảng viên; năm 2024 con số này là 13 đảng viên.")
        #expect(facts.map(\.value) == [19, 13])
        #expect(facts.allSatisfy { $0.measure == "party_members.admitted" })
        #expect(facts.last?.period == "năm 2024")
    }
}
