import Testing
@testable import SoLieu

/// Which measure a count takes from the words around it.
struct MeasureTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func peopleIntroducedToThePartyAreCandidatesButMembersKeepTheirMeasure() throws {
        let facts = try facts("""
        Năm 2024, Hội Nông dân huyện An Thái giới thiệu 52 hội viên, kết nạp 31. Công ty giới thiệu 9 công nhân nữ ưu tú. \
        Chi bộ phấn đấu tạo nguồn ít nhất 10 quần chúng. Đảng ủy giới thiệu 12 đảng viên.
        """)
        #expect(facts.map(\.value) == [52, 31, 9, 10, 12])
        #expect(facts.map(\.measure) == ["candidates.total", "party_members.admitted", "candidates.total", "candidates.total",
                                         "party_members.total"])
    }

    @Test func peopleOfAKindWhoAreMembersAreMembersOfThatCategory() throws {
        let facts = try facts("""
        Toàn huyện có 1.912 giáo viên; trong đó 1.047 giáo viên là đảng viên. Huyện có 238 người có uy tín, trong đó 191 \
        người là đảng viên. Nhóm kết nối 3.000 thành viên là cán bộ, đảng viên, người dân.
        """)
        #expect(facts.map(\.value) == [1912, 1047, 238, 191, 3000])
        #expect(facts.map(\.measure) == ["other", "party_members.total", "other", "party_members.total", "other"])
        #expect(facts[1].group == "giáo viên")
        #expect(facts[3].group == "người có uy tín")
    }

    @Test func womenCountedAsChịArePeople() throws {
        let facts = try facts("Từ năm 2021, Hội Phụ nữ xã Tân Phong giới thiệu 26 hội viên ưu tú, trong đó 19 chị được kết nạp.")
        #expect(facts.map(\.value) == [26, 19])
        #expect(facts.map(\.measure) == ["candidates.total", "party_members.admitted"])
    }

    @Test func whatIsLeftOfASourceOfCandidatesIsCandidates() throws {
        let facts = try facts("Hiện nguồn quần chúng ưu tú của Đảng bộ xã còn 23 người, phần lớn là thuyền viên trẻ.")
        #expect(facts.map(\.value) == [23])
        #expect(facts.map(\.measure) == ["candidates.total"])
    }

    @Test func aBodysMembersAreCountedPastTheTermThatNamesIt() throws {
        let facts = try facts("""
        Đại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025–2030 gồm 15 đồng chí, trong đó có 3 đồng chí nữ.
        """)
        #expect(facts.map(\.value) == [15, 3])
        #expect(facts.map(\.measure) == ["other", "other"])
    }
}
