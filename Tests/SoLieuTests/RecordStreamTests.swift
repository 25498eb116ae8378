import Foundation
import Testing
@testable import SoLieu

/// The record's one layout (`ArticleRecord.emit`) drives the byte writer, the tree and the schema's
/// fast path: the writer must give the tree's bytes, and the fast path the full validator's verdict.
struct RecordStreamTests {
    /// Records of every corpus file and the seed, plus inputs that give diagnostics, a URL and a line.
    static let records: [ArticleRecord] = {
        guard let extractor = try? TestSupport.extractor() else { return [] }
        var out: [ArticleRecord] = []
        for file in TestSupport.corpusFiles(["corpus/articles", "corpus/holdout-2", "corpus/holdout-html"]) {
            out.append(extractor.record(for: InputDocument(id: file.name, path: file.path, bytes: file.bytes)))
        }
        out.append(extractor.record(for: InputDocument(id: "empty", path: nil, bytes: [])))
        out.append(extractor.record(for: InputDocument(id: "bad", path: "x.txt", bytes: [0x44, 0xC3, 0x28, 0x41])))
        let line = Array(#"{"url":"https://báo.vn/a?b=\"c\"","title":"Tin \u2028 mới","text":"Chi bộ kết nạp 5 đảng viên."}"#.utf8)
        out.append(extractor.record(forLine: line, number: 3, path: "feed.jsonl", fallbackID: "feed"))
        return out
    }()

    @Test func writerGivesTheTreesBytes() throws {
        #expect(Self.records.count > 20)
        for record in Self.records {
            for pretty in [false, true] {
                #expect(record.jsonBytes(pretty: pretty, terminator: 0x0A) == record.json().serializedBytes(pretty: pretty, terminator: 0x0A),
                        "\(record.id) pretty=\(pretty)")
            }
        }
    }

    @Test(arguments: [0, 7, 10, 99, 1_000, 123_456_789, -1, -42, 999_999_999_999_999, 1_000_000_000_000_000, Int.max, Int.min])
    func integersAreWrittenAsTheTreeWritesThem(_ n: Int) {
        var writer = JSONByteWriter(pretty: false)
        writer.integer(n)
        #expect(writer.bytes == JSONValue.number(Double(n)).serializedBytes())
    }

    @Test func fastPathAcceptsWhatTheValidatorAccepts() throws {
        for record in Self.records {
            #expect(SchemaValidator.article.validate(record.json()).isEmpty, "\(record.id)")
            #expect(SchemaValidator.article.isValid(record), "\(record.id)")
        }
    }

    /// Each change breaks the schema; the fast path must not call the result valid.
    static func breakages() -> [(String, (inout ArticleRecord) -> Void)] { [
        ("unknown measure", { $0.facts[0].measure = "party_members.everything" }),
        ("negative value", { $0.facts[0].value = -3 }),
        ("empty unit", { $0.facts[0].unit = "" }),
        ("empty subject", { $0.facts[0].subject = "" }),
        ("count without value", { $0.facts[0].value = nil }),
        ("no mentions", { $0.facts[0].mentions = 0 }),
        ("empty evidence", { $0.facts[0].evidence.text = "" }),
        ("negative offset", { $0.facts[0].evidence.start = -1 }),
        ("document without number", { $0.facts[0].kind = .documentRef; $0.facts[0].number = nil }),
        ("bad date", { $0.facts[0].kind = .documentRef; $0.facts[0].number = "28-CT/TW"; $0.facts[0].date = "21/01/2019" }),
        ("negative classes", { $0.facts[0].kind = .training; $0.facts[0].classes = -1 }),
        ("empty id", { $0.id = "" }),
        ("bad hash", { $0.sha256 = "ABC" }),
        ("line zero", { $0.line = 0 }),
        ("unknown format", { $0.format = "pdf" }),
        ("bad published", { $0.metadata.published = "hôm qua" }),
        ("empty title", { $0.metadata.title = "" }),
        ("bad diagnostic code", { $0.diagnostics.append(Diagnostic(.warning, "Bad Code", "x")) }),
        ("empty diagnostic message", { $0.diagnostics.append(Diagnostic(.warning, "code", "")) }),
        ("negative diagnostic offset", { $0.diagnostics.append(Diagnostic(.error, "code", "x", offset: -2)) }),
    ] }

    @Test func fastPathRefusesWhatTheValidatorRefuses() throws {
        let extractor = try TestSupport.extractor()
        let base = extractor.record(for: InputDocument(id: "x", path: nil, bytes: Array("Chi bộ An Lạc có 12 đảng viên.".utf8)))
        try #require(SchemaValidator.article.isValid(base) && base.facts.count == 1)
        for (name, breakIt) in Self.breakages() {
            var broken = base
            breakIt(&broken)
            #expect(!SchemaValidator.article.validate(broken.json()).isEmpty, "\(name): the validator refuses it")
            #expect(!SchemaValidator.article.isValid(broken), "\(name): the fast path does not call it valid")
        }
    }

    /// Schemas with constructs the fast path does not follow: it declines (false), whatever the value.
    @Test func fastPathDeclinesWhatItDoesNotFollow() throws {
        let extractor = try TestSupport.extractor()
        let record = extractor.record(for: InputDocument(id: "x", path: nil, bytes: Array("Chi bộ An Lạc có 12 đảng viên.".utf8)))
        let schemas = [
            #"{"type": "object", "anyOf": [{"required": ["id"]}]}"#,
            #"{"allOf": [{"type": "object"}]}"#,
            ##"{"type": "object", "properties": {"id": {"$ref": "#/$defs/missing"}}}"##,
            #"{"type": "object", "properties": {"facts": {"items": {"oneOf": [{"type": "object"}, {"type": "string"}]}}}}"#,
            #"{"type": "object", "required": ["nothing_like_it"]}"#,
        ]
        for text in schemas {
            let validator = SchemaValidator(schema: try JSONValue.parse(text))
            #expect(!validator.isValid(record), "\(text)")
        }
        // A schema it does follow, for contrast.
        let plain = SchemaValidator(schema: try JSONValue.parse(#"{"type": "object", "properties": {"id": {"type": "string"}, "facts": {"type": "array"}}, "required": ["id", "facts"]}"#))
        #expect(plain.isValid(record))
    }
}
