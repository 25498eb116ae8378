import Testing
@testable import SoLieu

/// Learners counted in turns ("lượt"): made-up texts.
struct TurnCountTests {
    /// "6 lớp … cho 487 lượt quần chúng ưu tú", "cử 64 lượt quần chúng ưu tú đi học lớp": the turns
    /// are the classes' learners, as "lượt học viên" are.
    @Test func turnsOfCandidatesAreLearners() throws {
        let facts = try TestSupport.facts("""
        Năm 2024, Trung tâm Chính trị huyện Tân Mỹ Sơn Hạ mở 6 lớp bồi dưỡng nhận thức về Đảng cho 487 lượt quần chúng ưu tú. \
        Đảng ủy xã Tân Mỹ Hạ cử 64 lượt quần chúng ưu tú đi học lớp nhận thức về Đảng.
        Đảng bộ sẽ tiếp tục.
        """)
        let training = facts.filter { $0.kind == .training }
        #expect(training.first { $0.classes == 6 }?.participants == 487)
        #expect(training.contains { $0.classes == nil && $0.participants == 64 })
    }
}
