import Foundation
import Testing
@testable import SoLieu

struct JSONLinesTests {
    @Test func scrapedArticleFields() {
        let line = #"{"id": 42, "source": "https://baomoi.example/a", "title": "Tin", "date": "2022-08-03", "text": "Chi bộ có 12 đảng viên."}"#
        let article = ScrapedArticle.read(Array(line.utf8), number: 3, fallbackID: "feed")
        #expect(article.id == "42")
        #expect(article.document.url == "https://baomoi.example/a")
        #expect(article.document.stated.title == "Tin")
        #expect(article.document.stated.published == "2022-08-03")
        #expect(article.document.text == "Chi bộ có 12 đảng viên.")
        #expect(article.document.format == "jsonl")
    }

    @Test(arguments: [
        (#"{"text": "x"#, "invalid_json_line"),
        (#"["text"]"#, "invalid_json_line"),
        (#"{"id": "a", "title": "no text"}"#, "missing_text"),
        (#"{"id": "a", "text": "   "}"#, "missing_text"),
    ])
    func brokenLinesGiveErrors(_ line: String, _ code: String) throws {
        let record = try TestSupport.extractor().record(forLine: Array(line.utf8), number: 7, path: "f.jsonl", fallbackID: "f")
        #expect(record.diagnostics.first?.code == code)
        #expect(record.failed)
        #expect(record.line == 7)
        #expect(record.id == (code == "missing_text" ? "a" : "f-7"))
        #expect(SchemaValidator.article.validate(record.json()).isEmpty)
    }

    @Test func htmlFieldIsReadAsAPage() throws {
        let line = #"{"id": "h", "url": "https://x.vn/h", "html": "<nav>Menu 99 đảng viên</nav><h1>Tiêu đề</h1><p>Chi bộ An Lạc kết nạp 3 đảng viên.</p>"}"#
        let record = try TestSupport.extractor().record(forLine: Array(line.utf8), number: 1, path: nil, fallbackID: "stdin")
        #expect(record.format == "jsonl")
        #expect(record.url == "https://x.vn/h")
        #expect(record.metadata.title == "Tiêu đề")
        #expect(record.facts.map(\.value) == [3])
    }

    @Test func wholeFileGivesOneRecordPerLine() throws {
        let text = #"{"id": "a", "text": "Chi bộ có 12 đảng viên."}"# + "\r\n\n" + "not json\n" + #"{"text": "Chi bộ có 5 đảng viên."}"#
        let records = try TestSupport.extractor().records(for: InputDocument(id: "feed", path: "feed.jsonl", bytes: Array(text.utf8)))
        #expect(records.map(\.id) == ["a", "feed-3", "feed-4"])
        #expect(records.map(\.line) == [1, 3, 4])
        #expect(records.map { $0.facts.map(\.value) } == [[12], [], [5]])
    }

    @Test(arguments: [
        ("2022-08-03T11:18:00.123+0700", "2022-08-03T11:18:00+07:00"),
        ("2022-08-03 11:18", "2022-08-03T11:18:00"),
        ("2022/08/03", "2022-08-03"),
        ("2022-08-03T11:18:00Z", "2022-08-03T11:18:00Z"),
        ("  2022-08-03  ", "2022-08-03"),
        ("Thứ tư, 03/08/2022 - 11:18", "2022-08-03T11:18:00+07:00"),
        ("2022-02-30", nil),
        ("2022-08-03T25:00", nil),
        ("hôm qua", nil),
    ] as [(String, String?)])
    func publishedDatesAreNormalised(_ value: String, _ iso: String?) {
        #expect(PublishedDate.normalize(value) == iso)
    }

    @Test func lineReaderReadsLinesAsTheyComeAndKnowsCutLines() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let reader = LineReader(descriptor: fds[0], prefix: Array("first\r\nsec".utf8))
        _ = "ond\nthird".withCString { write(fds[1], $0, 9) }
        close(fds[1])
        var lines: [String] = []
        var terminated: [Bool] = []
        while let (line, _) = try reader.next() {
            lines.append(String(decoding: line, as: UTF8.self))
            terminated.append(reader.lastLineTerminated)
        }
        close(fds[0])
        #expect(lines == ["first", "second", "third"])
        #expect(terminated == [true, true, false])
    }

    @Test func formatIsToldFromExtensionThenContent() {
        #expect(InputFormat.auto.resolved(path: "a/b.HTML", prefix: []) == .html)
        #expect(InputFormat.auto.resolved(path: "x.jsonl", prefix: Array("plain".utf8)[...]) == .jsonl)
        #expect(InputFormat.auto.resolved(path: nil, prefix: Array(#"{"id": 1, "text": "x"}"#.utf8)[...]) == .jsonl)
        #expect(InputFormat.auto.resolved(path: nil, prefix: Array(#"{"not": "an article"}"#.utf8)[...]) == .text)
        #expect(InputFormat.auto.resolved(path: "a.dat", prefix: Array("\n  <!doctype html><p>".utf8)[...]) == .html)
        #expect(InputFormat.auto.resolved(path: nil, prefix: Array("<3 Đảng bộ".utf8)[...]) == .text)
        #expect(InputFormat.text.resolved(path: "a.html", prefix: []) == .text)
    }
}
