/// Writes an event stream as JSON bytes, exactly as `JSONValue.serializedBytes(pretty:)` writes the
/// same value (compact, or indented by two spaces), without building the value first.
struct JSONByteWriter: JSONEventSink {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// Per open container: whether it is an array, and how many members it has had.
    private var isArray: [Bool] = []
    private var counts: [Int] = []

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
        isArray.reserveCapacity(8)
        counts.reserveCapacity(8)
    }

    /// Appends one byte after the document (a line end for JSON Lines).
    mutating func terminate(with byte: UInt8) { bytes.append(byte) }

    /// Before a member of the open container: the comma after the previous one and (pretty) the
    /// line break.
    private mutating func separate() {
        let top = counts.count - 1
        if counts[top] > 0 { bytes.append(0x2C) }
        counts[top] += 1
        if pretty { JSONValue.newline(&bytes, counts.count) }
    }

    /// Before a value: in an array, it is a member (in an object, its key was).
    @inline(__always)
    private mutating func beginValue() {
        if isArray.last == true { separate() }
    }

    mutating func beginObject() { beginValue(); bytes.append(0x7B); isArray.append(false); counts.append(0) }
    mutating func beginArray() { beginValue(); bytes.append(0x5B); isArray.append(true); counts.append(0) }
    mutating func endObject() { end(0x7D) }
    mutating func endArray() { end(0x5D) }

    private mutating func end(_ close: UInt8) {
        let members = counts.removeLast()
        isArray.removeLast()
        if pretty && members > 0 { JSONValue.newline(&bytes, counts.count) }
        bytes.append(close)
    }

    mutating func key(_ key: RecordKey) {
        separate()
        let name = key.name
        // Record keys are ASCII identifiers: nothing to escape.
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    mutating func string(_ value: String) { beginValue(); JSONValue.writeString(value, to: &bytes) }
    mutating func number(_ value: Double) { beginValue(); bytes.append(contentsOf: JSONValue.format(value).utf8) }
    mutating func integer(_ value: Int) {
        beginValue()
        // `JSONValue.format(Double(value))` writes integers below 10¹⁵ in plain digits; written
        // here without building a `String` (a record holds many small integers).
        guard value.magnitude < 1_000_000_000_000_000 else {
            bytes.append(contentsOf: JSONValue.format(Double(value)).utf8)
            return
        }
        if value < 0 { bytes.append(0x2D) }
        var rest = value.magnitude, divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        repeat {
            bytes.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }
    mutating func null() { beginValue(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
}
