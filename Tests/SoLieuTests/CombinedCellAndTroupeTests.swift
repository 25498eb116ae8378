import Testing
@testable import SoLieu

/// Subjects in the forms of the twenty-ninth session's blind sets: units opening semicolon items,
/// cells of several hamlets, troupes and their cells, a school's youth union, a subject's place in
/// brackets before its verb.
struct CombinedCellAndTroupeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    /// Teams that each open an item of a sentence split by semicolons are about their own figures;
    /// the figures after the sentence are the troupe's again.
    @Test func unitsOpeningSemicolonItemsDoNotStayInView() throws {
        let facts = try facts("""
        Đoàn Xiếc Hồng Hà: chi bộ theo xe lưu diễn

        Đoàn Xiếc Hồng Hà chia thành 3 đội. Đội Nhào lộn có 18 người, trong đó 6 đảng viên; Đội Xiếc thú 11 người, \
        3 đảng viên; Đội Ảo thuật 14 người, 4 đảng viên. Năm 2025, đoàn diễn 26 buổi cho khoảng 18.000 lượt người xem.
        """)
        #expect(facts.map(\.value) == [3, 18, 6, 11, 3, 14, 4, 26, 18000])
        #expect(facts[1].subject == "Đội Nhào lộn")
        #expect(facts[7].subject == "Đoàn Xiếc Hồng Hà")
        #expect(facts[8].subject == "Đoàn Xiếc Hồng Hà")
    }

    /// "Chi bộ ghép thôn 3 – thôn 4" is one cell's name; the cells named in a sentence opened by
    /// "Trước khi ghép" are former ones, and a later "chi bộ" is the combined cell.
    @Test func aCombinedCellIsNamedWholeAndItsFormerCellsLeaveView() throws {
        let facts = try facts("""
        Tin

        Trước khi ghép, Chi bộ thôn 3 có 9 đảng viên, Chi bộ thôn 4 có 11 đảng viên. Chi bộ ghép thôn 3 – thôn 4 ra \
        mắt với 20 đảng viên. Đến nay, chi bộ đã có 31 đồng chí.
        """)
        #expect(facts.map(\.value) == [9, 11, 20, 31])
        #expect(facts.map(\.subject) == ["Chi bộ thôn 3", "Chi bộ thôn 4", "Chi bộ ghép thôn 3 – thôn 4", "Chi bộ ghép thôn 3 – thôn 4"])
    }

    /// Hamlets merged in general ("sáp nhập thôn") name no former unit; a subject's place in brackets
    /// before its verb still makes the clause its own ("duy trì" of an earlier clause is not its verb).
    @Test func mergedHamletsNameNoFormerUnit() throws {
        let facts = try facts("""
        Tin

        Sau đợt sắp xếp, sáp nhập thôn năm 2019, Đảng bộ xã Đông Sơn Hạ (tỉnh Quảng Lâm) vẫn duy trì 7 chi bộ ghép \
        thôn. Đảng bộ xã hiện có 24 chi bộ trực thuộc.
        """)
        #expect(facts.map(\.value) == [7, 24])
        #expect(facts.map(\.measure) == ["party_units.total", "party_units.total"])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Đông Sơn Hạ", "Đảng bộ xã Đông Sơn Hạ"])
    }

    /// "Đoàn trường" is the youth union of the school named before.
    @Test func aSchoolsYouthUnionIsTheSchools() throws {
        let facts = try facts("""
        Tin

        Trường Giáo dục chuyên biệt Hướng Dương có 64 cán bộ, giáo viên. Chi bộ nhà trường có 23 đảng viên. Đoàn \
        trường có 2 chi đoàn với 47 đoàn viên.
        """)
        #expect(facts.map(\.value) == [64, 23, 2, 47])
        #expect(facts[3].subject == "Đoàn Trường Giáo dục chuyên biệt Hướng Dương")
    }

    /// A troupe is an institution ("Đoàn Nghệ thuật …"); a superlative or "vì thế" ends a name; the
    /// cell named by the troupe's head refers a later "chi bộ" to the troupe.
    @Test func aTroupesCellRefersLaterCellsToTheTroupe() throws {
        let facts = try facts("""
        Đoàn Xiếc Phú Lâm: chi bộ theo xe lưu diễn

        Đoàn Nghệ thuật Xiếc – Tạp kỹ tỉnh Phú Lâm có gần 200 đêm diễn mỗi năm. Chi bộ Đoàn vì thế sinh hoạt lưu \
        động. Chi bộ Đoàn Xiếc hiện có 19 đảng viên. Năm 2024, chi bộ kết nạp 2 đồng chí.
        """)
        #expect(facts.map(\.value) == [200, 19, 2])
        #expect(facts.map(\.subject) == ["Đoàn Nghệ thuật Xiếc – Tạp kỹ tỉnh Phú Lâm", "Đoàn Xiếc Phú Lâm", "Đoàn Xiếc Phú Lâm"])
    }

    /// A public service office named in the headline is what the article is about: "Trung tâm" and
    /// its cell refer back to it (named in passing, it is a subject of its sentence only).
    @Test func anOfficeInTheHeadlineStaysInView() throws {
        let facts = try facts("""
        Trung tâm Phục vụ hành chính công xã Phú Lâm Tây: chi bộ 9 đảng viên

        Xã Phú Lâm Tây hiện có 28 thôn. Nay Trung tâm có 14 công chức, viên chức. Chi bộ Trung tâm Phục vụ \
        hành chính công hiện có 9 đảng viên.
        """)
        #expect(facts.map(\.value) == [9, 28, 14])
        #expect(facts.map(\.subject) == ["Trung tâm Phục vụ hành chính công xã Phú Lâm Tây", "Xã Phú Lâm Tây",
                                         "Trung tâm Phục vụ hành chính công xã Phú Lâm Tây"])
    }

    /// A place written by its initials in a message ("xã HKT") is the place of that level named before.
    @Test func aPlaceWrittenByItsInitialsIsThePlaceNamedBefore() throws {
        let facts = try facts("""
        Tin

        Xã Hưng Khánh Tây có 28 chi bộ. Tháng 9, xã HKT kết nạp 5 đảng viên.
        """)
        #expect(facts.map(\.value) == [28, 5])
        #expect(facts.map(\.subject) == ["Xã Hưng Khánh Tây", "xã Hưng Khánh Tây"])
    }
}
