import SoLieu

/// What every record must satisfy, whatever the input; a failure traps (a crash for libFuzzer).
enum FuzzProperties {
    static func check(_ record: ArticleRecord, extractor: Extractor) {
        // Records are validated before they are returned: a violation is a bug, reported as such.
        precondition(!record.diagnostics.contains { $0.code == "schema_violation" }, "schema violation: \(record.diagnostics)")
        precondition(SchemaValidator.article.validate(record.json()).isEmpty, "record breaks the schema")
        // A failed record carries no fact; the facts of the others have well-formed evidence.
        precondition(!record.failed || record.facts.isEmpty || record.diagnostics.contains { $0.code == "extraction_failed" })
        for fact in record.facts {
            precondition(fact.evidence.start >= 0 && fact.evidence.start <= fact.evidence.end, "evidence range \(fact.evidence)")
            precondition(fact.mentions >= 1)
        }
        // The serialised record parses back as JSON.
        precondition((try? JSONValue.parse(record.json().serialized())) != nil, "record does not parse back")
    }

    /// Tokens rejoin to the text; every evidence range slices the normalised text to its evidence.
    static func checkExtraction(of text: String, extractor: Extractor) {
        guard let extraction = try? extractor.extract(text: text),
              let analysis = try? extractor.analyze(extraction.text) else { return }
        let scalars = analysis.scalars
        var next = 0
        for token in analysis.tokens {
            precondition(token.start == next && token.end > token.start, "tokens leave a gap or overlap at \(next)")
            next = token.end
        }
        precondition(next == scalars.count, "tokens do not cover the text")
        for fact in extraction.facts {
            let e = fact.evidence
            precondition(e.start >= 0 && e.start <= e.end && e.end <= scalars.count, "evidence out of the text: \(e)")
            precondition(analysis.slice(e.start, e.end) == e.text, "evidence \(e) does not slice to its text")
        }
    }
}
