import Foundation
import Testing
@testable import SoLieu

/// How far a plan reaches: which figures are targets (`PlanScope`, `plan_scope.tsv`).
struct PlanScopeTests {
    private func modalities(_ text: String) throws -> [Modality] {
        try TestSupport.extractor().extract(text: text).facts.map(\.modality)
    }

    @Test func aTargetWordReachesOverTheClausesAfterIt() throws {
        let text = "Năm 2026, Đảng bộ phường phấn đấu kết nạp 25 đảng viên; trên 92% chi bộ hoàn thành tốt nhiệm vụ; thành lập mới 2 chi bộ."
        #expect(try modalities(text) == [.target, .target, .target])
    }

    @Test func whatHappenedEndsAPlansReach() throws {
        let text = "Đầu năm, Đảng bộ đặt mục tiêu kết nạp 12 đảng viên, đến tháng 9 đã kết nạp 10 đảng viên."
        #expect(try modalities(text) == [.target, .actual])
    }

    @Test func aTargetReferredToSetsNoPlan() throws {
        let text = "Sáu tháng đầu năm, Đảng bộ kết nạp 6 đảng viên, đạt 50% chỉ tiêu năm; 100% chi bộ sinh hoạt định kỳ đúng quy định."
        #expect(try modalities(text) == [.actual, .actual, .actual])
    }

    @Test func aTargetInBracketsStaysInThem() throws {
        let facts = try TestSupport.extractor().extract(text: "Năm 2025, Đảng bộ xã kết nạp 14 đảng viên (chỉ tiêu 12 đảng viên); 3 chi bộ chưa kết nạp được đảng viên.").facts
        #expect(facts.map(\.value) == [14, 12, 3])
        #expect(facts.map(\.modality) == [.actual, .target, .actual])
    }

    @Test func aFigureRightAfterAPlanNounIsPlanned() throws {
        let facts = try TestSupport.extractor().extract(text: "Từ đầu năm, Đảng bộ kết nạp 9 đảng viên, đạt 75% kế hoạch năm (kế hoạch 12 đảng viên).").facts
        #expect(facts.filter { $0.value == 12 }.map(\.modality) == [.target])
        #expect(facts.filter { $0.value == 9 }.map(\.modality) == [.actual])
    }

    @Test func aPlanNounOpeningTheSentencePlansItsFigures() throws {
        #expect(try modalities("Kế hoạch năm 2026, Trung tâm mở 18 lớp bồi dưỡng.") == [.target])
        #expect(try modalities("Kế hoạch số 12-KH/ĐU được ban hành; Trung tâm mở 18 lớp bồi dưỡng.").contains(.actual))
    }

    @Test func atLeastSoManyForEachOneIsANorm() throws {
        #expect(try modalities("Mỗi chi bộ cơ sở kết nạp ít nhất 01 đảng viên trong năm.") == [.target])
        #expect(try modalities("Năm qua, chi bộ cơ sở kết nạp ít nhất 3 đảng viên.") == [.actual])
    }

    @Test func itemsUnderAPlanHeadingArePlanned() throws {
        let plan = "CHỈ TIÊU NĂM 2026\n• Kết nạp 30 đảng viên\n• 100% chi bộ hoàn thành tốt nhiệm vụ\n"
        #expect(try modalities(plan) == [.target, .target])
        let results = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2025\n• Kết nạp 28 đảng viên\n• 96% chi bộ hoàn thành tốt nhiệm vụ\n"
        #expect(try modalities(results) == [.actual, .actual])
    }

    @Test func numberedItemsUnderADirectionHeadingArePlanned() throws {
        let text = "Tin\n\nIII. PHƯƠNG HƯỚNG NĂM 2026\n\n1. Kết nạp tối thiểu 20 đảng viên.\n\n2. Trên 95% chi bộ hoàn thành tốt nhiệm vụ.\n"
        #expect(try modalities(text) == [.target, .target])
        let bullets = "Tin\n\nMỤC TIÊU NĂM 2026\n▪ Kết nạp 12 đảng viên\n▪ Thành lập mới 1 chi bộ\n"
        #expect(try modalities(bullets) == [.target, .target])
    }

