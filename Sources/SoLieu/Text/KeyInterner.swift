/// Remembers the `String`s of recent token keys, so that a key seen before is not made again from
/// its bytes: most keys of a text repeat (syllables, punctuation, digits), and `String(decoding:)`
/// validates the bytes each time.
///
/// A direct-mapped table indexed by the key's `FoldedKey.hash`: a slot holds the last key of at most
/// 16 bytes that fell in it, with those bytes, and a hit is confirmed on the bytes. Longer keys are
/// made each time. Not thread-safe: one per `Analyzer`.
///
/// ```swift
/// let interner = KeyInterner()
/// Array("ddang3".utf8).withUnsafeBufferPointer { interner.key($0) }   // ("ddang3", its hash), made once
/// ```
final class KeyInterner {
    /// A slot: a key's hash, length and first 16 bytes (zero-padded, little-endian), and its string.
    private struct Slot {
        var hash: UInt64 = 0
        var length = -1
        var low: UInt64 = 0
        var high: UInt64 = 0
        var key = ""
    }

    // A fixed buffer rather than an array: no exclusivity checks or uniqueness tests per access.
    private let slots: UnsafeMutablePointer<Slot>
    private let count: Int

    /// The longest key kept.
    static let maxLength = 16

    /// - Parameter slotBits: the table has 2^slotBits slots.
    init(slotBits: Int = 12) {
        count = 1 << slotBits
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Slot(), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The string of the UTF-8 `bytes` (valid UTF-8), with its `FoldedKey.hash`.
    func key(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: String, hash: UInt64) {
        let hash = FoldedKey.hash(bytes: bytes)
        return (string(bytes, hash: hash), hash)
    }

    /// The string of the UTF-8 `bytes` (valid UTF-8), whose `FoldedKey.hash` is `hash`.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        let length = bytes.count
        guard length <= Self.maxLength else { return String(decoding: bytes, as: UTF8.self) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<min(length, 8) { low |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        if length > 8 { for i in 8..<length { high |= UInt64(bytes[i]) << (8 * UInt64(i - 8)) } }
        let slot = slots + (Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (count - 1))
        if slot.pointee.hash == hash && slot.pointee.length == length && slot.pointee.low == low
            && slot.pointee.high == high {
            return slot.pointee.key
        }
        let key = String(decoding: bytes, as: UTF8.self)
        slot.pointee = Slot(hash: hash, length: length, low: low, high: high, key: key)
        return key
    }
}
