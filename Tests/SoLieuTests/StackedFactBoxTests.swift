import Testing
@testable import SoLieu

/// A fact box flattened with each label on its line and the value on the next, labels with a
/// note in brackets, "Tổng số" or a count of months before the colon, and a table of months:
/// made-up texts.
struct StackedFactBoxTests {
    @Test func stackedLabelsAndValuesAreJoined() {
        let box = "SỐ LIỆU CẦN NHỚ\nSố chi bộ trực thuộc\n46\nĐảng viên dự bị\n71\nXóa tên\n3\n"
        #expect(StackedFactBox.rewritten(box) == "SỐ LIỆU CẦN NHỚ\nSố chi bộ trực thuộc: 46\nĐảng viên dự bị: 71\nXóa tên: 3\n")
    }

    /// Two pairs, or a figure alone on a line under a heading, are left as they are.
    @Test func fewerPairsOrLoneFiguresAreLeftAlone() {
        let two = "Số chi bộ trực thuộc\n46\nĐảng viên dự bị\n71\n"
        #expect(StackedFactBox.rewritten(two) == two)
        let prose = "Kết quả năm 2024.\n12\nChi bộ kết nạp 3 đảng viên.\n4\nXóa tên 1 đảng viên.\n5\n"
        #expect(StackedFactBox.rewritten(prose) == prose)
    }

    /// A box after the body: each value counts what its label names; "Tổng số", a note in brackets
    /// and "9 tháng" before the colon are read through.
    @Test func aStackedBoxGivesTheLabelsFacts() throws {
        let text = FigureTable.rewritingTables(in: """
        Đảng ủy xã Tân Phước Hạ sơ kết công tác xây dựng Đảng 9 tháng đầu năm 2025.

        SỐ LIỆU CẦN NHỚ
        Tổng số đảng viên toàn Đảng bộ (đến 30/9/2025)
        1.384
        Kết nạp mới 9 tháng
        38
        Đảng viên từ trần (9 tháng)
        12
        Xóa tên
        3

        Mọi ý kiến đóng góp gửi về Văn phòng Đảng ủy xã trước ngày 10 hằng tháng.
        """)
        let facts = try TestSupport.facts(text)
        #expect(facts.first { $0.value == 1384 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 38 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 38 }?.period == "9 tháng")
        #expect(facts.first { $0.value == 12 }?.measure == "other")
        #expect(facts.first { $0.value == 3 }?.measure == "party_members.struck_off")
    }

    /// A table of months: each row's figures are of its month ("Tháng 3: …"), and equal figures of
    /// different months stay apart.
    @Test func aTableOfMonthsKeepsEachMonthsFigures() throws {
        let text = FigureTable.rewritingTables(in: """
        Đảng ủy xã Hưng Nhơn Hạ tổng hợp số liệu phát triển đảng viên theo tháng.

        Bảng: Phát triển đảng viên 9 tháng năm 2025 (đơn vị tính: đảng viên)

        Tháng | Kết nạp | Chuyển chính thức
        Tháng 1 | 2 | 3
        Tháng 2 | 4 | 1
        Tháng 3 | 2 | 3
        Cộng | 8 | 7
        """)
        let facts = try TestSupport.facts(text)
        let admitted = facts.filter { $0.measure == "party_members.admitted" }
        #expect(admitted.map { "\(Int($0.value ?? 0)) \($0.period ?? "-")" } == ["2 tháng 1", "4 tháng 2", "2 tháng 3", "8 -"])
    }
}