    @Test func whatIsRequiredIsPlannedButMeetingRequirementsIsNot() throws {
        #expect(try modalities("Đồng chí Bí thư yêu cầu 100% chi bộ hoàn thành việc quán triệt trong tháng 3.") == [.target])
        #expect(try modalities("Tỷ lệ học viên đạt yêu cầu trở lên là 98,2%.") == [.actual])
    }

    @Test func itemsUnderAnIntroductionThatSetsOutAPlanArePlanned() throws {
        let text = "Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ 2025–2030:\n- Kết nạp từ 40 đến 45 đảng viên mới;\n- Trên 90% chi bộ hoàn thành tốt nhiệm vụ.\n"
        #expect(try modalities(text) == [.target, .target])
    }

    @Test func theRowsOfATableOfMeasuresAreNotPlanned() throws {
        // Read as a file is (tables are rewritten as sentences on reading).
        let text = "Bảng so sánh một số chỉ tiêu của Đảng bộ:\nChỉ tiêu | Năm 2024 | Năm 2025\nĐảng viên | 120 | 131\nChi bộ | 9 | 10\n"
        let record = try TestSupport.extractor().record(for: InputDocument(id: "t", path: nil, bytes: Array(text.utf8)))
        let modalities = record.facts.map(\.modality)
        #expect(!modalities.isEmpty)
        #expect(modalities.allSatisfy { $0 == .actual })
    }

    @Test func whatAUnitIsGivenToRunIsNoTarget() throws {
        #expect(try modalities("Chi bộ Đội Bảo vệ rừng số 3 được giao quản lý 1.200 ha rừng phòng hộ.") == [.actual])
    }

    @Test func whatWillBeDoneIsPlanned() throws {
        let facts = try TestSupport.extractor().extract(text: "Quý IV, Đảng ủy sẽ mở 2 lớp bồi dưỡng nhận thức về Đảng cho khoảng 80 quần chúng ưu tú.").facts
        #expect(facts.map(\.kind) == [.training])
        #expect(facts.map(\.modality) == [.target])
    }

    /// `solieu eval` scores modality over matched pairs where gold gives one.
    @Test func theEvaluationScoresModalityWhereGoldGivesIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plan-scope-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Năm 2026, Đảng bộ phường phấn đấu kết nạp 25 đảng viên; trên 92% chi bộ hoàn thành tốt nhiệm vụ.\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try """
        {"id": "a", "facts": [
          {"kind": "count", "measure": "party_members.admitted", "value": 25, "modality": "target"},
          {"kind": "percentage", "value": 92, "modality": "actual"}]}
        """.write(to: dir.appendingPathComponent("a.gold.json"), atomically: true, encoding: .utf8)
        let gold = try #require(GoldArticle.load(directory: dir).first)
        var evaluator = Evaluator()
        let bytes = Array(try Data(contentsOf: gold.articleURL))
        evaluator.add(gold: gold, record: try TestSupport.extractor().record(for: InputDocument(id: "a", path: nil, bytes: bytes)))
        #expect(evaluator.overall.matched == 2)
        #expect(evaluator.modality.checked == 2)
        #expect(evaluator.modality.right == 1)
        #expect(evaluator.report(verbose: true).contains("modality: gold actual, got target"))
    }
}

extension PlanScopeTests {
    @Test func aPlanNounReachesAFigurePastItsHedge() throws {
        let text = "Năm 2024: 84,6% việc thi hành xong; Kế hoạch năm 2025: trên 85% việc thi hành xong."
        #expect(try modalities(text) == [.actual, .target])
    }

    @Test func aQuotaReferredToWithTheoIsNoPlan() throws {
        let text = "Năm 2024, Đảng bộ đã kết nạp 4 đảng viên theo chỉ tiêu, tăng 3 đảng viên so với năm trước; công nhận đảng viên chính thức cho 2 đồng chí."
        #expect(try modalities(text) == [.actual, .actual, .actual])
    }

    @Test func aHeadingOfMainTasksSetsOutAPlan() throws {
        let text = "II. KẾT QUẢ\n\n1. Kết nạp 3 đảng viên.\n\nIII. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025\n\n1. Phấn đấu kết nạp tối thiểu 2 đảng viên.\n2. 100% chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên.\n3. Hoàn thành 6 cuộc kiểm toán còn lại.\n"
        #expect(try modalities(text) == [.actual, .target, .target, .target])
    }
}
