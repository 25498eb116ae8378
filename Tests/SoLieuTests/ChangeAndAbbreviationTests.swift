import Testing
@testable import SoLieu

/// Net changes given as bare figures or comparisons, the abbreviations of party reports, the rarer
/// words of approximation, a descriptor between an area word and its name, units raised under
/// their parent, learners who finished a class, and a notice citing a plan: made-up texts.
struct ChangeAndAbbreviationTests {
    private func summary(_ facts: [Fact]) -> [String] {
        facts.filter { $0.kind == .count }.map { "\($0.measure ?? "") \(Int($0.value ?? -1)) \($0.unit ?? "-") \($0.qualifier.rawValue)" }
    }

    /// "tăng 3 so với năm trước", "tăng 3." and "Số chi bộ giảm 2, còn …": a change's bare figure
    /// counts the noun of its set, as a net change.
    @Test func aBareChangeCountsTheNounOfItsSet() throws {
        let facts = try TestSupport.facts("""
        Trong 19 đảng viên mới của Đảng bộ xã Hòa Lạc Tây có 7 đảng viên nữ, tăng 2 so với năm trước. \
        Số đảng viên từ trần là 11 đồng chí, tăng 4. Số chi bộ trực thuộc giảm 2, còn 23 chi bộ.
        """)
        let changes = summary(facts).filter { $0.hasPrefix("other") }
        // (11 deaths are `other` too.)
        #expect(changes == ["other 2 đảng viên exact", "other 11 đồng chí exact", "other 4 đồng chí exact", "other 2 chi bộ trực thuộc exact"])
    }

    /// "…, nhiều hơn 5 đảng viên so với năm 2023": the difference of a comparison, exact and a net
    /// change; "có nhiều hơn 30 đảng viên" stays a hedge.
    @Test func aComparisonsDifferenceIsANetChangeNotAHedge() throws {
        let compared = try TestSupport.facts("Năm 2024, Đảng bộ xã Phú Lạc Đông kết nạp 21 đảng viên, nhiều hơn 5 đảng viên so với năm 2023.")
        #expect(summary(compared) == ["party_members.admitted 21 đảng viên exact", "other 5 đảng viên exact"])
        let fewer = try TestSupport.facts("Các chi bộ đã công nhận đảng viên chính thức cho 17 đồng chí, ít hơn 2 đồng chí so với năm trước.")
        #expect(summary(fewer).last == "other 2 đồng chí exact")
        let hedge = try TestSupport.facts("Chi bộ thôn Đông Hạ có nhiều hơn 30 đảng viên.")
        #expect(summary(hedge) == ["party_members.total 30 đảng viên over"])
    }

    /// "số quần chúng ưu tú tăng 14 người, lên 52 người": the end of the change counts the set.
    @Test func theEndOfAChangeAfterItsDifferenceCountsTheSet() throws {
        let facts = try TestSupport.facts("Nhờ vậy, số quần chúng ưu tú trong nguồn của xã Yên Mỹ Hạ tăng 14 người, lên 52 người.")
        #expect(summary(facts) == ["other 14 người exact", "candidates.total 52 người exact"])
    }

