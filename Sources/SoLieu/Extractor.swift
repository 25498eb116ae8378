import Foundation

/// The result of reading one article's text.
public struct Extraction: Sendable {
    /// The normalised text that evidence offsets refer to.
    public let text: String
    public let metadata: ArticleMetadata
    public let facts: [Fact]
}

/// Reads articles and builds their records. The entry point of the library.
///
/// ```swift
/// let extractor = try Extractor()
/// let record = extractor.record(for: InputDocument(id: "a", path: nil, bytes: Array(text.utf8)))
/// print(record.serialized())
/// ```
///
/// An extractor owns ICU iterators: use one per thread.
public final class Extractor {
    public let lexicons: Lexicons
    private let analyzer: Analyzer
    private let validator: SchemaValidator

    /// - Parameter lexicons: the language data; the bundled lexicons by default.
    public init(lexicons: Lexicons? = nil) throws {
        let lexicons = try lexicons ?? Lexicons.bundled()
        self.lexicons = lexicons
        analyzer = try Analyzer(abbreviations: lexicons.abbreviations)
        validator = SchemaValidator.article
    }

    /// Tokens and sentences of normalised text (for `solieu tokenize`).
    public func analyze(_ normalizedText: String) throws -> TextAnalysis {
        try analyzer.analyze(normalizedText)
    }

    /// The text stage alone: `text` normalised, tokenised and split into sentences.
    public func textAnalysis(of text: String) throws -> TextAnalysis {
        let units = try Normalizer.normalizedUnits(text)
        return try analyzer.analyze(UTF16Text.string(units), units: units)
    }

    /// Normalises `text` and reads its metadata and facts.
    public func extract(text: String) throws -> Extraction {
        try extract(text: text, statedTitle: nil)
    }

    /// `extract(text:)`, with the headline a page states (its `<h1>`), which marks where the
    /// headline's restatements end when the text has it.
    func extract(text: String, statedTitle: String?) throws -> Extraction {
        let analysis = try textAnalysis(of: text)
        let normalized = analysis.text
        let metadata = ArticleMetadata.read(normalized, scalars: analysis.scalars)
        var headlineEnd = 0
        for title in [statedTitle, metadata.title].compactMap({ $0 }) {
            if let start = Self.firstOffset(of: Array(title.unicodeScalars), in: analysis.scalars) {
                headlineEnd = start + title.unicodeScalars.count
                break
            }
        }
        var facts = FactExtractor.facts(in: analysis, lexicons: lexicons, headlineEnd: headlineEnd)
        // Lines after the byline are page chrome (licence, contacts): not the article.
        if let footer = metadata.footerStart { facts.removeAll { $0.evidence.start >= footer } }
        let links = ArticleMetadata.relatedLinkLines(analysis.scalars)
        if !links.isEmpty { facts.removeAll { fact in links.contains { $0.contains(fact.evidence.start) } } }
        return Extraction(text: normalized, metadata: metadata, facts: facts)
    }

    /// The code point offset where `needle` first occurs in `text` (Knuth–Morris–Pratt: linear in
    /// both, whatever a page's headline or lines hold).
    static func firstOffset(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= text.count else { return nil }
        // failure[i]: the length of the longest proper border of needle[0...i].
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for (i, scalar) in text.enumerated() {
            WorkCounter.tick()
            while k > 0 && scalar != needle[k] { k = failure[k - 1] }
            if scalar == needle[k] { k += 1 }
            if k == needle.count { return i - needle.count + 1 }
        }
        return nil
    }

    /// The validated record of one text or HTML input. Never throws: every failure becomes an error
    /// diagnostic. An input larger than `options.maximumBytes` is refused (`input_too_large`).
    public func record(for input: InputDocument, options: ReadOptions = ReadOptions()) -> ArticleRecord {
        let sha256 = SHA256.hex(input.bytes)
        guard input.bytes.count <= options.maximumBytes else {
            let format = options.format.resolved(path: input.path, prefix: input.bytes.prefix(4096))
            return ArticleRecord.tooLarge(id: input.id, path: input.path, format: format == .html ? "html" : "text",
                                          size: input.bytes.count, limit: options.maximumBytes, sha256: sha256)
        }
        return record(of: DocumentReader.read(input, options: options), id: input.id, path: input.path, line: nil,
                      sha256: sha256)
    }

