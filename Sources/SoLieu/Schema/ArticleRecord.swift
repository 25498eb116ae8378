/// The output record of one input document (see `schema/article.schema.json`).
public struct ArticleRecord: Sendable {
    public var id: String
    public var url: String?
    public var path: String?
    public var line: Int?
    public var format: String
    public var encoding: String?
    public var sha256: String?
    public var metadata = ArticleMetadata()
    public var facts: [Fact] = []
    public var diagnostics: [Diagnostic] = []

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
        var builder = JSONTreeBuilder()
        emit(to: &builder)
        return builder.result ?? .null
    }

    /// The record's JSON bytes (compact, or indented when `pretty`), followed by `terminator` if
    /// given: the same bytes as `json().serializedBytes(pretty:terminator:)`, written directly.
    public func jsonBytes(pretty: Bool = false, terminator: UInt8? = nil) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty, capacity: 1024 + 512 * facts.count)
        emit(to: &writer)
        if let terminator { writer.terminate(with: terminator) }
        return writer.bytes
    }

    /// The record as JSON events, keys in the contract's order: the one description of its layout.
    func emit<Sink: JSONEventSink & ~Copyable>(to sink: inout Sink) {
        sink.beginObject()
        sink.key(.schemaVersion); sink.integer(1)
        sink.field(.id, id)
        if let url { sink.field(.url, url) }
        sink.key(.source)
        sink.beginObject()
        sink.field(.path, path)
        if let line { sink.field(.line, line) }
        sink.field(.format, format)
        sink.field(.encoding, encoding)
        sink.field(.sha256, sha256)
        sink.endObject()
        sink.field(.published, metadata.published)
        sink.field(.title, metadata.title)
        sink.field(.author, metadata.author)
        sink.key(.facts)
        sink.beginArray()
        for fact in facts { Self.emit(fact, to: &sink) }
        sink.endArray()
        sink.key(.diagnostics)
        sink.beginArray()
        for d in diagnostics {
            sink.beginObject()
            sink.field(.level, d.level.rawValue)
            sink.field(.code, d.code)
            sink.field(.message, d.message)
            sink.field(.offset, d.offset)
            sink.endObject()
        }
        sink.endArray()
        sink.endObject()
    }

    /// One fact as JSON: exactly the fields of its kind.
    public static func factJSON(_ f: Fact) -> JSONValue {
        var builder = JSONTreeBuilder()
        emit(f, to: &builder)
        return builder.result ?? .null
    }

    /// One fact as JSON events: exactly the fields of its kind, in the contract's order.
    static func emit<Sink: JSONEventSink & ~Copyable>(_ f: Fact, to sink: inout Sink) {
        sink.beginObject()
        switch f.kind {
        case .count:
            sink.field(.kind, "count")
            sink.field(.measure, f.measure)
            sink.field(.value, f.value)
            sink.field(.valueMax, f.valueMax)
            sink.field(.unit, f.unit)
            sink.field(.subject, f.subject)
            sink.field(.qualifier, f.qualifier.rawValue)
            sink.field(.period, f.period)
            sink.field(.modality, f.modality.rawValue)
            sink.field(.group, f.group)
        case .training:
            sink.field(.kind, "training")
            sink.field(.classes, f.classes)
            sink.field(.participants, f.participants)
            sink.field(.participantUnit, f.participantUnit)
            sink.field(.topic, f.topic)
            sink.field(.subject, f.subject)
            sink.field(.qualifier, f.qualifier.rawValue)
            sink.field(.period, f.period)
            sink.field(.modality, f.modality.rawValue)
        case .percentage:
            sink.field(.kind, "percentage")
            sink.field(.value, f.value)
            sink.field(.qualifier, f.qualifier.rawValue)
            sink.field(.of, f.of)
            sink.field(.subject, f.subject)
            sink.field(.period, f.period)
            sink.field(.modality, f.modality.rawValue)
        case .documentRef:
            sink.field(.kind, "document_ref")
            sink.field(.docType, f.docType)
            sink.field(.number, f.number)
            sink.field(.date, f.date)
            sink.field(.issuer, f.issuer)
            sink.field(.title, f.title)
        }
        sink.field(.mentions, f.mentions)
        sink.key(.evidence)
        sink.beginObject()
        sink.field(.text, f.evidence.text)
        sink.field(.sentence, f.evidence.sentence)
        sink.field(.start, f.evidence.start)
        sink.field(.end, f.evidence.end)
        sink.endObject()
        sink.endObject()
    }
}
