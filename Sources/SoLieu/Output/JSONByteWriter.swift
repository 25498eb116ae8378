/// Writes an event stream as JSON bytes, exactly as `JSONValue.serializedBytes(pretty:)` writes the
/// same value (compact, or indented by two spaces), without building the value first.
///
/// The bytes go into a buffer the writer owns (it is noncopyable, so no copy can share it), with
/// the room checked once per event rather than per byte; `bytes` copies them out. Open containers
/// are two bit stacks, innermost in bit 0, so an event touches no array but the output.
struct JSONByteWriter: JSONEventSink, ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    /// Per open container, innermost in bit 0: whether it is an array, and whether it has a member.
    private var arrays: UInt64 = 0
    private var filled: UInt64 = 0
    /// How many containers are open (at most 64).
    private var depth = 0
    /// `RecordKey.quotedSlots`, read once per writer.
    private let quotedKeys = RecordKey.quotedSlots

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress?.initialize(from: base, count: count)
            initialized = count
        }
    }

    /// Appends one byte after the document (a line end for JSON Lines).
    mutating func terminate(with byte: UInt8) { put(byte) }

    /// Makes room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(n) }
    }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// A line break and two spaces per open container.
    private mutating func newline() {
        reserve(1 + 2 * depth)
        base[count] = 0x0A
        (base + count + 1).initialize(repeating: 0x20, count: 2 * depth)
        count += 1 + 2 * depth
    }

    /// Before a member of the open container: the comma after the previous one and (pretty) the
    /// line break.
    @inline(__always)
    private mutating func separate() {
        if filled & 1 != 0 { put(0x2C) }
        filled |= 1
        if pretty { newline() }
    }

    /// Before a value: in an array, it is a member (in an object, its key was).
    @inline(__always)
    private mutating func beginValue() {
        if arrays & 1 != 0 { separate() }
    }

    private mutating func begin(_ open: UInt8, isArray: Bool) {
        beginValue()
        precondition(depth < 64, "JSONByteWriter: more than 64 nested containers")
        put(open)
        arrays = arrays << 1 | (isArray ? 1 : 0)
        filled <<= 1
        depth += 1
    }

    private mutating func end(_ close: UInt8) {
        let hadMembers = filled & 1 != 0
        arrays >>= 1
        filled >>= 1
        depth -= 1
        if pretty && hadMembers { newline() }
        put(close)
    }

    mutating func beginObject() { begin(0x7B, isArray: false) }
    mutating func beginArray() { begin(0x5B, isArray: true) }
    mutating func endObject() { end(0x7D) }
    mutating func endArray() { end(0x5D) }

    mutating func key(_ key: RecordKey) {
        let slot = quotedKeys + key.rawValue * RecordKey.quotedSlotStride
        let length = Int(slot[RecordKey.quotedSlotStride - 1])
        // `,"name":` from its slot, without the comma for the first key; indented, the comma
        // comes before the line break.
        var from = 1
        if filled & 1 != 0 {
            if pretty { put(0x2C) } else { from = 0 }
        }
        filled |= 1
        if pretty { newline() }
        reserve(25)
        let out = UnsafeMutableRawPointer(base + count)
        let source = UnsafeRawPointer(slot + from)
        out.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
        out.storeBytes(of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        out.storeBytes(of: source.loadUnaligned(fromByteOffset: 16, as: UInt64.self), toByteOffset: 16, as: UInt64.self)
        out.storeBytes(of: 0x20, toByteOffset: length - from, as: UInt8.self)
        count += pretty ? length - from + 1 : length - from
    }

    mutating func string(_ value: String) {
        beginValue()
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { write(escaping: $0) }
        if done == nil {
            var copy = value
            copy.withUTF8 { write(escaping: $0) }
        }
    }

    /// `utf8` escaped between quotes.
    private mutating func write(escaping utf8: UnsafeBufferPointer<UInt8>) {
        reserve(JSONStringEscaper.room(for: utf8.count) + 2)
        base[count] = 0x22
        count += 1 + JSONStringEscaper.write(utf8, to: base + count + 1)
        base[count] = 0x22
        count += 1
    }

    mutating func number(_ value: Double) {
        // `JSONValue.format` writes integral values below 10¹⁵ as integers.
        if value == value.rounded(), abs(value) < 1e15 { return integer(Int(value)) }
        beginValue()
        var text = JSONValue.format(value)
        text.withUTF8 { utf8 in
            reserve(utf8.count)
            (base + count).update(from: utf8.baseAddress!, count: utf8.count)
            count += utf8.count
        }
    }

    mutating func integer(_ value: Int) {
        // `JSONValue.format(Double(value))` writes integers below 10¹⁵ in plain digits; written
        // here without building a `String` (a record holds many small integers).
        guard value.magnitude < 1_000_000_000_000_000 else { return number(Double(value)) }
        beginValue()
        reserve(17)
        if value < 0 {
            base[count] = 0x2D
            count += 1
        }
        var rest = value.magnitude
        var digits = 1
        var probe = rest
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var p = base + count + digits
        repeat {
            p -= 1
            p.pointee = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    mutating func null() {
        beginValue()
        reserve(4)
        base[count] = 0x6E
        base[count + 1] = 0x75
        base[count + 2] = 0x6C
        base[count + 3] = 0x6C
        count += 4
    }
}
