import Testing
@testable import SoLieu

/// A verb only members undergo, in the passive after a comma or an apposition, sets the measure of
/// the count before it; people set apart with "riêng" count what the count before them counts; a
/// source of candidates named before "có … người" counts them across a longer verb phrase. Each
/// sentence is made up.
struct PassiveAfterAppositionTests {
    private func counts(_ text: String) throws -> [String] {
        try TestSupport.extractor().extract(text: "Tin\n\n" + text).facts.filter { $0.kind == .count }
            .map { "\($0.measure ?? "") \(Int($0.value ?? -1))" }
    }

    @Test func aPassiveVerbAfterAnAppositionIsTheCountsVerb() throws {
        #expect(try counts("Ba đảng viên cao tuổi của Chi bộ thôn Đông, vừa được trao Huy hiệu 60 năm tuổi Đảng, phát biểu cảm tưởng.")
                == ["party_members.badge_awarded 3"])
        #expect(try counts("Năm nay có 45 đảng viên trẻ, phần lớn là công nhân nhà máy, được công nhận đảng viên chính thức.")
                == ["party_members.official 45"])
    }

    /// A guard: "được công nhận" alone says something of the cell, not of its members.
    @Test func aRecognitionOfTheCellIsNoMembersVerb() throws {
        #expect(try counts("Chi bộ thôn Đông có 30 đảng viên, được công nhận chi bộ trong sạch, vững mạnh.") == ["party_members.total 30"])
    }

    @Test func peopleSetApartCountWhatTheCountBeforeCounts() throws {
        #expect(try counts("Đảng ủy đang bồi dưỡng nguồn 23 quần chúng ưu tú, riêng Chi bộ Bản Mòng có 7 người.")
                == ["candidates.total 23", "candidates.total 7"])
    }

    @Test func aSourceNamedBeforeALongVerbPhraseCountsCandidates() throws {
        #expect(try counts("Nguồn quần chúng ưu tú toàn huyện đang được theo dõi bồi dưỡng hiện có hơn 1,2 nghìn người.")
                == ["candidates.total 1200"])
    }
}
