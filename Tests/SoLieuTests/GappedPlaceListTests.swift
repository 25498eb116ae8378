import Testing
@testable import SoLieu

/// Places listed after a count with their bare figures ("…, xã Đông Lạc 68, xã Tân Hưng Hạ 49."),
/// and numbers after a place's name that are the place's figures, not part of its name. Each
/// sentence is made up.
struct GappedPlaceListTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func placesWithBareFiguresAfterACountShareItsVerbAndNoun() throws {
        let facts = try facts("Tin\n\nTrong nhiệm kỳ, Đảng bộ phường Hòa Nam kết nạp 97 đảng viên, xã Phú Lạc 68, xã Tân Hưng Thượng 49. Các đảng bộ đều hoàn thành chỉ tiêu.")
        #expect(facts.map(\.value) == [97, 68, 49])
        #expect(facts.allSatisfy { $0.measure == "party_members.admitted" && $0.unit == "đảng viên" })
        #expect(facts.map(\.subject) == ["Đảng bộ phường Hòa Nam", "xã Phú Lạc", "xã Tân Hưng Thượng"])
    }

    /// A guard: a village's number of one digit is still its name's.
    @Test func aVillagesOneDigitNumberStaysInItsName() throws {
        let facts = try facts("Tin\n\nChi bộ thôn Pà Cò 2 có 21 đảng viên, thôn Nà Ngần 1 có 17 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ thôn Pà Cò 2", "thôn Nà Ngần 1"])
    }

    @Test func kilometresAfterADistrictWordAreADistanceNotItsName() throws {
        let facts = try facts("Tin\n\nXã Ia Mơr cách trung tâm huyện 62 km; toàn xã có 212 đảng viên.")
        #expect(facts.map(\.value) == [62, 212])
        #expect(facts.first?.unit == "km")
        #expect(!facts.contains { $0.subject?.contains("62") ?? false })
    }
}
