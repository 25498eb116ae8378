/// The output record of one input document (see `schema/article.schema.json`).
public struct ArticleRecord: Sendable {
    public var id: String { didSet { builtJSON = nil } }
    public var url: String? { didSet { builtJSON = nil } }
    public var path: String? { didSet { builtJSON = nil } }
    public var line: Int? { didSet { builtJSON = nil } }
    public var format: String { didSet { builtJSON = nil } }
    public var encoding: String? { didSet { builtJSON = nil } }
    public var sha256: String? { didSet { builtJSON = nil } }
    public var metadata = ArticleMetadata() { didSet { builtJSON = nil } }
    public var facts: [Fact] = [] { didSet { builtJSON = nil } }
    public var diagnostics: [Diagnostic] = [] { didSet { builtJSON = nil } }
    /// The JSON of the record as it is, kept by `Extractor.validated` so that the writer does not
    /// build it again; any change to the record drops it.
    var builtJSON: JSONValue?

    public init(id: String, path: String?, format: String, encoding: String?, sha256: String?) {
        self.id = id
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
    }

    /// Whether an error diagnostic says the input failed.
    public var failed: Bool { diagnostics.contains { $0.level == .error } }

    /// The record as JSON, keys in the contract's order.
    public func json() -> JSONValue {
        if let builtJSON { return builtJSON }
        return buildJSON()
    }

    private func buildJSON() -> JSONValue {
        var pairs: [(String, JSONValue)] = [("schema_version", .number(1)), ("id", .string(id))]
        if let url { pairs.append(("url", .string(url))) }
        var source: [(String, JSONValue)] = [("path", .optional(path))]
        if let line { source.append(("line", .number(Double(line)))) }
        source += [("format", .string(format)), ("encoding", .optional(encoding)), ("sha256", .optional(sha256))]
        pairs += [
            ("source", .object(source)),
            ("published", .optional(metadata.published)),
            ("title", .optional(metadata.title)),
            ("author", .optional(metadata.author)),
            ("facts", .array(facts.map(Self.factJSON))),
            ("diagnostics", .array(diagnostics.map { d in
                .object([("level", .string(d.level.rawValue)), ("code", .string(d.code)),
                         ("message", .string(d.message)), ("offset", .optional(d.offset))])
            })),
        ]
        return .object(pairs)
    }

    /// One fact as JSON: exactly the fields of its kind.
    public static func factJSON(_ f: Fact) -> JSONValue {
        let evidence: JSONValue = .object([("text", .string(f.evidence.text)), ("sentence", .string(f.evidence.sentence)),
                                           ("start", .number(Double(f.evidence.start))), ("end", .number(Double(f.evidence.end)))])
        let tail: [(String, JSONValue)] = [("mentions", .number(Double(f.mentions))), ("evidence", evidence)]
        switch f.kind {
        case .count:
            return .object([("kind", .string("count")), ("measure", .optional(f.measure)), ("value", .optional(f.value)),
                            ("value_max", .optional(f.valueMax)), ("unit", .optional(f.unit)), ("subject", .optional(f.subject)),
                            ("qualifier", .string(f.qualifier.rawValue)), ("period", .optional(f.period)),
                            ("modality", .string(f.modality.rawValue)), ("group", .optional(f.group))] + tail)
        case .training:
            return .object([("kind", .string("training")), ("classes", .optional(f.classes)),
                            ("participants", .optional(f.participants)), ("participant_unit", .optional(f.participantUnit)),
                            ("topic", .optional(f.topic)), ("subject", .optional(f.subject)),
                            ("qualifier", .string(f.qualifier.rawValue)), ("period", .optional(f.period)),
                            ("modality", .string(f.modality.rawValue))] + tail)
        case .percentage:
            return .object([("kind", .string("percentage")), ("value", .optional(f.value)),
                            ("qualifier", .string(f.qualifier.rawValue)), ("of", .optional(f.of)),
                            ("subject", .optional(f.subject)), ("period", .optional(f.period)),
                            ("modality", .string(f.modality.rawValue))] + tail)
        case .documentRef:
            return .object([("kind", .string("document_ref")), ("doc_type", .optional(f.docType)),
                            ("number", .optional(f.number)), ("date", .optional(f.date)), ("issuer", .optional(f.issuer)),
                            ("title", .optional(f.title))] + tail)
        }
    }
}