    /// "6.274 đ/c, trong đó 5.961 ĐVCT", "22 CB cơ sở", "Thi hành KL 6 ĐV", "KT 9 TCĐ".
    @Test func theAbbreviationsOfPartyReportsCount() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Bình Xuyên Hạ có 41 TCCSĐ, gồm 19 ĐB cơ sở và 22 CB cơ sở; 318 CB trực thuộc. \
        Tổng số ĐV là 6.274 đ/c, trong đó 5.961 ĐVCT. UBKT các cấp KT 9 TCĐ và 26 ĐV. Thi hành KL 6 ĐV. \
        Các cấp ủy công nhận ĐVCT cho 64 đ/c.
        """)
        let counts = summary(facts)
        #expect(counts.contains("party_units.total 19 đb cơ sở exact"))
        #expect(counts.contains("party_units.total 22 cb cơ sở exact"))
        #expect(counts.contains("party_units.total 318 cb trực thuộc exact"))
        #expect(counts.contains("party_members.total 6274 đ/c exact"))
        #expect(counts.contains("party_members.total 5961 đvct exact"))
        #expect(counts.contains("other 9 tcđ exact"))
        #expect(counts.contains("other 26 đv exact"))
        #expect(counts.contains("party_members.disciplined 6 đv exact"))
        #expect(counts.contains("party_members.official 64 đ/c exact"))
    }

    /// "ngót nghét 80", "non 70" (nearly), "1,2 vạn", "ngót một vạn" (ten thousand).
    @Test func rareApproximationWordsAndVan() throws {
        let facts = try TestSupport.facts("""
        Xã Hưng Lộc Hạ có xấp xỉ 1,2 vạn nhân khẩu. Đảng bộ xã kết nạp ngót nghét 80 người; chi bộ \
        xóm Đông có non 70 đảng viên. Toàn huyện có ngót một vạn đảng viên.
        """)
        let counts = summary(facts)
        #expect(counts.contains("other 12000 nhân khẩu about"))
        #expect(counts.contains("party_members.admitted 80 người nearly"))
        #expect(counts.contains("party_members.total 70 đảng viên nearly"))
        #expect(counts.contains("party_members.total 10000 đảng viên nearly"))
    }

    /// "Xã bãi ngang Hưng Lộc Hạ" names the commune; "Chi bộ xóm Bãi Ngang," with no name after
    /// the capitalised descriptor is named by it.
    @Test func aDescriptorBetweenAreaWordAndNameOrAsTheName() throws {
        let facts = try TestSupport.facts("""
        Xã bãi ngang Hưng Lộc Hạ có 592 đảng viên. Chi bộ xóm Bãi Ngang, chi bộ đông nhất, có 48 đảng viên.
        """)
        #expect(facts.first { $0.value == 592 }?.subject?.hasSuffix("Hưng Lộc Hạ") == true)
        #expect(facts.first { $0.value == 48 }?.subject == "Chi bộ xóm Bãi Ngang")
    }

    /// "nâng số chi bộ trực thuộc Đảng ủy xã lên 16" after a new cell is named: the parent's units.
    @Test func unitsRaisedUnderTheirParentAreTheParents() throws {
        let facts = try TestSupport.facts("""
        Đảng ủy xã Cẩm Vân Hạ thành lập Chi bộ Hợp tác xã Nông nghiệp Cẩm Vân với 5 đảng viên, nâng số \
        chi bộ trực thuộc Đảng ủy xã lên 16.
        """)
        #expect(facts.first { $0.value == 5 }?.subject == "Chi bộ Hợp tác xã Nông nghiệp Cẩm Vân")
        #expect(facts.first { $0.value == 16 }?.subject == "Đảng ủy xã Cẩm Vân Hạ")
    }

    /// "11 người đã hoàn thành lớp bồi dưỡng …": learners of a class.
    @Test func learnersWhoFinishedAClassAreTraining() throws {
        let facts = try TestSupport.facts("Tháng 3 vừa qua, xã Kim Thạch Thượng có 11 người đã hoàn thành lớp bồi dưỡng nhận thức về Đảng.")
        let training = facts.first { $0.kind == .training }
        #expect(training?.participants == 11)
        #expect(training?.topic == "bồi dưỡng nhận thức về Đảng")
    }

    /// "Căn cứ Kế hoạch số 15-KH/ĐU …, Đảng ủy thông báo như sau:" cites a plan; the figures after
    /// it exist.
    @Test func aCitedPlanSetsOutNoPlan() throws {
        let facts = try TestSupport.facts("""
        Căn cứ Kế hoạch số 15-KH/ĐU ngày 10/7/2025 của Đảng ủy xã, Đảng ủy xã An Trạch Hạ thông báo như sau:

        Đảng bộ xã hiện có 42 chi bộ trực thuộc với 1.318 đảng viên.
        """)
        #expect(facts.filter { $0.kind == .count }.map(\.modality) == [.actual, .actual])
    }

    /// "Chi bộ Khu chung cư Sao Mai … có 96 đảng viên": an apartment block names its cell.
    @Test func anApartmentBlocksCellIsNamedByIt() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ phường Phú Thạnh Hạ có 1.217 đảng viên. Chi bộ Khu chung cư Sao Mai quản lý 3 block, có 96 đảng viên.
        """)
        #expect(facts.first { $0.value == 96 }?.subject == "Chi bộ Khu chung cư Sao Mai")
    }

    /// "3 xã giáp trực tiếp huyện Mường Xay Noi": a neighbour, not the district "Đảng bộ huyện" means.
    @Test func aPlaceBorderedDirectlyIsANeighbour() throws {
        let facts = try TestSupport.facts("""
        Huyện Phong Lĩnh Hạ có 3 xã giáp trực tiếp huyện Mường Xay Noi của tỉnh Nặm Phạ. Đảng bộ huyện hiện có 6.214 đảng viên.
        """)
        #expect(facts.first { $0.value == 6214 }?.subject?.contains("Phong Lĩnh Hạ") == true)
    }

    /// "giữ nguyên hình thức kỷ luật 5 trường hợp": decisions on appeals, no new discipline.
    @Test func decisionsOnDisciplineAppealsAreNoDiscipline() throws {
        let facts = try TestSupport.facts("""
        Với 6 đơn khiếu nại kỷ luật, Ủy ban Kiểm tra Thị ủy Phổ Lâm Hạ giữ nguyên hình thức kỷ luật 5 trường hợp, \
        giảm hình thức kỷ luật 1 trường hợp.
        """)
        #expect(!facts.contains { $0.measure == "party_members.disciplined" })
    }
}
