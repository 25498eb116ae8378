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
public struct Fact: Sendable {
    public var kind: FactKind
    public var mentions: Int = 1
    public var evidence: Evidence
    // count, percentage
    public var measure: String?
    public var value: Double?
    public var valueMax: Double?
    public var unit: String?
    // shared by count, training, percentage
    public var subject: String?
    public var qualifier: Qualifier = .exact
    public var period: String?
    public var modality: Modality = .actual
    public var group: String?
    // training
    public var classes: Int?
    public var participants: Int?
    public var participantUnit: String?
    public var topic: String?
    // percentage
    public var of: String?
    // document_ref
    public var docType: String?
    public var number: String?
    public var date: String?
    public var issuer: String?
    public var title: String?
    /// Whether the subject was named in the fact's own sentence (not carried over). Not output:
    /// it tells the merger that a restatement may take its first statement's subject.
    var subjectExplicit = false
    /// Code point range of the figure itself as written ("322", "từ 30 đến 35", "28-CT/TW"): what
    /// `RecognizerProbe`'s `facts` reports. Not output.
    var figure: Range<Int> = 0..<0

    public init(kind: FactKind, evidence: Evidence) {
        self.kind = kind
        self.evidence = evidence
    }
}
