import Testing
@testable import SoLieu

/// Hedges written as signs in infographics and tables ("~43%", ">50 người"): made-up texts.
struct SignHedgeTests {
    @Test func signsBeforeAFigureAreItsHedge() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ phường Hòa Xuân Tây Hạ tổng kết năm.
        - Tổng số đảng viên: ≈ 1.260 đồng chí.
        - Đảng viên nữ: ~43%.
        - Đảng viên dưới 35 tuổi: <12%.
        - Quần chúng ưu tú đang được bồi dưỡng: >50 người.
        - Kết nạp ≥ 6 đảng viên, xóa tên ≤ 2 đảng viên.
        Đảng bộ sẽ cố gắng.
        """)
        #expect(facts.first { $0.value == 1260 }?.qualifier == .about)
        #expect(facts.first { $0.value == 43 }?.qualifier == .about)
        #expect(facts.first { $0.value == 12 }?.qualifier == .under)
        #expect(facts.first { $0.value == 50 }?.qualifier == .over)
        #expect(facts.first { $0.value == 50 }?.measure == "candidates.total")
        #expect(facts.first { $0.value == 6 }?.qualifier == .atLeast)
        #expect(facts.first { $0.value == 2 }?.qualifier == .atMost)
    }
}
