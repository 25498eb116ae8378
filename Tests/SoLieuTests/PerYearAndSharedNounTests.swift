import Testing
@testable import SoLieu

/// Figures per year ("bình quân mỗi năm 34–36 đảng viên"), a verb's bare figure that shares the noun
/// of the next verb's ("xóa tên 9 và cho ra khỏi Đảng 3 đảng viên"), and participants given as a
/// lower bound ("cho từ 150 quần chúng ưu tú trở lên"). Each sentence is made up.
struct PerYearAndSharedNounTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aFigureAfterMoiNamIsAFigurePerYearNotAYear() throws {
        let facts = try facts("Tin\n\nĐảng bộ xã Tân Lợi phấn đấu kết nạp từ 170 đảng viên trở lên, bình quân mỗi năm 34–36 đảng viên; hằng năm 2 lớp bồi dưỡng được mở.")
        let perYear = facts.first { $0.value == 34 }
        #expect(perYear?.valueMax == 36)
        #expect(perYear?.measure == "party_members.admitted")
        #expect(perYear?.modality == .target)
    }

    @Test func aVerbsBareFigureBeforeVaSharesTheNextVerbsNoun() throws {
        let facts = try facts("Tin\n\nĐảng bộ xã Tân Lợi thi hành kỷ luật 11 đảng viên; xóa tên 9 và cho ra khỏi Đảng 3 đảng viên.")
        #expect(facts.map(\.value) == [11, 9, 3])
        #expect(facts.map(\.measure) == ["party_members.disciplined", "party_members.struck_off", "party_members.dismissed"])
        #expect(facts[1].unit == "đảng viên")
    }

    @Test func participantsFromALowerBoundAreTheClassesParticipants() throws {
        let facts = try facts("Tin\n\nĐảng bộ xã Tân Lợi mỗi năm mở 2 lớp bồi dưỡng nhận thức về Đảng cho từ 150 quần chúng ưu tú trở lên.")
        #expect(facts.count == 1)
        #expect(facts.first?.classes == 2)
        #expect(facts.first?.participants == 150)
        #expect(facts.first?.qualifier == .atLeast)
    }
}

/// People restated after a count of members past the words of a contrast ("mà chỉ có 3 người dưới
/// 35 tuổi", "nhưng có tới 19 người là thanh niên") are a part of it. Each sentence is made up.
struct RestatedPeopleTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func peopleOfAKindOrAgeAfterAContrastArePartOfTheCount() throws {
        let young = try facts("Tin\n\nChi bộ thôn Tà Lang có 19 đảng viên mà chỉ có 3 người dưới 35 tuổi.")
        #expect(young.map(\.measure) == ["party_members.total", "party_members.total"])
        let youth = try facts("Tin\n\nChi bộ thôn Tà Lang tuy chỉ kết nạp 26 đảng viên nhưng có tới 19 người là thanh niên đi làm ăn xa trở về.")
        #expect(youth.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
        #expect(youth.last?.group == "thanh niên")
    }

    /// A guard: members after households are no part of them.
    @Test func membersAfterACountOfSomethingElseAreTheirOwnCount() throws {
        let facts = try facts("Tin\n\nThôn Tà Lang có 2.000 hộ nhưng chỉ có 15 đảng viên.")
        #expect(facts.map(\.measure) == ["other", "party_members.total"])
    }
}
