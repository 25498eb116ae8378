import Testing
@testable import SoLieu

/// A figure of an area said "của huyện … đạt", a whole counted before and restated ("Trong 9.012
/// đảng viên …"), a set named after "Trong số", a verb's phrase before a label's colon, people
/// named twice before "là đảng viên": made-up texts.
struct RestatedWholeTests {
    private let text = """
    Đảng bộ huyện Quế Sơn Đông hiện có 52 tổ chức cơ sở đảng với 9.406 đảng viên.

    Đơn vị duy nhất xếp loại không hoàn thành nhiệm vụ là Đảng bộ xã Tân Hòa Hạ. Đảng bộ xã Tân Hòa Hạ có 611 đảng viên.

    Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên của huyện đạt 88,5%.

    Trong 9.406 đảng viên, có 1.302 đồng chí hoàn thành xuất sắc nhiệm vụ.
    """

    @Test func theAreaWhoseFigureFollowsIsItsSubject() throws {
        let percentage = try TestSupport.facts(text).first { $0.kind == .percentage }
        #expect(percentage?.subject == "Đảng bộ huyện Quế Sơn Đông")
    }

    @Test func aRestatedWholeIsTheSubjectItWasCountedFor() throws {
        let facts = try TestSupport.facts(text)
        #expect(facts.first { $0.value == 1302 }?.subject == "Đảng bộ huyện Quế Sơn Đông")
    }

    /// "Công nhận đảng viên chính thức: 12 đồng chí": the label's last words end its verb's phrase,
    /// no sub-group.
    @Test func aVerbsPhraseBeforeALabelsColonIsNoGroup() throws {
        let facts = try TestSupport.facts("Đảng bộ xã Yên Lạc Hạ tổng kết năm.\n- Công nhận đảng viên chính thức: 12 đồng chí.")
        #expect(facts.map { "\($0.measure ?? "") \($0.group ?? "-")" } == ["party_members.official -"])
    }

    /// "Trong số đảng viên mới có 39 nữ" after a count of admissions and then one of official
    /// members: the parts are of the admissions, the set the marker names.
    @Test func aSetNamedAfterTheMarkerIsTheCountOfItsMeasure() throws {
        let facts = try TestSupport.facts("Sáu tháng đầu năm, Đảng bộ huyện Bình Khê kết nạp 97 đảng viên; công nhận chính thức cho 104 đảng viên dự bị. Trong số đảng viên mới có 39 nữ, 6 người là chủ doanh nghiệp.")
        #expect(facts.filter { $0.group != nil }.map { "\($0.measure ?? "") \(Int($0.value ?? 0))" }
            == ["party_members.admitted 39", "party_members.admitted 6"])
    }

    /// "47 già làng, người có uy tín là đảng viên": two nouns of the same people before "là đảng viên".
    @Test func peopleNamedTwiceBeforeLaDangVienAreMembers() throws {
        let facts = try TestSupport.facts("Toàn huyện Ngọc Lâm hiện có 47 già làng, người có uy tín là đảng viên.")
        #expect(TestSupport.countLabels(facts) == ["party_members.total 47"])
    }

    /// "có 39 nữ và 6 người là chủ doanh nghiệp": a group's part before "và" and the next part.
    @Test func aGroupsPartBeforeVaAndTheNextPartIsAPart() throws {
        let facts = try TestSupport.facts("Năm qua, Đảng bộ huyện Bình Khê kết nạp 97 đảng viên. Trong số đó có 39 nữ và 6 người là chủ doanh nghiệp.")
        #expect(facts.map { "\($0.measure ?? "") \(Int($0.value ?? 0)) \($0.group ?? "-")" }
            == ["party_members.admitted 97 -", "party_members.admitted 39 nữ", "party_members.admitted 6 chủ doanh nghiệp"])
    }

    /// A guard: "Năm" opening a sentence before a verb is the year, not five ("Năm kết nạp nhiều
    /// nhất là 2023 với 13 đảng viên").
    @Test func namOpeningASentenceBeforeAVerbIsNoFigure() throws {
        let facts = try TestSupport.facts("Đảng bộ xã Hương Lâm kết nạp 52 đảng viên trong nhiệm kỳ. Năm kết nạp nhiều nhất là 2023 với 13 đảng viên.")
        #expect(!facts.contains { $0.value == 5 })
    }
}
