/// Every key of the record contract (`schema/article.schema.json`), in the order
/// `ArticleRecord.emit(to:)` first writes them.
///
/// A key is a small number as well as a name, so the sinks of the event stream find what belongs
/// to it by index: the schema check's compiled tables (`SchemaValidator.StreamPlan`) hold one slot
/// per key, and no sink compares names while a record is written.
enum RecordKey: Int, CaseIterable, Sendable {
    // The record
    case schemaVersion, id, url, source, published, title, author, facts, diagnostics
    // source
    case path, line, format, encoding, sha256
    // A diagnostic
    case level, code, message, offset
    // A fact (`title` is shared with the record)
    case kind, measure, value, valueMax, unit, subject, qualifier, period, modality, group
    case classes, participants, participantUnit, topic, of
    case docType, number, date, issuer, mentions, evidence
    // evidence
    case text, sentence, start, end

    /// The key as written in the record.
    var name: StaticString {
        switch self {
        case .schemaVersion: "schema_version"
        case .id: "id"
        case .url: "url"
        case .source: "source"
        case .published: "published"
        case .title: "title"
        case .author: "author"
        case .facts: "facts"
        case .diagnostics: "diagnostics"
        case .path: "path"
        case .line: "line"
        case .format: "format"
        case .encoding: "encoding"
        case .sha256: "sha256"
        case .level: "level"
        case .code: "code"
        case .message: "message"
        case .offset: "offset"
        case .kind: "kind"
        case .measure: "measure"
        case .value: "value"
        case .valueMax: "value_max"
        case .unit: "unit"
        case .subject: "subject"
        case .qualifier: "qualifier"
        case .period: "period"
        case .modality: "modality"
        case .group: "group"
        case .classes: "classes"
        case .participants: "participants"
        case .participantUnit: "participant_unit"
        case .topic: "topic"
        case .of: "of"
        case .docType: "doc_type"
        case .number: "number"
        case .date: "date"
        case .issuer: "issuer"
        case .mentions: "mentions"
        case .evidence: "evidence"
        case .text: "text"
        case .sentence: "sentence"
        case .start: "start"
        case .end: "end"
        }
    }

    /// The key named `name`, if the contract has one (for compiling a schema, not for hot paths).
    init?(named name: String) {
        guard let key = Self.allCases.first(where: { $0.name.description == name }) else { return nil }
        self = key
    }
}
