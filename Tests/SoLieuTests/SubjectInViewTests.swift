import Testing
@testable import SoLieu

/// Which organisation stays in view after its sentence: examples after "như", a place introduced by
/// what it is ("X là xã …"), and an institution that opens the article named by its area word.
struct SubjectInViewTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func examplesAfterNhuNameTheirOwnFiguresOnly() throws {
        let facts = try facts("""
        Đảng bộ huyện Lạc Sơn Đông có 52 tổ chức cơ sở đảng. Nhiều nơi làm tốt công tác tạo nguồn như Đảng bộ \
        xã Yên Phú kết nạp 14 đảng viên, Đảng bộ thị trấn Vụ Bản kết nạp 11 đảng viên.
        Tuy vậy, toàn Đảng bộ vẫn còn 4 chi bộ chưa kết nạp được đảng viên.
        """)
        #expect(facts.map(\.value) == [52, 14, 11, 4])
        #expect(facts.map(\.subject) == ["Đảng bộ huyện Lạc Sơn Đông", "Đảng bộ xã Yên Phú", "Đảng bộ thị trấn Vụ Bản",
                                         "Đảng bộ huyện Lạc Sơn Đông"])
    }

    @Test func cungNhuJoinsOrganisationsThatStayInView() throws {
        let facts = try facts("""
        Đảng bộ Công ty Than Hà Lầm cũng như Đảng bộ Công ty Than Vàng Danh đã sơ kết nghị quyết. Năm qua, Đảng ủy         đã kết nạp 9 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["Đảng bộ Công ty Than Vàng Danh"])
    }

    @Test func aPlaceSaidToBeACommuneIsTheCommuneInView() throws {
        let facts = try facts("""
        Huyện Hải Xuân có 21 xã, thị trấn.
        Chuyện ở Phú Hải
        Phú Hải là xã bãi ngang, có 5 giáo xứ. Đảng bộ xã hiện có 176 đảng viên.
        Hòa Lạc từng là xã nghèo nhất huyện. Đảng bộ xã có 9 chi bộ.
        """)
        #expect(facts.map(\.value) == [21, 5, 176, 9])
        #expect(facts.map(\.subject) == ["Huyện Hải Xuân", "Phú Hải", "Phú Hải", "Hòa Lạc"])
    }

    @Test func anInstitutionOpeningTheArticleStaysInView() throws {
        let facts = try facts("""
        Đảng bộ Khối các cơ quan tỉnh sơ kết giữa nhiệm kỳ
        Sáng 12/12, Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị sơ kết. Một số đơn vị như Đảng bộ Sở Tài chính \
        kết nạp 8 đảng viên. Toàn Đảng bộ còn 5 chi bộ chưa kết nạp được đảng viên; 93,5% tổ chức cơ sở đảng hoàn \
        thành tốt nhiệm vụ trở lên.
        """)
        #expect(facts.map(\.value) == [8, 5, 93.5])
        #expect(facts.map(\.subject) == ["Đảng bộ Sở Tài chính", "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh"])
    }

    @Test func theWholePartyOrganisationOfAnAreaWordIsCompletedByTheAreaNamed() throws {
        let facts = try facts("""
        Kết quả kiểm soát tài sản năm 2024 trên địa bàn tỉnh Hải Đông. Chiều 21/4, Ban Nội chính Tỉnh ủy Hải Đông họp \
        báo. Ủy ban kiểm tra các cấp trong toàn Đảng bộ tỉnh đã kiểm tra 64 tổ chức đảng và 187 đảng viên.
        """)
        #expect(facts.map(\.value) == [64, 187])
        #expect(facts.map(\.subject) == ["toàn Đảng bộ tỉnh Hải Đông", "toàn Đảng bộ tỉnh Hải Đông"])
    }

    @Test func aUnitSingledOutInAComparisonStaysInItsSentence() throws {
        let facts = try facts("""
        Đảng bộ Vườn quốc gia Ngọc Trà có 8 chi bộ trực thuộc với 137 đảng viên. Chi bộ Hạt Kiểm lâm là chi bộ lớn \
        nhất với 52 đảng viên. Lực lượng kiểm lâm hiện có 96 người, trong đó 71 người là đảng viên.
        """)
        #expect(facts.map(\.value) == [8, 137, 52, 96, 71])
        #expect(facts.map(\.subject) == ["Đảng bộ Vườn quốc gia Ngọc Trà", "Đảng bộ Vườn quốc gia Ngọc Trà", "Chi bộ Hạt Kiểm lâm",
                                         "Đảng bộ Vườn quốc gia Ngọc Trà", "Đảng bộ Vườn quốc gia Ngọc Trà"])
    }
}
