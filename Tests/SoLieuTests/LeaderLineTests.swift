import Testing
@testable import SoLieu

/// Labels joined to their values by dot leaders or "=", and labels that go on after their verb:
/// made-up texts.
struct LeaderLineTests {
    @Test func dotLeadersAndEqualsSignsJoinALabelToItsValue() {
        #expect(LeaderLines.joinedLine("Tổng số đảng viên ............... 624") == "Tổng số đảng viên: 624")
        #expect(LeaderLines.joinedLine("  - Chi bộ thôn . . . . . . 11") == "  - Chi bộ thôn: 11")
        #expect(LeaderLines.joinedLine("Kết nạp đảng viên = 20") == "Kết nạp đảng viên: 20")
        #expect(LeaderLines.joinedLine("Kết nạp đảng viên …… 21 (kế hoạch: 18)") == "Kết nạp đảng viên: 21 (kế hoạch: 18)")
    }

    /// An ellipsis or "..." in a sentence is no leader; nor is an "=" in a formula, nor a leader
    /// with no figure after it.
    @Test func prosePunctuationIsNoLeader() {
        #expect(LeaderLines.joinedLine("Trước đó… 12 đảng viên đã được kết nạp.") == nil)
        #expect(LeaderLines.joinedLine("Chi bộ có nhiều đảng viên trẻ... 5 người là giáo viên.") == nil)
        #expect(LeaderLines.joinedLine("a = b = 3") == nil)
        #expect(LeaderLines.joinedLine("Ký tên .................................") == nil)
    }

    /// "Kỷ luật khiển trách ....... 2", "Huy hiệu 30 năm tuổi Đảng ....... 12", "Chuyển sinh hoạt
    /// đảng đi ....... 9": a verb label that goes on to say how counts members.
    @Test func verbLabelsThatGoOnCountMembers() throws {
        let facts = try TestSupport.facts(FigureTable.rewritingTables(in: """
        Năm 2024, Đảng bộ xã Đại Thắng Tây Hạ tổng hợp số liệu.

        IV. KIỂM TRA, KỶ LUẬT, BIẾN ĐỘNG ĐẢNG VIÊN
        Tổng số đảng viên ...................................... 624
        Kỷ luật khiển trách ..................................... 2
        Chuyển sinh hoạt đảng đi .............................. 9
        Huy hiệu 30 năm tuổi Đảng ........................... 12

        Đảng bộ sẽ tiếp tục.
        """))
        #expect(facts.first { $0.value == 624 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 2 }?.measure == "party_members.disciplined")
        #expect(facts.first { $0.value == 9 }?.measure == "other")
        #expect(facts.first { $0.value == 9 }?.unit == "đảng viên")
        #expect(facts.first { $0.value == 12 }?.measure == "party_members.badge_awarded")
    }

    /// "Về lý do xóa tên: 17 đảng viên …; 8 đảng viên …; 4 đảng viên …": each item of the list after
    /// the label counts what the label names; a list after a colon whose first item has no figure
    /// first is no such list.
    @Test func itemsOfAListAfterALabelShareItsMeasure() throws {
        let facts = try TestSupport.facts("""
        Nhiệm kỳ qua, Đảng bộ huyện Bình Hà Hạ xóa tên 29 đảng viên. Về lý do xóa tên: 17 đảng viên tự ý bỏ sinh hoạt đảng; \
        8 đảng viên không đóng đảng phí; 4 đảng viên đi làm ăn xa.
        Đảng bộ sẽ tiếp tục.
        """)
        #expect(facts.first { $0.value == 8 }?.measure == "party_members.struck_off")
        #expect(facts.first { $0.value == 4 }?.measure == "party_members.struck_off")
        let other = try TestSupport.facts("""
        Về xóa tên: đã làm đúng quy trình; 8 đảng viên được biểu dương.
        Đảng bộ sẽ tiếp tục.
        """)
        #expect(other.first { $0.value == 8 }?.measure != "party_members.struck_off")
    }
}
