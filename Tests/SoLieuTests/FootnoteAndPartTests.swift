import Testing
@testable import SoLieu

/// A footnote that breaks down the count its mark follows in the body, members' parts after
/// ", gồm" restated as people, decimals said in words, a merger's list, and people sent to study:
/// made-up texts.
struct FootnoteAndPartTests {
    /// "kết nạp 36 đảng viên(2)" and at the end "(2) Trong đó có 14 đảng viên nữ, 11 đoàn viên …":
    /// the note's parts are of the admissions its mark follows, not of the last count.
    @Test func aFootnoteBreaksDownTheCountItsMarkFollows() throws {
        let facts = try TestSupport.facts("""
        9 tháng năm 2025, Đảng bộ xã An Trạch Hạ kết nạp 36 đảng viên(2); xét công nhận đảng viên chính thức cho 29 đồng chí.

        Cũng trong 9 tháng, Đảng ủy đã xóa tên 2 đảng viên tự ý bỏ sinh hoạt.

        Ghi chú:
        (2) Trong đó có 14 đảng viên nữ, 11 đoàn viên thanh niên.
        """)
        #expect(facts.first { $0.value == 14 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 11 }?.measure == "party_members.admitted")
    }

    /// A note whose mark is nowhere in the body is no footnote: its parts are not tied to the first
    /// count (as they are when the body marks it).
    @Test func aNoteWithoutAMarkInTheBodyIsNoFootnote() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ xã An Trạch Hạ kết nạp 36 đảng viên. Đảng ủy đã xóa tên 2 đảng viên.
        (2) Trong đó có 1 đảng viên nữ.
        """)
        #expect(facts.first { $0.value == 1 }?.measure != "party_members.admitted")
        let marked = try TestSupport.facts("""
        Đảng bộ xã An Trạch Hạ kết nạp 36 đảng viên(2). Đảng ủy đã xóa tên 2 đảng viên.
        (2) Trong đó có 1 đảng viên nữ.
        """)
        #expect(marked.first { $0.value == 1 }?.measure == "party_members.admitted")
    }

    /// "Có 391 đồng chí là người dân tộc thiểu số, gồm 268 người Mông, 97 người Dao": members;
    /// units listed after ", gồm" stay counts of their own.
    @Test func membersPartsAfterGomRestatedAsPeopleAreMembers() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ xã Thàng Sín Hạ có 412 đảng viên. Có 391 đồng chí là người dân tộc thiểu số, gồm 268 người Mông, 97 người Dao.
        """)
        #expect(facts.first { $0.value == 268 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 97 }?.measure == "party_members.total")
        let units = try TestSupport.facts("Đảng bộ xã A Lưới Hạ có 7 chi bộ, gồm 5 chi bộ thôn và 2 chi bộ trường học.")
        #expect(units.filter { $0.kind == .count }.map { $0.measure ?? "" } == Array(repeating: "party_units.total", count: 3))
    }

    /// "năm mươi hai phẩy năm phần trăm": decimals said in words after "phẩy".
    @Test func spokenDecimalsAfterPhay() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ xã Quảng Lưu Hạ kết nạp hai mươi mốt đảng viên, đạt năm mươi hai phẩy năm phần trăm kế hoạch năm. \
        Tỷ lệ học viên khá, giỏi là sáu mươi mốt phẩy không tám phần trăm.
        """)
        #expect(facts.filter { $0.kind == .percentage }.compactMap(\.value) == [52.5, 61.08])
    }

    /// "Sau ngày hợp nhất Báo Hải Lâm và Đài Phát thanh …, Đảng bộ Báo và Phát thanh … đã …": a
    /// name no head word marks, then "và": the first unit found ends the list of the
    /// merged; the new unit after the comma is the subject.
    @Test func aMergedListEndingInTheFirstUnitFoundStopsThere() throws {
        let facts = try TestSupport.facts("""
        Sáu tháng sau ngày hợp nhất Báo Hải Lâm và Đài Phát thanh và Truyền hình Hải Lâm, Đảng bộ Báo và Phát \
        thanh, Truyền hình Hải Lâm đã sắp xếp lại 11 chi bộ trực thuộc.
        """)
        #expect(facts.first { $0.value == 11 }?.subject == "Đảng bộ Báo và Phát thanh, Truyền hình Hải Lâm")
    }

    /// "đã cử 2 người học lớp bồi dưỡng …": people sent to a class, though "người học" is a noun of
    /// its own elsewhere ("1.200 người học").
    @Test func peopleSentToStudyInAClassAreTraining() throws {
        let facts = try TestSupport.facts("""
        Chi bộ Ga Trà Lũng Hạ đang bồi dưỡng 3 quần chúng ưu tú, đã cử 2 người học lớp bồi dưỡng nhận thức về Đảng. \
        Năm qua có 1.200 người học được cấp chứng chỉ.
        """)
        #expect(facts.first { $0.kind == .training }?.participants == 2)
        #expect(facts.first { $0.value == 1200 }?.unit == "người học")
    }
}
