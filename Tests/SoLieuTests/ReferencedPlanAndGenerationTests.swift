import Testing
@testable import SoLieu

/// A plan referred to is no plan set out, also through a second target word of its noun phrase;
/// "lớp" of a generation is no class; a headline may shorten the name the body gives. Each sentence
/// is made up.
struct ReferencedPlanAndGenerationTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func figuresAfterAPlanReferredToHappened() throws {
        let text = "Tin\n\nĐảng bộ đã kết nạp 186 đảng viên, vượt 9% chỉ tiêu nghị quyết đề ra; tổng số đảng viên tăng từ 904 lên 1.031 đồng chí."
        let members = try facts(text).filter { $0.measure == "party_members.total" }
        #expect(members.map(\.value) == [904, 1031])
        #expect(members.allSatisfy { $0.modality == .actual })
    }

    @Test func aGenerationIsNoClass() throws {
        let found = try facts("Tin\n\nNgày ông bàn giao công việc cho lớp trẻ, chi bộ đã có 26 đảng viên.")
        #expect(found.filter { $0.kind == .training }.isEmpty)
        #expect(found.map(\.value) == [26])
    }

    @Test func aHeadlineMayShortenTheBodysName() throws {
        let text = """
        Đại hội Đảng bộ Công ty Xi măng Hòa Yên: hơn 800 đảng viên hướng về Đại hội

        Đảng bộ Công ty cổ phần Xi măng và Vật liệu Hòa Yên hiện có 812 đảng viên sinh hoạt ở 14 chi bộ.
        """
        let members = try facts(text).filter { $0.measure == "party_members.total" }
        #expect(members.map(\.value) == [812])
        #expect(members.first?.mentions == 2)
    }
}
