extension RecordKey {
    /// The bytes of one key in `quotedSlots`: at most 24 written, in a 32-byte slot.
    static let quotedSlotStride = 32

    /// Each key as the byte writer writes it, `,"name":` (the comma for a key after the first),
    /// zero-padded in a slot of `quotedSlotStride` bytes whose last byte is the length: so a key
    /// is copied as three eight-byte words (a record key has at most 20 bytes). Built once, never
    /// written again (so safe to share), held for the life of the process.
    nonisolated(unsafe) static let quotedSlots: UnsafePointer<UInt8> = {
        let stride = quotedSlotStride
        let slots = UnsafeMutablePointer<UInt8>.allocate(capacity: allCases.count * stride)
        slots.initialize(repeating: 0, count: allCases.count * stride)
        for key in allCases {
            let name = key.name
            let n = name.utf8CodeUnitCount
            precondition(n + 4 <= 24, "RecordKey.quotedSlots: \(name) needs a larger slot")
            let slot = slots + key.rawValue * stride
            slot[0] = 0x2C
            slot[1] = 0x22
            (slot + 2).update(from: name.utf8Start, count: n)
            slot[n + 2] = 0x22
            slot[n + 3] = 0x3A
            slot[stride - 1] = UInt8(n + 4)
        }
        return UnsafePointer(slots)
    }()
}
