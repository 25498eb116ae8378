import Testing
@testable import SoLieu

/// Figures per year ("bình quân mỗi năm 34–36 đảng viên"), a verb's bare figure that shares the noun
/// of the next verb's ("xóa tên 9 và cho ra khỏi Đảng 3 đảng viên"), and participants given as a
/// lower bound ("cho từ 150 quần chúng ưu tú trở lên"), bare figures of a list after their noun ("số
/// đảng viên lần lượt là 512, 407 và 398"). Each sentence is made up.
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

    /// "với số đảng viên lần lượt là 21, 17 và 12": the later figures of a list share the noun the
    /// first takes from before it, and each goes to its unit.
    @Test func bareFiguresOfAListShareTheNounBeforeTheirFirst() throws {
        let facts = try facts("Tin\n\nĐông nhất là Đảng bộ phường Hòa An, Đảng bộ xã Hòa Tiến và Đảng bộ xã Hòa Xuân, với số đảng viên lần lượt là 512, 407 và 398.")
        #expect(facts.map { "\($0.value ?? 0) \($0.unit ?? "-") \($0.subject ?? "-")" }
            == ["512.0 đảng viên Đảng bộ phường Hòa An", "407.0 đảng viên Đảng bộ xã Hòa Tiến", "398.0 đảng viên Đảng bộ xã Hòa Xuân"])
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

    @Test func casesSaidToBeMembersKeepTheMeasureOfTheirWhole() throws {
        let found = try facts("Tin\n\nNăm qua, Đảng bộ xã xóa tên 11 đảng viên, trong đó 7 trường hợp là đảng viên trẻ đi làm ăn xa.")
        #expect(found.map(\.measure) == ["party_members.struck_off", "party_members.struck_off"])
        /// A guard: people of another kind who are members count members.
        let members = try facts("Tin\n\nToàn xã có 96 người có uy tín, trong đó 71 người là đảng viên.")
        #expect(members.map(\.measure) == ["other", "party_members.total"])
    }

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

    @Test func aPartIsNoLargerThanItsWhole() throws {
        let workers = try facts("Tin\n\nĐảng bộ Công ty May Sông Lô có 61 đảng viên, trong đó 38 đảng viên nữ, trên tổng số hơn 1.240 công nhân, người lao động.")
        #expect(workers.map(\.measure) == ["party_members.total", "party_members.total", "other"])
        let admitted = try facts("Tin\n\nNăm 2025, Đảng bộ Công ty Xi măng Lũng Sơn kết nạp 23 đảng viên, nhiều hơn năm 2024 (17 đảng viên); trong đó 19 đồng chí là công nhân.")
        #expect(admitted.map(\.value) == [23, 17, 19])
        #expect(admitted.last?.measure == "party_members.admitted")
        #expect(admitted.last?.group == "công nhân")
        let staff = try facts("Tin\n\nTại Trạm Kiểm lâm Khe Nước, 6 trong số 7 cán bộ của trạm là đảng viên.")
        #expect(staff.map(\.value) == [6, 7])
        #expect(staff.last?.measure == "other")
    }

    @Test func afterThiAnotherUnitsCountHasItsOwnVerb() throws {
        let facts = try facts("Tin\n\nNếu như Chi bộ Trường THPT Tân An kết nạp 7 đảng viên trong năm học, thì Chi bộ Trường THPT Tân Bình với 29 đảng viên chỉ kết nạp được 3 giáo viên trẻ.")
        #expect(facts.map(\.value) == [7, 29, 3])
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.total", "party_members.admitted"])
        #expect(facts[1].subject == "Chi bộ Trường THPT Tân Bình")
    }

    @Test func peopleToBeAdmittedAreCandidatesAndTheirNounIsNoVerb() throws {
        let facts = try facts("Tin\n\nXã Tân An có 9 đối tượng kết nạp và 12 đối tượng kết nạp Đảng.")
        #expect(facts.map(\.measure) == ["candidates.total", "candidates.total"])
    }

    @Test func aSetNamedAfterAVerbOfSayingHasItsPartsAfterCo() throws {
        let facts = try facts("Tin\n\nBà Loan, Bí thư Chi bộ Công ty Gạch Tân Quới, cho biết trong 6 đảng viên mới có 4 người là công nhân trực tiếp sản xuất.")
        #expect(facts.map(\.measure) == ["party_members.admitted", "party_members.admitted"])
    }
}
