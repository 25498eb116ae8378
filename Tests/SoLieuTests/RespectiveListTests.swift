import Testing
@testable import SoLieu

/// Lists of figures given in order to lists of units or counts, members in a state, and people
/// counted as "người" after the set they belong to: made-up texts.
struct RespectiveListTests {
    /// "Các chi bộ khu phố A, B và C có 41, 38 và 52 đảng viên": as many units as figures, listed
    /// right before the verb, take them in order without "lần lượt"; a list of figures under one
    /// organisation stays its own.
    @Test func unitsListedBeforeTheVerbTakeTheirFiguresInOrder() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ phường Thanh Lộc Đông có 1.402 đảng viên. Các chi bộ khu phố Gò Mít, Bãi Sậy và Đình Cả \
        có 41, 38 và 52 đảng viên, nhưng số đảng viên dưới 40 tuổi theo thứ tự chỉ là 2, 1 và 3 người. \
        Chi bộ Trường Tiểu học Lê Lợi và Chi bộ Trạm Y tế đã kết nạp 4 và 6 đảng viên. Đảng bộ phường \
        kết nạp 20 và 25 đảng viên trong hai năm 2023, 2024.
        """)
        func subject(_ value: Double) -> String? { facts.first { $0.value == value }?.subject }
        #expect(subject(41) == "chi bộ khu phố Gò Mít")
        #expect(subject(38) == "chi bộ khu phố Bãi Sậy")
        #expect(subject(52) == "chi bộ khu phố Đình Cả")
        #expect(subject(4) == "Chi bộ Trường Tiểu học Lê Lợi")
        #expect(subject(6) == "Chi bộ Trạm Y tế")
        #expect(subject(20) == "Đảng bộ phường Thanh Lộc Đông")
        #expect(subject(25) == "Đảng bộ phường Thanh Lộc Đông")
        // "số đảng viên dưới 40 tuổi … là 2, 1 và 3 người": members, past the age in their noun.
        #expect(facts.filter { [2, 1].contains($0.value) }.allSatisfy { $0.measure == "party_members.total" })
    }

    /// "Số đảng viên được miễn sinh hoạt đảng là 187 đồng chí", "Đảng viên được miễn sinh hoạt: 58":
    /// members in a state are counted as they are; exempting them is an act (`other`).
    @Test func membersInAStateAreCountedAsMembers() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ phường Thanh Lộc Đông có 1.402 đảng viên. Số đảng viên nữ, đảng viên dự bị và đảng viên \
        được miễn sinh hoạt đảng tương ứng là 402, 61 và 187 đồng chí. Đảng ủy đã xét miễn sinh hoạt \
        đảng cho 5 đảng viên.
        Đảng viên được miễn sinh hoạt: 58
        """)
        for value in [402.0, 61, 187, 58] {
            #expect(facts.first { $0.value == value }?.measure == "party_members.total")
        }
        #expect(facts.first { $0.value == 5 }?.measure == "other")
    }

    /// "nguồn đã lên 35 người" counts candidates; so does "11 người" of party cells in a clause
    /// repeating the verb of a count of candidates; the people of a hamlet stay `other`.
    @Test func peopleAfterTheirSetAreCountedAsIt() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ xã Cát Lương Đông có 300 đảng viên. Đến nay nguồn đã lên 35 người, có cả chủ trang trại. \
        Hiện các chi bộ ấp, khóm có 23 quần chúng ưu tú trong danh sách nguồn, các chi bộ cơ quan, trường \
        học có 11 người. Chi bộ thôn An Hòa có 45 đảng viên, thôn có 1.200 người.
        """)
        #expect(facts.first { $0.value == 35 }?.measure == "candidates.total")
        #expect(facts.first { $0.value == 11 }?.measure == "candidates.total")
        #expect(facts.first { $0.value == 1200 }?.measure == "other")
    }

    /// "mở 4, 5 và 5 lớp … cho 205, 226 và 240 học viên": one training fact per count of classes,
    /// each with its learners in order; "2 và 3 lớp … cho 150 học viên" leaves the learners with
    /// the last.
    @Test func aListOfClassCountsGivesOneFactEach() throws {
        let facts = try TestSupport.facts("""
        Trung tâm Chính trị thị xã Hòa Cảng mở 4, 5 và 5 lớp bồi dưỡng nhận thức về Đảng cho 205, 226 \
        và 240 học viên trong ba năm 2022, 2023, 2024. Năm 2025, Trung tâm mở 2 và 3 lớp bồi dưỡng \
        cho 150 học viên.
        """)
        let training = facts.filter { $0.kind == .training }
        #expect(training.map(\.classes) == [4, 5, 5, 2, 3])
        #expect(training.map(\.participants) == [205, 226, 240, nil, 150])
        #expect(!facts.contains { $0.kind == .count })
    }

    /// "Trong ba năm 2022, 2023, 2024, … cho ra khỏi Đảng 2, 1 và 1 đảng viên": a list of as many
    /// years gives each figure its year, and the two 1s stay two facts.
    @Test func aListOfYearsGivesEachFigureItsYear() throws {
        let facts = try TestSupport.facts("""
        Trong ba năm 2022, 2023, 2024, Thị ủy Hòa Cảng Hạ xóa tên 6, 4 và 3 đảng viên; cho ra khỏi Đảng         2, 1 và 1 đảng viên không còn đủ tư cách.
        """)
        let struckOff = facts.filter { $0.measure == "party_members.struck_off" }
        #expect(struckOff.map(\.period) == ["năm 2022", "năm 2023", "năm 2024"])
        let dismissed = facts.filter { $0.measure == "party_members.dismissed" }
        #expect(dismissed.map(\.value) == [2, 1, 1])
    }

    /// "Dẫn đầu là phường A, phường B và xã C, kết nạp 19, 17 và 15 đảng viên": a comma may close
    /// the list of units before the verb.
    @Test func aCommaMayCloseTheListOfUnits() throws {
        let facts = try TestSupport.facts("""
        Dẫn đầu về số lượng trong năm 2024 là phường Hòa Tân Hạ, phường Cảng Bắc và xã Hòa Lộc, kết nạp         19, 17 và 15 đảng viên.
        """)
        #expect(facts.map(\.subject) == ["phường Hòa Tân Hạ", "phường Cảng Bắc", "xã Hòa Lộc"])
    }

    /// "Đợt 7/11, con số này là 101 đảng viên": the figure named as the one before, in the sentence
    /// before, takes its measure.
    @Test func thisFigureInTheNextSentenceKeepsTheMeasure() throws {
        let facts = try TestSupport.facts("""
        Đợt 2/9, toàn huyện Đoan Lâm Hạ trao Huy hiệu Đảng cho 87 đảng viên. Đợt 7/11, con số này là 101 đảng viên.
        """)
        #expect(facts.first { $0.value == 101 }?.measure == "party_members.badge_awarded")
    }

    /// "8 thuyền trưởng và 6 máy trưởng là đảng viên": both counts are members; "64 người, 52 người
    /// là đảng viên" keeps the whole apart from its part.
    @Test func coordinatedPeopleAreMembersTogether() throws {
        let facts = try TestSupport.facts("""
        Công ty Vận tải biển Hòn La Hạ có 54 đảng viên. Trong đội tàu, 8 thuyền trưởng và 6 máy trưởng         là đảng viên. Riêng đội ngũ già làng có 64 người, 52 người là đảng viên.
        """)
        #expect(facts.first { $0.value == 8 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 6 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 64 }?.measure == "other")
    }

    /// Subjects named after their figures: "Được trao Huy hiệu … có 2 đồng chí" (a verb in the
    /// passive opening the sentence), "Đứng đầu về số đảng viên mới là Chi bộ A với 6 đảng viên"
    /// (new members), "Xếp thứ hai, với 5 đảng viên, …" (a rank before a comma), "… thuộc về Chi bộ
    /// B với 19 người" after a noun of candidates.
    @Test func figuresBeforeTheirSubjectKeepWhatTheyCount() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ phường Tam Sơn Hạ có 1.200 đảng viên. Được trao Huy hiệu 70 năm tuổi Đảng dịp 2/9 vừa \
        qua có 2 đồng chí. Đứng đầu về số đảng viên mới là Chi bộ khu phố Đông Xuyên với 6 đảng viên. \
        Xếp thứ hai, với 5 đảng viên, là Chi bộ Công ty Quang Minh. Nguồn quần chúng ưu tú dồi dào nhất \
        thuộc về Chi bộ Công ty Quang Minh với 19 người. Được biết, chi bộ có 30 đảng viên.
        """)
        #expect(facts.first { $0.value == 2 }?.measure == "party_members.badge_awarded")
        #expect(facts.first { $0.value == 6 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 5 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 19 }?.measure == "candidates.total")
        #expect(facts.first { $0.value == 30 }?.measure == "party_members.total")
    }
}
