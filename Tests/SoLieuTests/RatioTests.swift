import Testing
@testable import SoLieu

/// Ratios ("cứ 10 đảng viên mới thì có 7 người …") are no counts: neither their base nor their
/// part. Each sentence is made up.
struct RatioTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func neitherTheBaseNorThePartOfARatioIsACount() throws {
        for text in ["Đảng bộ xã Tân Lợi có 412 đảng viên; cứ 10 đảng viên mới thì có 7 người là đoàn viên thanh niên.",
                     "Đảng bộ xã Tân Lợi có 412 đảng viên, như vậy cứ 9 đảng viên của xã thì có 1 người là giáo viên.",
                     "Đảng bộ xã Tân Lợi có 412 đảng viên. Cứ 5 đảng viên thì 2 người dưới 35 tuổi."] {
            #expect(try facts("Tin\n\n" + text).map(\.value) == [412], "\(text)")
        }
    }

    /// A guard: "căn cứ" is no ratio.
    @Test func criteriaAfterCanCuAreCounted() throws {
        #expect(try facts("Tin\n\nCăn cứ 12 tiêu chí, Chi bộ Thôn Đông có 30 đảng viên đạt chuẩn.").map(\.value) == [12, 30])
    }
}
