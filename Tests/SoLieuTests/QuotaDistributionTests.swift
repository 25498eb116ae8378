import Testing
@testable import SoLieu

/// Quotas given to units and shared by them ("mỗi nơi", "mỗi chi bộ"), and bounds that say which
/// units a counted set holds: made-up texts.
struct QuotaDistributionTests {
    private let text = """
    Nghị quyết giao chỉ tiêu kết nạp 20 đảng viên cho 14 chi bộ trực thuộc. Chi bộ thôn Trung Hòa và Chi bộ thôn \
    Bào Thượng mỗi nơi được giao 3 đảng viên; 7 chi bộ thôn còn lại mỗi chi bộ ít nhất 1 đảng viên. Ở khối cơ quan, \
    Chi bộ Trường THCS Cẩm Bào và Chi bộ Công an xã mỗi nơi 2 đảng viên; Chi bộ Trường Mầm non và Chi bộ Trạm Y tế \
    mỗi nơi 1 đảng viên.
    """

    @Test func theUnitsAQuotaIsGivenToExist() throws {
        let facts = try TestSupport.facts(text)
        #expect(facts.first { $0.value == 14 }?.modality == .actual)
        #expect(facts.first { $0.value == 20 }?.modality == .target)
    }

    @Test func sharedQuotasWithoutAVerbGoOnFromTheItemsBefore() throws {
        let facts = try TestSupport.facts(text).filter { $0.measure?.hasPrefix("party_members.") == true && $0.value! < 4 }
        #expect(facts.map(\.value) == [3, 3, 1, 2, 2, 1, 1])
        #expect(facts.allSatisfy { $0.measure == "party_members.admitted" && $0.modality == .target })
        #expect(facts.map(\.subject) == ["Chi bộ thôn Trung Hòa", "Chi bộ thôn Bào Thượng", nil, "Chi bộ Trường THCS Cẩm Bào",
                                         "Chi bộ Công an xã", "Chi bộ Trường Mầm non", "Chi bộ Trạm Y tế"])
        #expect(facts[2].qualifier == .atLeast)
    }

    @Test func aBoundOnWhatACountedSetHoldsIsNoFigure() throws {
        let facts = try TestSupport.facts("""
        Vẫn còn 23 chi bộ có dưới 10 đảng viên. Chi bộ Đồng Mới là một trong 4 chi bộ thôn có trên 40 đảng viên. Năm \
        2024, 11/46 tổ chức cơ sở đảng kết nạp từ 5 đảng viên trở lên. Hai mươi năm trước, cả xã chỉ có 4 chi bộ với hơn \
        70 đảng viên. Đảng bộ có 1.200 đảng viên sinh hoạt tại 42 chi bộ, đã kết nạp hơn 30 đảng viên mới.
        """)
        #expect(!facts.contains { [10, 40, 5].contains($0.value) })
        #expect(facts.contains { $0.value == 70 && $0.measure == "party_members.total" })
        #expect(facts.contains { $0.value == 30 && $0.measure == "party_members.admitted" })
    }
}
