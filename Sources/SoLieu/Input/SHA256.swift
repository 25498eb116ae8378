import CHash

/// SHA-256 (FIPS 180-4) of a byte buffer, as lower-case hex. Used for `source.sha256`.
/// The digest comes from the CHash target (the x86 SHA extensions when the CPU has them).
enum SHA256 {
    /// The 64 lower-case hex digits of the SHA-256 digest of `data`.
    static func hex(_ data: [UInt8]) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
            data.withUnsafeBufferPointer { chash_sha256($0.baseAddress, $0.count, digest.baseAddress) }
            return String(unsafeUninitializedCapacity: 64) { text in
                let digits: StaticString = "0123456789abcdef"
                let table = digits.utf8Start
                for (i, byte) in digest.enumerated() {
                    text[2 * i] = table[Int(byte >> 4)]
                    text[2 * i + 1] = table[Int(byte & 0x0f)]
                }
                return 64
            }
        }
    }
}
