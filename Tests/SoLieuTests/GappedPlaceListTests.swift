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

    @Test func placesAfterTrongDoWithBareFiguresArePartsAndLeaveTheWholeInView() throws {
        let facts = try facts("Tin\n\nNăm 2024, Đảng bộ phường Thiên Ân kết nạp 38 đảng viên, trong đó phường Bình Thủy 17, phường Văn Yên 12 và xã Cẩm Hưng 9. Năm 2025, Đảng ủy phường phấn đấu kết nạp từ 40 đến 45 đảng viên.")
        #expect(facts.map(\.value) == [38, 17, 12, 9, 40])
        #expect(facts.map(\.subject) == ["Đảng bộ phường Thiên Ân", "phường Bình Thủy", "phường Văn Yên", "xã Cẩm Hưng",
                                         "Đảng bộ phường Thiên Ân"])
        #expect(facts.prefix(4).allSatisfy { $0.measure == "party_members.admitted" })
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

/// Places named bare at the start of a clause after the article named them with their area word or
/// in a list after one ("bốn xã A Lin, Tà Lao Thượng, Ba Tầng Trên và Hướng Linh Tây"). Each sentence
/// is made up.
struct BarePlaceClauseTests {
    private func facts(_ text: String) throws -> [Fact] { try TestSupport.extractor().extract(text: text).facts }

    @Test func aPlaceListedBeforeAndNamedBareOpeningAClauseIsItsSubject() throws {
        let facts = try facts("""
            Tin

            Ba xã biên giới Pa Ma, Ba Tầng Dưới và Hướng Linh Đông có chung điểm xuất phát. Về kết nạp, Pa Ma kết nạp 47 đảng viên; Ba Tầng Dưới kết nạp 31 đảng viên, Hướng Linh Đông chỉ kết nạp 26 đảng viên.
            """)
        #expect(facts.map(\.value) == [47, 31, 26])
        #expect(facts.map(\.subject) == ["Pa Ma", "Ba Tầng Dưới", "Hướng Linh Đông"])
    }

    /// A guard: names in a list after a place are no clause's place.
    @Test func namesListedAfterAPlaceAreNoSubjects() throws {
        let facts = try facts("""
            Tin

            Xã Yên Hòa mới được lập trên cơ sở ba xã Yên Hòa, Đồng Phúc và Khe Lau cũ. Tỉnh ủy thành lập Đảng bộ xã Yên Hòa trên cơ sở hợp nhất Đảng bộ các xã Yên Hòa, Đồng Phúc và Khe Lau; Ban Chấp hành lâm thời gồm 27 đồng chí.
            """)
        #expect(facts.map(\.value) == [27])
        #expect(facts.first?.subject?.hasSuffix("Yên Hòa") ?? false)
    }

    @Test func caCongTyIsTheWholeCompanyNamedBefore() throws {
        let facts = try facts("Tin\n\nChi bộ Công ty TNHH Điều Phước Lộc được thành lập năm 2019. Trước đó, Chi bộ ấp 4 có 30 đảng viên; khi ấy cả công ty chỉ có 2 đảng viên.")
        #expect(facts.map(\.value) == [30, 2])
        #expect(facts.first?.subject == "Chi bộ ấp 4")
        #expect(facts.last?.subject?.hasSuffix("Công ty TNHH Điều Phước Lộc") ?? false)
    }

    @Test func aConjunctionOrAdverbEndsAName() throws {
        let facts = try facts("Tin\n\nChi bộ Hành chính - Phục vụ tuy chỉ có 18 đảng viên nhưng đã kết nạp 2 đồng chí. Trung tâm GDNN-GDTX huyện chỉ có 9 đảng viên.")
        #expect(facts.map(\.subject) == ["Chi bộ Hành chính - Phục vụ", "Chi bộ Hành chính - Phục vụ", "Trung tâm GDNN-GDTX huyện"])
    }

    @Test func unitsMergedAfterDangBoCacXaAreNoAntecedentOfTheNewOne() throws {
        let facts = try facts("""
            Tin

            Đảng bộ xã Yên Hòa Sơn được thành lập trên cơ sở hợp nhất Đảng bộ các xã Yên Lạc, Hòa Bình Thượng và Sơn Thủy. Xã mới có 27 thôn. Trước khi hợp nhất, Đảng bộ xã Yên Lạc có 612 đảng viên. Đảng bộ xã mới còn 58 chi bộ.
            """)
        #expect(facts.map(\.value) == [27, 612, 58])
        #expect(facts.map(\.subject) == ["Đảng bộ xã Yên Hòa Sơn", "Đảng bộ xã Yên Lạc", "Đảng bộ xã Yên Hòa Sơn"])
    }

    @Test func inCapitalsAStopWordEndsAName() throws {
        let headline = try facts("ĐẠI HỘI ĐẢNG BỘ PHƯỜNG ĐÔNG SƠN LẦN THỨ I: KẾT NẠP TỪ 230 ĐẢNG VIÊN\n\nNăm 2025, Đảng bộ phường Đông Sơn có 1.204 đảng viên.")
        #expect(headline.first?.subject == "ĐẢNG BỘ PHƯỜNG ĐÔNG SƠN")
        let heading = try facts("Tin\n\nNHIỀU CƠ SỞ CÓ CÁCH LÀM MỚI\n\nTrong tháng, toàn huyện kết nạp 28 đảng viên.")
        #expect(heading.first?.subject == "toàn huyện")
    }

    @Test func aNumberBeforeALowerCaseAreaWordCountsAreas() throws {
        let facts = try facts("Tin\n\nTrước sắp xếp, đảng bộ 4 phường có tổng cộng 88 chi bộ; nay Đảng bộ phường An Thái có 71 chi bộ trực thuộc.")
        #expect(facts.map(\.value) == [4, 88, 71])
        #expect(!facts.contains { $0.subject?.contains("4") ?? false })
    }
}
