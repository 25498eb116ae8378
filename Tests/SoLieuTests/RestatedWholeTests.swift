import Testing
@testable import SoLieu

/// A figure of an area said "của huyện … đạt", a whole counted before and restated ("Trong 9.012
/// đảng viên …"), and a verb's phrase before a label's colon: made-up texts.
struct RestatedWholeTests {
    private func facts(_ text: String) throws -> [Fact] {
        try TestSupport.extractor().extract(text: "Tin\n\n" + text).facts
    }

    private let text = """
    Đảng bộ huyện Quế Sơn Đông hiện có 52 tổ chức cơ sở đảng với 9.406 đảng viên.

    Đơn vị duy nhất xếp loại không hoàn thành nhiệm vụ là Đảng bộ xã Tân Hòa Hạ. Đảng bộ xã Tân Hòa Hạ có 611 đảng viên.

    Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên của huyện đạt 88,5%.

    Trong 9.406 đảng viên, có 1.302 đồng chí hoàn thành xuất sắc nhiệm vụ.
    """

    @Test func theAreaWhoseFigureFollowsIsItsSubject() throws {
        let percentage = try facts(text).first { $0.kind == .percentage }
        #expect(percentage?.subject == "Đảng bộ huyện Quế Sơn Đông")
    }

    @Test func aRestatedWholeIsTheSubjectItWasCountedFor() throws {
        let facts = try facts(text)
        #expect(facts.first { $0.value == 1302 }?.subject == "Đảng bộ huyện Quế Sơn Đông")
    }

    /// "Công nhận đảng viên chính thức: 12 đồng chí": the label's last words end its verb's phrase,
    /// no sub-group.
    @Test func aVerbsPhraseBeforeALabelsColonIsNoGroup() throws {
        let facts = try facts("Đảng bộ xã Yên Lạc Hạ tổng kết năm.\n- Công nhận đảng viên chính thức: 12 đồng chí.")
        #expect(facts.map { "\($0.measure ?? "") \($0.group ?? "-")" } == ["party_members.official -"])
    }
}
