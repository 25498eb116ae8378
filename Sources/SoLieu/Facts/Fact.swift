/// The four kinds of fact of the output contract.
public enum FactKind: String, Sendable, CaseIterable {
    case count, training, percentage
    case documentRef = "document_ref"
}

/// Where a fact was read: the exact text, its sentence, and code point offsets into the normalised text.
public struct Evidence: Sendable, Equatable {
    public var text: String
    public var sentence: String
    public var start: Int
    public var end: Int
}

/// Whether a figure is what happened or what was planned.
public enum Modality: String, Sendable {
    case actual, target
}

/// One fact read from an article. Which fields are meaningful depends on `kind`; the record writer
/// emits exactly the fields of the kind, with null for what is unknown.
///
/// A fact is a value, but its two dozen fields live in one shared box until a copy is changed
/// (copy-on-write, as `Array` does): the rules and the merger copy facts many times, and copying
/// the fields themselves (a dozen strings) cost more than reading them through the box.
public struct Fact: Sendable {
    private var storage: Storage

    public init(kind: FactKind, evidence: Evidence) {
        storage = Storage(Fields(kind: kind, evidence: evidence))
    }

    /// The fields, ready to change: the box is copied first if another fact shares it.
    private var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    public var kind: FactKind {
        get { storage.fields.kind }
        _modify { yield &fields.kind }
    }
    public var mentions: Int {
        get { storage.fields.mentions }
        _modify { yield &fields.mentions }
    }
    public var evidence: Evidence {
        get { storage.fields.evidence }
        _modify { yield &fields.evidence }
    }
    // count, percentage
    public var measure: String? {
        get { storage.fields.measure }
        _modify { yield &fields.measure }
    }
    public var value: Double? {
        get { storage.fields.value }
        _modify { yield &fields.value }
    }
    public var valueMax: Double? {
        get { storage.fields.valueMax }
        _modify { yield &fields.valueMax }
    }
    public var unit: String? {
        get { storage.fields.unit }
        _modify { yield &fields.unit }
    }
    // shared by count, training, percentage
    public var subject: String? {
        get { storage.fields.subject }
        _modify { yield &fields.subject }
    }
    public var qualifier: Qualifier {
        get { storage.fields.qualifier }
        _modify { yield &fields.qualifier }
    }
    public var period: String? {
        get { storage.fields.period }
        _modify { yield &fields.period }
    }
    public var modality: Modality {
        get { storage.fields.modality }
        _modify { yield &fields.modality }
    }
    public var group: String? {
        get { storage.fields.group }
        _modify { yield &fields.group }
    }
    // training
    public var classes: Int? {
        get { storage.fields.classes }
        _modify { yield &fields.classes }
    }
    public var participants: Int? {
        get { storage.fields.participants }
        _modify { yield &fields.participants }
    }
    public var participantUnit: String? {
        get { storage.fields.participantUnit }
        _modify { yield &fields.participantUnit }
    }
    public var topic: String? {
        get { storage.fields.topic }
        _modify { yield &fields.topic }
    }
    // percentage
    public var of: String? {
        get { storage.fields.of }
        _modify { yield &fields.of }
    }
    // document_ref
    public var docType: String? {
        get { storage.fields.docType }
        _modify { yield &fields.docType }
    }
    public var number: String? {
        get { storage.fields.number }
        _modify { yield &fields.number }
    }
    public var date: String? {
        get { storage.fields.date }
        _modify { yield &fields.date }
    }
    public var issuer: String? {
        get { storage.fields.issuer }
        _modify { yield &fields.issuer }
    }
    public var title: String? {
        get { storage.fields.title }
        _modify { yield &fields.title }
    }
    /// Whether the subject was named in the fact's own sentence (not carried over). Not output:
    /// it tells the merger that a restatement may take its first statement's subject.
    var subjectExplicit: Bool {
        get { storage.fields.subjectExplicit }
        _modify { yield &fields.subjectExplicit }
    }
    /// Code point range of the figure itself as written ("322", "từ 30 đến 35", "28-CT/TW"): what
    /// `RecognizerProbe`'s `facts` reports. Not output.
    var figure: Range<Int> {
        get { storage.fields.figure }
        _modify { yield &fields.figure }
    }
}

extension Fact {
    /// The stored fields of a fact.
    fileprivate struct Fields {
        var kind: FactKind
        var mentions: Int = 1
        var evidence: Evidence
        // count, percentage
        var measure: String? = nil
        var value: Double? = nil
        var valueMax: Double? = nil
        var unit: String? = nil
        // shared by count, training, percentage
        var subject: String? = nil
        var qualifier: Qualifier = .exact
        var period: String? = nil
        var modality: Modality = .actual
        var group: String? = nil
        // training
        var classes: Int? = nil
        var participants: Int? = nil
        var participantUnit: String? = nil
        var topic: String? = nil
        // percentage
        var of: String? = nil
        // document_ref
        var docType: String? = nil
        var number: String? = nil
        var date: String? = nil
        var issuer: String? = nil
        var title: String? = nil
        var subjectExplicit = false
        var figure: Range<Int> = 0..<0
    }

    /// The box the fields live in, shared by copies of a fact until one of them changes.
    fileprivate final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
