import Testing
@testable import SoLieu

/// Shapes of subjects met in holdout-30 and holdout-31: what "Đảng bộ" and "Chi bộ" refer back to
/// after areas and units named in passing. Each sentence is made up.
struct SubjectReferenceShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func theAreaOfTheUnitInViewAfterANounAndTrongLeavesTheUnitInView() throws {
        let facts = try facts("Tin\n\nĐảng bộ TAND tỉnh Lâm Giang hiện có 236 đảng viên. Đến nay, 100% thẩm phán của ngành trong tỉnh là đảng viên.\n\nTừ đầu nhiệm kỳ, Đảng bộ kết nạp 38 đảng viên.")
        #expect(facts.map(\.value) == [236, 100, 38])
        #expect(facts.last?.subject == "Đảng bộ TAND tỉnh Lâm Giang")
    }
}
