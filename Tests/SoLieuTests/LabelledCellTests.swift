import Testing
@testable import SoLieu

/// Lines of labelled cells ("Tên chi bộ: Trường A – Đảng viên: 12 – Kết nạp: 1") and labels that
/// are a verb of what happens to members over a bare figure. Each line is made up.
struct LabelledCellTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func eachCellOfALabelledLineCountsWhatItsLabelNames() throws {
        let facts = try facts("""
            Tin

            Tên chi bộ: Trường Tiểu học Hòa Bình – Đảng viên: 24 – Kết nạp: 3 – Chuyển chính thức: 2
            Tên chi bộ: Trường THCS Lý Tự Trọng; Đảng viên: 31; Kết nạp: 4; Chuyển chính thức: 1
            """)
        #expect(facts.map(\.value) == [24, 3, 2, 31, 4, 1])
        #expect(facts.map(\.measure) == ["party_members.total", "party_members.admitted", "party_members.official",
                                         "party_members.total", "party_members.admitted", "party_members.official"])
        #expect(facts.prefix(3).allSatisfy { $0.subject == "Trường Tiểu học Hòa Bình" })
        #expect(facts.suffix(3).allSatisfy { $0.subject == "Trường THCS Lý Tự Trọng" })
    }

    @Test func aVerbOfMembersAsAnItemsLabelCountsMembers() throws {
        let facts = try facts("Tin\n\nKết quả năm 2025 của Chi bộ Thôn Đông:\n- Kết nạp: 2\n- Chuyển chính thức: 1\n- Xóa tên: 1\n")
        #expect(facts.map(\.value) == [2, 1, 1])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.official", "party_members.struck_off"])
        #expect(facts.allSatisfy { $0.unit == "đảng viên" })
    }

    /// A guard: the cell rule must not cut names that hold a dash.
    @Test func aDashInsideANameBeforeACountStaysInTheName() throws {
        let facts = try facts("Tin\n\n- Chi bộ Văn phòng – Kỹ thuật: 22 đảng viên\n- Chi bộ Kho – Vận tải: 15 đảng viên\n")
        #expect(facts.map(\.subject) == ["Chi bộ Văn phòng – Kỹ thuật", "Chi bộ Kho – Vận tải"])
    }

    @Test func rowsOpenedByAColumnLabelLeaveTheBodyBeforeThemInViewForTheTotals() throws {
        let facts = try facts("""
            Tin

            Đảng ủy phường An Phú có 3 chi bộ trường học.

            Tên chi bộ: Trường Mầm non Hoa Sen – Đảng viên: 12 – Kết nạp: 1
            Tên chi bộ: Trường THCS Lê Lợi – Đảng viên: 31 – Kết nạp: 4
            Tổng cộng – Đảng viên: 43 – Kết nạp: 5
            """)
        #expect(facts.map(\.value) == [3, 12, 1, 31, 4, 43, 5])
        #expect(facts.suffix(2).allSatisfy { $0.subject == "Đảng ủy phường An Phú" })
    }

    @Test func aLabelsVerbGovernsEveryCountOfItsItem() throws {
        let facts = try facts("Tin\n\nKết quả kiểm tra năm 2024 của Ủy ban Kiểm tra Thị ủy:\n- Cấp ủy các cấp kiểm tra: 126 tổ chức đảng và 348 đảng viên\n- Giám sát chuyên đề: 16 tổ chức đảng, 41 đảng viên\n")
        #expect(facts.map(\.value) == [126, 348, 16, 41])
        #expect(facts.allSatisfy { $0.measure == "other" })
    }

    /// A guard: a label whose verb does not govern the item's first count governs none of it.
    @Test func aLabelsVerbOfUnitsAloneDoesNotGovernALaterCount() throws {
        let facts = try facts("Tin\n\nĐảng bộ Bệnh viện Đa khoa tỉnh Bình Lâm sau sáp nhập: 312 đảng viên, 14 chi bộ.")
        #expect(facts.map(\.measure) == ["party_members.total", "party_units.total"])
    }
}
