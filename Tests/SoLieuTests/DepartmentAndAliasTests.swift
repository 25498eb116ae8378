import Testing
@testable import SoLieu

/// A department of an institution ("Khoa Nhi") is not the organisation a later "Đảng ủy" refers
/// to; a name given after ", còn gọi là" names the organisation named before it. Each text is made
/// up.
struct DepartmentAndAliasTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aDepartmentIsNoAntecedentOfDangUy() throws {
        let text = """
        Đảng bộ Bệnh viện Đa khoa huyện Mường Khoa đi qua từng khoa

        Đảng bộ Bệnh viện Đa khoa huyện Mường Khoa hiện có 96 đảng viên.

        Khoa Ngoại trước đây chỉ có 4 đảng viên nên sinh hoạt ghép với Khoa Gây mê.

        Năm 2024, Đảng ủy kết nạp 9 đảng viên, vượt chỉ tiêu đề ra.
        """
        let admitted = try facts(text).filter { $0.measure == "party_members.admitted" }
        #expect(admitted.map(\.value) == [9])
        #expect(admitted.first?.subject?.hasSuffix("Mường Khoa") == true, "\(admitted.map(\.subject))")
    }

    @Test func aNameAfterConGoiLaIsTheFirstNames() throws {
        let text = "Tin\n\nCuối cùng là Chi bộ Phòng Hành chính, còn gọi là Chi bộ Khối 1, với 31 đảng viên."
        #expect(try facts(text).map(\.subject) == ["Chi bộ Phòng Hành chính"])
    }
}

/// A higher area named in the predicate of "X là huyện …" locates X: the figures after it are X's.
/// The text is made up.
struct CopulaLocatorTests {
    @Test func aProvinceDescribingTheSubjectIsNoSubject() throws {
        let text = """
        Tin

        Sau 5 năm, Đảng bộ huyện Krông Ana Thượng đã kết nạp 418 đảng viên.

        Krông Ana Thượng là huyện phía đông tỉnh Đắk Nông, có 11 xã, thị trấn với 96 thôn, buôn.
        """
        let facts = try TestSupport.extractor().extract(text: text).facts.filter { $0.measure == "other" }
        #expect(facts.map(\.value) == [11, 96])
        #expect(facts.allSatisfy { $0.subject?.hasSuffix("Krông Ana Thượng") == true }, "\(facts.map(\.subject))")
    }
}
