import Testing
@testable import SoLieu

/// A verb only members undergo, in the passive after a comma or an apposition, sets the measure of
/// the count before it; people set apart with "riêng" count what the count before them counts; a
/// source of candidates named before "có … người" counts them across a longer verb phrase. Each
/// sentence is made up.
struct PassiveAfterAppositionTests {
    private func counts(_ text: String) throws -> [String] {
        TestSupport.countLabels(try TestSupport.facts(text))
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

    @Test func aSentenceOpeningWithRiengSetsApartAPartOfTheSentenceBefore() throws {
        let text = "Tin\n\nSố đảng viên kết nạp các năm lần lượt là 30, 34 và 41 đảng viên. "
            + "Riêng đảng viên là nữ, các năm lần lượt là 12, 15 và 19 người."
        let facts = try TestSupport.extractor().extract(text: text).facts
        let parts = facts.filter { $0.group != nil }
        #expect(parts.map(\.value) == [12, 15, 19])
        #expect(parts.allSatisfy { $0.measure == "party_members.admitted" && $0.group == "đảng viên là nữ" })
    }

    /// A guard: a part with a noun of its own in a sentence of its own keeps its own measure.
    @Test func aSetApartGroupOfOthersKeepsItsMeasure() throws {
        #expect(try counts("Toàn huyện có 238 người có uy tín, trong đó 191 người là đảng viên. Riêng đội ngũ già làng có 64 người.")
                == ["other 238", "party_members.total 191", "other 64"])
    }

    @Test func aSourceNamedBeforeALongVerbPhraseCountsCandidates() throws {
        #expect(try counts("Nguồn quần chúng ưu tú toàn huyện đang được theo dõi bồi dưỡng hiện có hơn 1,2 nghìn người.")
                == ["candidates.total 1200"])
    }
}
