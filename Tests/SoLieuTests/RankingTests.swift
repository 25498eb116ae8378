import Testing
@testable import SoLieu

/// A unit ranked "với N đảng viên" counts what the ranking ranks: the verb of the count before it,
/// or the verb before a standout word in its own clause. Each sentence is made up.
struct RankingTests {
    private func counts(_ text: String) throws -> [String] {
        TestSupport.countLabels(try TestSupport.facts(text))
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

    /// A ranking paragraphs after the ranked count it restates takes that count's measure; its
    /// later places, with a figure in brackets, a bare figure or "cùng", are ranked by it too.
    @Test func aRankingListTakesTheMeasureOfTheRankingToldBefore() throws {
        let text = """
        Xã Nà Khương đứng đầu với 21 đảng viên mới.

        Huyện đã công khai bảng xếp hạng từng xã.

        Dẫn đầu bảng là xã Nà Khương với 21 đảng viên, tiếp theo là xã Pắc Nậm (16), thị trấn Bằng Lũng \
        13 đảng viên, xã Cốc Đán và xã Thượng Ân cùng 11 đảng viên.
        """
        let facts = try TestSupport.facts(text)
        #expect(TestSupport.countLabels(facts) == ["party_members.admitted 21", "party_members.admitted 16",
                                                    "party_members.admitted 13", "party_members.admitted 11",
                                                    "party_members.admitted 11"])
        #expect(facts.map { $0.subject ?? "-" } == ["Xã Nà Khương", "xã Pắc Nậm", "thị trấn Bằng Lũng", "xã Cốc Đán", "xã Thượng Ân"])
    }

    /// "xã Quang Sơn 7;" after a count: one digit after a commune's name is the commune's figure
    /// ("thôn Pà Cò 2" keeps its number).
    @Test func oneDigitAfterACommunesNameIsItsFigure() throws {
        #expect(try counts("Các xã Tân Long và Minh Đức mỗi nơi kết nạp 8 đảng viên; xã Quang Sơn 7; xã Bản Ngoại 6 đảng viên.")
                .contains("party_members.admitted 7"))
        let facts = try TestSupport.extractor().extract(text: "Tin\n\nChi bộ thôn Pà Cò 2 kết nạp 3 đảng viên.").facts
        #expect(facts.map { $0.subject ?? "-" } == ["Chi bộ thôn Pà Cò 2"])
    }
}
