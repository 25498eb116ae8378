import Testing
@testable import SoLieu

/// A figure in an interviewer's question that the answer gives again, rounded, confirmed or
/// corrected, is one fact: the answer's. Each interview is made up.
struct InterviewAnswerTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    private func counts(_ text: String) throws -> [(String, Double)] {
        try facts(text).filter { $0.kind == .count }.map { ($0.measure ?? "", $0.value ?? -1) }
    }

    @Test func aRoundedFigureInAQuestionIsTheAnswersFigure() throws {
        let text = """
        Bí thư Đảng ủy xã Hòa Mỹ Tây trả lời phỏng vấn

        PV: Thưa ông, Đảng bộ xã hiện có hơn 900 đảng viên, công tác quản lý có gì khó khăn?

        Ông Trần Văn Lộc: Đảng bộ xã có 947 đảng viên sinh hoạt ở 21 chi bộ. Khó nhất là quản lý đảng viên đi làm ăn xa.
        """
        let found = try facts(text).filter { $0.measure == "party_members.total" }
        #expect(found.map(\.value) == [947])
        #expect(found.first?.mentions == 2)
    }

    @Test func aPercentageAskedRoughlyIsTheAnswersPercentage() throws {
        let text = """
        Phỏng vấn

        PV: Đến nay xã đã đạt khoảng 80% chỉ tiêu kết nạp?

        Ông Trần Văn Lộc: Đến hết tháng 10, Đảng bộ kết nạp 17 đảng viên, bằng 85% chỉ tiêu năm.
        """
        #expect(try facts(text).filter { $0.kind == .percentage }.map(\.value) == [85])
    }

    @Test func aFigureTheAnswerCorrectsIsNotAFact() throws {
        let text = """
        Trao đổi với Bí thư Đảng ủy phường

        PV: Năm nay phường đã xóa tên 7 đảng viên?

        Bà Lê Thu Hà: Không phải vậy. Đảng ủy xóa tên 5 đảng viên bỏ sinh hoạt, còn lại là chuyển sinh hoạt đi nơi khác.

        PV: Thưa bà, phường có 40 chi bộ?

        Bà Lê Thu Hà: Anh nhầm rồi, phường có 43 chi bộ trực thuộc.
        """
        let found = try counts(text)
        #expect(found.contains { $0 == ("party_members.struck_off", 5) })
        #expect(!found.contains { $0.1 == 7 }, "\(found)")
        #expect(found.contains { $0 == ("party_units.total", 43) })
        #expect(!found.contains { $0.1 == 40 }, "\(found)")
    }

    @Test func anAnswerConfirmingAFigureKeepsTheQuestionsVerb() throws {
        let text = """
        Phỏng vấn

        PV: Năm 2024 xã kết nạp được 26 đảng viên. Năm nay thì sao?

        Ông Trần Văn Lộc: Đúng là 26 đảng viên. Năm nay chúng tôi phấn đấu kết nạp 30 đảng viên.
        """
        let found = try counts(text)
        #expect(found.filter { $0.1 == 26 }.map(\.0) == ["party_members.admitted"], "\(found)")
    }

    /// A guard: a question's figure of another period than the answer's stays a fact, and without
    /// a word of correction an exact figure the answer does not repeat stays one too.
    @Test func aQuestionsFigureOfAnotherPeriodOrNotCorrectedStays() throws {
        let text = """
        Phỏng vấn

        PV: Năm 2023, xã kết nạp 18 đảng viên. Năm 2024 kết quả thế nào?

        Ông Trần Văn Lộc: Năm 2024, Đảng bộ kết nạp 21 đảng viên.

        PV: Xã có 35 chi bộ, việc sinh hoạt ra sao?

        Ông Trần Văn Lộc: Các chi bộ sinh hoạt đều đặn; 12 chi bộ được đánh giá hoàn thành xuất sắc nhiệm vụ.
        """
        let values = try counts(text).map(\.1)
        #expect(values.contains(18) && values.contains(21) && values.contains(35) && values.contains(12), "\(values)")
    }
}
