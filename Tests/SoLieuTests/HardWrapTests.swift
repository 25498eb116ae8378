import Testing
@testable import SoLieu

/// Text wrapped at a fixed width (copied out of a PDF file) is read as running text; headings,
/// list items, table rows and short lines keep their line breaks. Each text is made up.
struct HardWrapTests {
    @Test func aWrappedLineRunsOnIntoALowerCaseOne() throws {
        let text = "Tính đến ngày 31/12/2024, Đảng bộ xã có 18 chi bộ với tổng\nsố 512 đảng viên; trong đó 160 đảng viên\nnữ."
        #expect(try Normalizer.normalize(text)
                == "Tính đến ngày 31/12/2024, Đảng bộ xã có 18 chi bộ với tổng số 512 đảng viên; trong đó 160 đảng viên nữ.")
    }

    @Test func aLongLineRunsOnIntoANumberOrACodeFollowedByALowerCaseWord() throws {
        let text = "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện, kết quả năm\n2024 như sau; Hướng dẫn số\n"
            + "01-HD/TW ngày 28/9/2021 của Ban Bí thư về thi hành Điều lệ Đảng, Quy định số\n24-QĐ/TW."
        // ("24-QĐ/TW." ends its line: no lower-case word follows it.)
        #expect(try Normalizer.normalize(text) == "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện, kết quả năm 2024 "
                + "như sau; Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư về thi hành Điều lệ Đảng, Quy định số\n24-QĐ/TW.")
    }

    /// A guard: what starts a line of its own keeps its line break.
    @Test func headingsItemsRowsAndShortLinesKeepTheirBreaks() throws {
        let texts = [
            "Các chi bộ đã thực hiện tốt việc tạo nguồn phát triển đảng viên\nI. KẾT QUẢ",  // a heading
            "Ban Thường vụ giao chỉ tiêu kết nạp đảng viên đến từng chi bộ;\nb) các chi bộ …",  // after ";"
            "Ban Thường vụ giao chỉ tiêu kết nạp đảng viên đến từng chi bộ và\nb) các chi bộ …",  // an item
            "Kết quả kết nạp đảng viên năm 2024 theo khối trong toàn huyện\n1 Xã, thị trấn 248 263",  // a row
            "Kết quả kết nạp đảng viên năm 2024 theo khối trong toàn huyện\n2. kết nạp 5",  // a numbered item
            "Nhóm giữa: các xã trung du\nkết nạp 8 đảng viên",  // a short line
            "Các chi bộ đã thực hiện tốt việc tạo nguồn phát triển đảng viên\n\nnăm 2025",  // a blank line
        ]
        for text in texts {
            #expect(try Normalizer.normalize(text) == text)
        }
    }

    @Test func factsOfAWrappedReportAreFound() throws {
        let text = """
        Báo cáo kết quả năm 2024

        Năm 2024, toàn Đảng bộ kết nạp 215 đảng viên, đạt 107,5% chỉ tiêu. Trong số đảng
        viên mới có 64 đảng viên nữ và 31 người dân tộc thiểu số. Đến cuối năm, nguồn quần chúng
        ưu tú đang được các chi bộ theo dõi, bồi dưỡng là 540 người.
        """
        let facts = try TestSupport.extractor().extract(text: text).facts
        #expect(TestSupport.countLabels(facts)
                == ["party_members.admitted 215", "party_members.admitted 64", "party_members.admitted 31", "candidates.total 540"])
    }
}
