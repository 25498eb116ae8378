import Testing
@testable import SoLieu

/// "Những con số ấn tượng" lists, where each line opens with a figure and a dash and then says what
/// it counts ("412 – số đảng viên mới được kết nạp"), and other shapes found with them: people
/// trained "qua N lớp", parts of a set opened after a comma, new members of another organisation,
/// and rounded repeats in the body. Each sentence is made up.
struct FigureCaptionListTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    private func counts(_ text: String) throws -> [String] {
        TestSupport.countLabels(try facts(text))
    }

    @Test func aCaptionAfterTheDashNamesTheNounAndTheVerb() throws {
        let text = """
        Huyện Mường Tè: một năm qua những con số

        5.214 – tổng số đảng viên của Đảng bộ huyện tính đến cuối năm.

        236 – số đảng viên mới được kết nạp trong năm.

        4 – số tổ chức cơ sở đảng được thành lập mới.

        17 – là số đảng viên bị xóa tên do bỏ sinh hoạt.
        """
        #expect(try counts(text) == ["party_members.total 5214", "party_members.admitted 236", "party_units.new 4",
                                    "party_members.struck_off 17"])
    }

    @Test func peopleTrainedThroughClassesAreOneTrainingFact() throws {
        for text in ["Trong năm, 860 học viên được Trung tâm Chính trị huyện bồi dưỡng qua 14 lớp.",
                     "860 – số học viên được Trung tâm Chính trị huyện bồi dưỡng qua 14 lớp trong năm."] {
            let training = try facts("Tin\n\n" + text).filter { $0.kind == .training }
            #expect(training.map { "\($0.classes ?? -1)/\($0.participants ?? -1)" } == ["14/860"], "\(text)")
        }
    }

    @Test func aLoneNumberWordBeforeClassesCountsThem() throws {
        let text = "Tin\n\nTrung tâm đã mở bốn lớp bồi dưỡng nhận thức về Đảng với 312 học viên và hai lớp bồi dưỡng đảng viên mới với 160 học viên."
        let training = try facts(text).filter { $0.kind == .training }
        #expect(training.map { "\($0.classes ?? -1)/\($0.participants ?? -1)" } == ["4/312", "2/160"])
        /// A guard: "năm lớp 11" is a school year.
        #expect(try facts("Tin\n\nEm được chi bộ giới thiệu vào diện theo dõi từ năm lớp 11, nay đã là đảng viên.")
                    .filter { $0.kind == .training }.isEmpty)
    }

    @Test func partsOfASetOpenedAfterACommaKeepItsMeasure() throws {
        let found = try counts("Tin\n\nTính chung cả năm, trong 52 đảng viên mới có 19 đảng viên nữ và 8 đảng viên là người dân tộc Thái.")
        #expect(found == ["party_members.admitted 52", "party_members.admitted 19", "party_members.admitted 8"])
    }

    @Test func newMembersOfTheYouthUnionAreNotAdmittedToTheParty() throws {
        #expect(try counts("Tin\n\nNăm 2024, các cơ sở Đoàn trong huyện kết nạp 642 đoàn viên mới.") == ["other 642"])
        /// A guard: the Party's admissions of union members stay admissions.
        #expect(try counts("Tin\n\nNăm 2024, Đảng bộ xã kết nạp 12 đoàn viên vào Đảng.") == ["party_members.admitted 12"])
    }

    @Test func dossiersAskingForAdmissionAreCandidates() throws {
        #expect(try counts("Tin\n\nĐảng ủy xã đã tiếp nhận 4 hồ sơ xin kết nạp lại.") == ["candidates.total 4"])
    }

    @Test func aRoundedRepeatInTheBodyIsTheSameFact() throws {
        let text = """
        Đại hội Đảng bộ huyện Yên Thành

        Đảng bộ huyện Yên Thành hiện có 7.412 đảng viên sinh hoạt ở 52 tổ chức cơ sở đảng.

        Đại hội có 250 đại biểu chính thức, đại diện cho hơn 7.400 đảng viên toàn Đảng bộ.
        """
        let members = try facts(text).filter { $0.measure == "party_members.total" }
        #expect(members.map(\.value) == [7412])
        #expect(members.first?.mentions == 2)
    }

    /// A guard: a hedged figure of another period is no rounding ("Mỗi năm … trên dưới 300").
    @Test func aHedgedFigureOfAnotherPeriodIsItsOwnFact() throws {
        let text = "Tin\n\nMỗi năm huyện kết nạp trên dưới 300 đảng viên. Năm 2024, Đảng bộ huyện kết nạp 316 đảng viên."
        #expect(try counts(text) == ["party_members.admitted 300", "party_members.admitted 316"])
    }
}
