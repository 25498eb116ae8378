import Testing
@testable import SoLieu

/// Numbers printed the English way in a Vietnamese article: made-up texts.
struct ThousandsCommaTests {
    /// "1,126 đảng viên", "2,615 quần chúng ưu tú": people are whole, so the comma groups thousands;
    /// "1,125 tỷ đồng" and "2,5 ha" keep their decimals.
    @Test func aCommaBeforeThreeDigitsGroupsThousandsOfPeopleAndUnits() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Vĩnh Kha Hạ đã kết nạp 1,126 đảng viên, đạt 112.6% chỉ tiêu; có 2,615 quần chúng ưu tú; \
        chỉ tiêu là 1,000 đảng viên. Huyện thu 1,125 tỷ đồng và trồng 2,5 ha rừng.
        Đảng bộ sẽ tiếp tục.
        """)
        #expect(facts.first { $0.measure == "party_members.admitted" }?.value == 1126)
        #expect(facts.first { $0.measure == "candidates.total" }?.value == 2615)
        #expect(facts.contains { $0.value == 1000 })
        #expect(facts.first { $0.kind == .percentage }?.value == 112.6)
        #expect(facts.first { $0.unit == "tỷ đồng" }?.value == 1.125)
        #expect(facts.first { $0.unit == "ha" }?.value == 2.5)
    }
}

/// Changes written in brackets after a count: made-up texts.
struct BracketedChangeTests {
    /// "1.036 đảng viên (+14)", "318 người (tăng 11)", "13 đồng chí (-1)": each change is a net change
    /// (`other`) in the count's noun, not a part of the count.
    @Test func aChangeInBracketsAfterACountIsANetChange() throws {
        let facts = try TestSupport.facts("""
        Năm 2024, Đảng bộ phường Hòa Lạc Hạ có 1.036 đảng viên (+14). Đảng viên từ 70 tuổi trở lên 318 người (tăng 11). \
        Đảng ủy công nhận đảng viên chính thức cho 13 đồng chí (-1).
        Đảng bộ sẽ tiếp tục.
        """)
        #expect(facts.first { $0.value == 14 }?.measure == "other")
        #expect(facts.first { $0.value == 14 }?.unit == "đảng viên")
        #expect(facts.first { $0.value == 11 }?.measure == "other")
        #expect(facts.first { $0.value == 1 }?.measure == "other")
        #expect(facts.first { $0.value == 13 }?.measure == "party_members.official")
    }
}

/// A body's planned members after a plan word: made-up texts.
struct PlannedBodyTests {
    /// "Ban Chấp hành … khóa mới dự kiến gồm 15 đồng chí, trong đó 3 đồng chí là nữ": the body's own
    /// members (`other`), not the organisation's party members; "xem xét 7 đảng viên" after "Ban
    /// Thường vụ Huyện ủy" stays members.
    @Test func aBodysPlannedMembersAreOther() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Tin

        Đảng bộ xã Kỳ Sơn Đông Hạ chuẩn bị đại hội. Về nhân sự, Ban Chấp hành Đảng bộ xã khóa mới dự kiến gồm 15 đồng chí, trong đó 3 đồng chí là nữ. \
        Năm qua, Ban Thường vụ Đảng ủy đã xem xét 7 đảng viên hai năm liền không hoàn thành nhiệm vụ.
        """).facts
        #expect(facts.first { $0.value == 15 }?.measure == "other")
        #expect(facts.first { $0.value == 3 }?.measure == "other")
        #expect(facts.first { $0.value == 7 }?.measure == "party_members.total")
    }
}

/// The set a breakdown opening a paragraph is of: made-up texts.
struct ParagraphSetTests {
    /// "Trong số 31 đảng viên mới, 12 người là …" opening a new paragraph: the parts are of the set
    /// the marker names (the blank line between paragraphs is no sentence of its own).
    @Test func aBreakdownOpeningAParagraphIsOfTheSetItNames() throws {
        let facts = try TestSupport.facts("""
        Dịp 19/5, Đảng bộ huyện Tân Phú Sơn Hạ kết nạp 31 đảng viên mới.

        Trong số 31 đảng viên mới, 12 người là đoàn viên thanh niên, 7 người là đồng bào dân tộc Mường.
        Đảng bộ sẽ tiếp tục.
        """)
        #expect(facts.first { $0.value == 12 }?.measure == "party_members.admitted")
        #expect(facts.first { $0.value == 7 }?.measure == "party_members.admitted")
    }

    /// "Trong số 22 đồng chí nhận Huy hiệu …, có 9 đồng chí là nữ" after a paragraph about a commune:
    /// the 9 are of the 22 (its measure and subject), not of the commune's last count.
    @Test func thePartsOfANamedSetKeepItsSubject() throws {
        let facts = try TestSupport.facts("""
        Đảng bộ huyện Đông Quan Hạ trao Huy hiệu Đảng cho 412 đảng viên. Đảng bộ xã Đông Vinh Hạ kết nạp 11 đảng viên.

        Trong số 22 đồng chí nhận Huy hiệu 30 năm tuổi Đảng đợt này, có 9 đồng chí là nữ.
        """)
        let set = facts.first { $0.value == 22 }, part = facts.first { $0.value == 9 }
        #expect(part?.measure == set?.measure)
        #expect(part?.measure == "party_members.badge_awarded")
    }
}

/// A part counted "trên tổng số" its whole: made-up texts.
struct PartOfWholeTests {
    /// "45 trên tổng số 52 người là đảng viên": the 45 are members, the 52 the people they are among;
    /// "trên 50 đảng viên" stays a hedge; "lên 17 trên tổng số 38 cán bộ" after "số đảng viên" counts
    /// members.
    @Test func aPartOnItsWholeWithTrenTongSo() throws {
        let facts = try TestSupport.extractor().extract(text: """
        Tin

        Hạt Kiểm lâm Bù Lách Hạ có 52 công chức. Trong đó, 45 trên tổng số 52 người là đảng viên. Năm nay trên 50 đảng viên được khen. \
        Chi bộ Trường THCS Mỹ Hòa Hạ kết nạp 1 đảng viên, nâng số đảng viên của chi bộ lên 17 trên tổng số 38 cán bộ.
        """).facts
        #expect(facts.first { $0.value == 45 }?.measure == "party_members.total")
        #expect(facts.first { $0.value == 50 }?.qualifier == .over)
        #expect(facts.first { $0.value == 17 }?.measure != "other")
    }
}
