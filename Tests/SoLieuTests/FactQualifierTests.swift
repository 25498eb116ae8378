import Testing
@testable import SoLieu

/// The hedge a fact carries when it is not written right before its number.
struct FactQualifierTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aHedgeBeforeTheFirstOfTwoFiguresJoinedByAndCoversTheSecond() throws {
        let facts = try facts("Năm 2025, Ủy ban Kiểm tra phấn đấu kiểm tra ít nhất 18 tổ chức đảng và 40 đảng viên.")
        #expect(facts.map(\.value) == [18, 40])
        #expect(facts.map(\.qualifier) == [.atLeast, .atLeast])
    }

    @Test func twoFiguresJoinedByAndWithoutAHedgeStayExact() throws {
        let facts = try facts("Năm 2024, Ủy ban Kiểm tra đã kiểm tra 18 tổ chức đảng và khoảng 40 đảng viên.")
        #expect(facts.map(\.qualifier) == [.exact, .about])
    }

    @Test func anEstimatedValueIsAbout() throws {
        let facts = try facts("Năm 2024, tổng giá trị sản xuất trên địa bàn xã ước đạt 486 tỷ đồng.")
        #expect(facts.map(\.value) == [486])
        #expect(facts.map(\.qualifier) == [.about])
    }
}
