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

    /// Normalises `text` and reads its metadata and facts.
    public func extract(text: String) throws -> Extraction {
        let normalized = try Normalizer.normalize(text)
        let analysis = try analyzer.analyze(normalized)
        let metadata = ArticleMetadata.read(normalized)
        var headlineEnd = 0
        if let title = metadata.title, let range = normalized.range(of: title) {
            headlineEnd = normalized.unicodeScalars.distance(from: normalized.unicodeScalars.startIndex, to: range.upperBound)
        }
        var facts = FactExtractor.facts(in: analysis, lexicons: lexicons, headlineEnd: headlineEnd)
        // Lines after the byline are page chrome (licence, contacts): not the article.
        if let footer = metadata.footerStart { facts.removeAll { $0.evidence.start >= footer } }
        return Extraction(text: normalized, metadata: metadata, facts: facts)
    }

    /// The validated record of one input. Never throws: every failure becomes an error diagnostic.
    public func record(for input: InputDocument) -> ArticleRecord {
        let decoded = InputDecoder.decode(input.bytes)
        var record = ArticleRecord(id: input.id, path: input.path, format: "text", encoding: decoded.encoding,
                                   sha256: SHA256.hex(input.bytes))
        record.diagnostics = decoded.diagnostics
        if let text = decoded.text {
            do {
                let extraction = try extract(text: text)
                record.metadata = extraction.metadata
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
