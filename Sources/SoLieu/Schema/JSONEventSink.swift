/// Receives a JSON document as a stream of events, in order: what `ArticleRecord.emit(to:)` drives.
///
/// One description of the record's layout feeds three sinks: `JSONByteWriter` (the output bytes),
/// `JSONTreeBuilder` (a `JSONValue`, for tests and the CSV table) and the schema validator's fast
/// path (`SchemaValidator.StreamCheck`), so the three cannot disagree on field names or order.
///
/// Keys are `RecordKey`s: every key of a record is fixed by the contract. A sink may be
/// noncopyable (the byte writer owns its buffer).
protocol JSONEventSink: ~Copyable {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The key of the next value in the current object.
    mutating func key(_ key: RecordKey)
    mutating func string(_ value: String)
    mutating func number(_ value: Double)
    mutating func integer(_ value: Int)
    mutating func null()
}

extension JSONEventSink where Self: ~Copyable {
    /// A string, or null when absent.
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    /// A number, or null when absent.
    mutating func number(_ value: Double?) { if let value { number(value) } else { null() } }
    /// An integer, or null when absent.
    mutating func integer(_ value: Int?) { if let value { integer(value) } else { null() } }

    /// `key` followed by a string (or null).
    mutating func field(_ name: RecordKey, _ value: String?) { key(name); string(value) }
    /// `key` followed by a number (or null).
    mutating func field(_ name: RecordKey, _ value: Double?) { key(name); number(value) }
    /// `key` followed by an integer (or null).
    mutating func field(_ name: RecordKey, _ value: Int?) { key(name); integer(value) }
}

/// Builds the `JSONValue` of an event stream.
struct JSONTreeBuilder: JSONEventSink {
    /// An open container and the key it will be stored under in its parent.
    private struct Open {
        var key: String?
        var pairs: [(String, JSONValue)]?
        var items: [JSONValue] = []
    }
    private var stack: [Open] = []
    private var pendingKey: String?
    /// The finished value, once the outermost container has ended (or a lone scalar was given).
    private(set) var result: JSONValue?

    private mutating func add(_ v: JSONValue) {
        guard !stack.isEmpty else { result = v; return }
        let top = stack.count - 1
        if stack[top].pairs != nil { stack[top].pairs!.append((pendingKey ?? "", v)) } else { stack[top].items.append(v) }
        pendingKey = nil
    }

    mutating func beginObject() { stack.append(Open(key: pendingKey, pairs: [])); pendingKey = nil }
    mutating func beginArray() { stack.append(Open(key: pendingKey, pairs: nil)); pendingKey = nil }
    mutating func endObject() { close() }
    mutating func endArray() { close() }
    private mutating func close() {
        guard let open = stack.popLast() else { return }
        pendingKey = open.key
        add(open.pairs.map { .object($0) } ?? .array(open.items))
    }
    mutating func key(_ key: RecordKey) { pendingKey = key.name.description }
    mutating func string(_ value: String) { add(.string(value)) }
    mutating func number(_ value: Double) { add(.number(value)) }
    mutating func integer(_ value: Int) { add(.number(Double(value))) }
    mutating func null() { add(.null) }
}
