import Testing
@testable import SoLieu

/// A form's lines under a plan heading, classes and learners split by a spaced slash, and a
/// provider referred to by its head word: made-up texts.
struct FormSectionTests {
    /// "CHỈ TIÊU NĂM 2025" over "Kết nạp đảng viên = 20": the labelled lines under a plan heading in
    /// capitals are targets; the same lines under a heading of results happened, and a labelled
    /// line over marked items is their heading.
    @Test func labelledLinesUnderAPlanHeadingAreTargets() throws {
        let facts = try TestSupport.facts(FigureTable.rewritingTables(in: """
        Đảng bộ xã Đông Lâm Thượng tổng kết công tác năm 2024.

        KẾT QUẢ NĂM 2024
        Kết nạp đảng viên = 17
        Chi bộ hoàn thành tốt nhiệm vụ trở lên = 92%

        CHỈ TIÊU NĂM 2025
        Kết nạp đảng viên = 20
        Chi bộ hoàn thành tốt nhiệm vụ trở lên ........ 100%

        Phần 3: MỤC TIÊU NĂM 2026
        • Kết nạp: 25 đảng viên trở lên
        """))
        #expect(facts.first { $0.value == 17 }?.modality == .actual)
        #expect(facts.first { $0.value == 92 }?.modality == .actual)
        #expect(facts.first { $0.value == 20 }?.modality == .target)
        #expect(facts.first { $0.value == 100 }?.modality == .target)
        #expect(facts.first { $0.value == 25 }?.modality == .target)
    }

    /// "01 lớp / 38 học viên": a slash with spaces after the class word joins the learners, as
    /// one without spaces does.
    @Test func aSpacedSlashJoinsClassesAndLearners() throws {
        let facts = try TestSupport.facts(FigureTable.rewritingTables(in: """
        Năm 2024, Đảng ủy xã Đông Lâm Thượng mở các lớp bồi dưỡng:
        Lớp bồi dưỡng nhận thức về Đảng ................ 01 lớp / 38 học viên
        Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 02 lớp/45 học viên
        """))
        let training = facts.filter { $0.kind == .training }
        #expect(training.first { $0.classes == 1 }?.participants == 38)
        #expect(training.first { $0.classes == 2 }?.participants == 45)
        #expect(!facts.contains { $0.kind == .count && ($0.value == 38 || $0.value == 45) })
    }

    /// "Trung tâm" after "Trung tâm Chính trị huyện", with "huyện Vĩnh Kha Hạ" in view: the provider
    /// named with the area it serves.
    @Test func aProviderReferredToByItsHeadKeepsItsArea() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Vĩnh Kha Hạ đã kết nạp 426 đảng viên.

        Để có nguồn kết nạp, Huyện ủy chỉ đạo Trung tâm Chính trị huyện mở lớp vào buổi tối. Từ đầu \
        nhiệm kỳ, Trung tâm đã mở 38 lớp bồi dưỡng nhận thức về Đảng cho 2.615 quần chúng ưu tú.
        """)
        #expect(facts.first { $0.kind == .training }?.subject == "Trung tâm Chính trị huyện Vĩnh Kha Hạ")
    }

    /// "đảng viên mới đạt ít nhất 40%" after "yêu cầu": "mới" after a noun of people means "new",
    /// and does not end the plan's reach as "mới đạt" ("only reached") does.
    @Test func newMembersDoNotEndAPlansReach() throws {
        let facts = try TestSupport.facts("""
        Nghị quyết của Đảng ủy xã Tam Lộc Hạ yêu cầu tỷ lệ đảng viên nữ trong số đảng viên mới đạt ít         nhất 40%, đảng viên dưới 30 tuổi đạt trên 60%. Năm 2025, Đảng bộ xã mới đạt 55% kế hoạch.
        """)
        #expect(facts.first { $0.value == 40 }?.modality == .target)
        #expect(facts.first { $0.value == 60 }?.modality == .target)
        #expect(facts.first { $0.value == 55 }?.modality == .actual)
    }

    /// "7. Nhiệm vụ quý IV/2025" over "- Kết nạp ≥ 6 đảng viên": a numbered heading of a plan over
    /// items marked otherwise, or numbered below it ("2.1." under "2."), sets them out as targets;
    /// a numbered heading of results does not.
    @Test func aNumberedPlanHeadingCoversTheItemsBelowIt() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ xã Hòa Xuân Hạ sơ kết 9 tháng.

        6. Kết quả 9 tháng

        - Kết nạp 17 đảng viên.

        7. Nhiệm vụ quý IV/2025

        - Kết nạp ≥ 6 đảng viên để hoàn thành kế hoạch năm.

        8. Phương hướng năm 2026

        8.1. Kết nạp 25 đảng viên.
        """)
        #expect(facts.first { $0.value == 17 }?.modality == .actual)
        #expect(facts.first { $0.value == 6 }?.modality == .target)
        #expect(facts.first { $0.value == 25 }?.modality == .target)
    }
}