    /// The validated record of one line of a JSON Lines file (see `ScrapedArticle`); a broken line
    /// gives a record with an error diagnostic, and so does a line longer than `options.maximumBytes`.
    /// - Parameters:
    ///   - number: the 1-based line number, written to `source.line`.
    ///   - fallbackID: the id when the line has none is `FALLBACK-NUMBER`.
    public func record(forLine line: [UInt8], number: Int, path: String?, fallbackID: String,
                       options: ReadOptions = ReadOptions()) -> ArticleRecord {
        guard line.count <= options.maximumBytes else {
            return ArticleRecord.tooLarge(id: "\(fallbackID)-\(number)", path: path, line: number, format: "jsonl",
                                          size: line.count, limit: options.maximumBytes, sha256: SHA256.hex(line))
        }
        let article = ScrapedArticle.read(line, number: number, fallbackID: fallbackID)
        return record(of: article.document, id: article.id, path: path, line: number, sha256: SHA256.hex(line))
    }

    /// The record of a JSON Lines line that `LineReader` refused for its length (its bytes were
    /// never held).
    public func record(forRefusedLine number: Int, length: Int, path: String?, fallbackID: String,
                       options: ReadOptions = ReadOptions()) -> ArticleRecord {
        ArticleRecord.tooLarge(id: "\(fallbackID)-\(number)", path: path, line: number, format: "jsonl", size: length,
                               limit: options.maximumBytes)
    }

    /// The records of a whole input: one per line for JSON Lines (the size limit then applies to each
    /// line), else one.
    public func records(for input: InputDocument, options: ReadOptions = ReadOptions()) -> [ArticleRecord] {
        guard options.format.resolved(path: input.path, prefix: input.bytes.prefix(4096)) == .jsonl else {
            return [record(for: input, options: options)]
        }
        var records: [ArticleRecord] = []
        for (i, line) in input.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.last == 0x0D ? line.dropLast() : line
            guard !ScrapedArticle.isBlank(trimmed) else { continue }
            records.append(record(forLine: Array(trimmed), number: i + 1, path: input.path, fallbackID: input.id,
                                  options: options))
        }
        return records
    }

    /// The record of a document already read: extraction, with what the page or JSON record states
    /// (title, publication time) taking precedence over what the text says.
    func record(of document: ReadDocument, id: String, path: String?, line: Int?, sha256: String?) -> ArticleRecord {
        var record = ArticleRecord(id: id, path: path, format: document.format, encoding: document.encoding, sha256: sha256)
        record.url = document.url
        record.line = line
        record.diagnostics = document.diagnostics
        if let text = document.text {
            do {
                let extraction = try extract(text: text, statedTitle: document.stated.title)
                record.metadata = extraction.metadata
                record.metadata.title = document.stated.title ?? record.metadata.title
                record.metadata.published = document.stated.published ?? record.metadata.published
                record.metadata.author = document.stated.author ?? record.metadata.author
                record.facts = extraction.facts
            } catch {
                record.diagnostics.append(Diagnostic(.error, "extraction_failed", "\(error)"))
            }
        }
        return validated(record)
    }

    /// `record` after schema validation: a fact that breaks the schema is removed and reported as an
    /// error diagnostic (a bug in SoLieu, never silently dropped).
    public func validated(_ record: ArticleRecord) -> ArticleRecord {
        // The fast path decides nearly every record without building its JSON; the full check
        // below runs only for the rest, and reports what is wrong.
        if validator.isValid(record) { return record }
        var record = record
        var violations = validator.validate(record.json())
        if violations.isEmpty { return record }
        var kept: [Fact] = []
        for fact in record.facts {
            var probe = record
            probe.facts = [fact]
            let problems = validator.validate(probe.json())
            if problems.isEmpty { kept.append(fact) } else {
                record.diagnostics.append(Diagnostic(.error, "schema_violation",
                    "a \(fact.kind.rawValue) fact was removed because it breaks the schema (\(problems.map(\.description).joined(separator: "; "))): \(ArticleRecord.factJSON(fact).serialized())",
                    offset: fact.evidence.start))
            }
        }
        record.facts = kept
        violations = validator.validate(record.json())
        if !violations.isEmpty {
            record.diagnostics.append(Diagnostic(.error, "schema_violation",
                "the record breaks the schema: \(violations.map(\.description).joined(separator: "; "))"))
        }
        return record
    }
}
