import Testing
@testable import SoLieu

/// Classes of a school against training classes: a school's classes are counted with its pupils and
/// have no topic. Each sentence is made up.
struct ClassCountShapeTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aSchoolsClassesCountedWithItsPupilsAreACount() throws {
        for text in ["Trường THCS Tân An hiện có 1.032 học sinh ở 30 lớp; đội ngũ có 25 đảng viên.",
                     "Trường THCS Tân An hiện có 30 lớp với 1.032 học sinh; đội ngũ có 25 đảng viên.",
                     "Năm học này, Trường THCS Tân An có 30 lớp học, 1.032 học sinh; đội ngũ có 25 đảng viên."] {
            let facts = try facts("Tin\n\n" + text)
            #expect(facts.map(\.kind) == [.count, .count, .count], "\(text)")
            let classes = facts.first { $0.value == 30 }
            #expect(classes?.measure == "other")
            #expect(classes?.unit == "lớp")
            #expect(facts.first { $0.value == 1032 }?.unit == "học sinh")
        }
    }

    /// A guard: classes opened for pupils, or with a topic, stay training.
    @Test func classesOpenedForPupilsOrWithATopicAreTraining() throws {
        for text in ["Chi bộ Trường THPT Tân An mở 3 lớp cho 120 học sinh ưu tú.",
                     "Chi bộ Trường THPT Tân An có 3 lớp bồi dưỡng nhận thức về Đảng với 120 học sinh."] {
            let facts = try facts("Tin\n\n" + text)
            #expect(facts.map(\.kind) == [.training], "\(text)")
            #expect(facts.first?.classes == 3)
            #expect(facts.first?.participants == 120)
        }
    }

    /// "2/3 lớp, 142 học viên": two classes held of three planned.
    @Test func heldOfPlannedClassesAreTheHeld() throws {
        let facts = try facts("Tin\n\nNăm 2025, Trung tâm Chính trị huyện Ea Lâm mở các lớp.\n- Sơ cấp lý luận chính trị: 2/3 lớp, 142 học viên.")
        #expect(facts.map { "\($0.kind) \($0.classes ?? 0) \($0.participants ?? 0)" } == ["training 2 142"])
    }
}
