import Testing
@testable import SoLieu

/// A unit ranked "với N đảng viên" counts what the ranking ranks: the verb of the count before it,
/// or the verb before a standout word in its own clause. Each sentence is made up.
struct RankingTests {
    private func counts(_ text: String) throws -> [String] {
        TestSupport.countLabels(try TestSupport.extractor().extract(text: "Tin\n\n" + text).facts)
    }

    @Test func aRankedUnitCountsWhatTheCountBeforeCounts() throws {
        #expect(try counts("Xã Bản Lầm kết nạp 27 đảng viên, nhiều nhất huyện; xã Tà Xùa đứng thứ hai với 19 đảng viên.")
                == ["party_members.admitted 27", "party_members.admitted 19"])
    }

    @Test func aVerbBeforeAStandoutWordNamesWhatIsRanked() throws {
        #expect(try counts("Đơn vị kết nạp nhiều nhất trong năm là Đảng bộ xã Tà Xùa với 16 đảng viên.")
                == ["party_members.admitted 16"])
    }

    /// A guard: the largest cell by its members is counted by its members.
    @Test func theLargestCellCountsItsMembers() throws {
        #expect(try counts("Năm nay xã kết nạp 9 đảng viên. Chi bộ thôn Đông là chi bộ lớn nhất với 52 đảng viên.")
                == ["party_members.admitted 9", "party_members.total 52"])
    }
}
