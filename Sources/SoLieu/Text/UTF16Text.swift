/// Conversions of UTF-16 code units that the standard library only does through its generic,
/// scalar-by-scalar path.
enum UTF16Text {
    /// The string of UTF-16 code units (a lone surrogate becomes U+FFFD, as `String(decoding:as:)`
    /// makes it), transcoded to UTF-8 in one pass.
    static func string(_ units: [UInt16]) -> String {
        guard !units.isEmpty else { return "" }
        // Straight into the string's storage, sized up front: at most three bytes per unit (a
        // surrogate pair is two units for four bytes).
        return units.withUnsafeBufferPointer { u in
            String(unsafeUninitializedCapacity: u.count * 3) { out in
                var n = 0
                var i = 0
                let count = u.count
                while i < count {
                    let c = UInt32(u[i])
                    if c < 0x80 {
                        out[n] = UInt8(c)
                        n += 1
                        i += 1
                    } else if c < 0x800 {
                        out[n] = UInt8(0xC0 | c >> 6)
                        out[n + 1] = UInt8(0x80 | c & 0x3F)
                        n += 2
                        i += 1
                    } else if c < 0xD800 || c >= 0xE000 {
                        out[n] = UInt8(0xE0 | c >> 12)
                        out[n + 1] = UInt8(0x80 | (c >> 6) & 0x3F)
                        out[n + 2] = UInt8(0x80 | c & 0x3F)
                        n += 3
                        i += 1
                    } else if c < 0xDC00, i + 1 < count, u[i + 1] >= 0xDC00, u[i + 1] < 0xE000 {
                        let v = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                        out[n] = UInt8(0xF0 | v >> 18)
                        out[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                        out[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
                        out[n + 3] = UInt8(0x80 | v & 0x3F)
                        n += 4
                        i += 2
                    } else {
                        out[n] = 0xEF  // U+FFFD
                        out[n + 1] = 0xBF
                        out[n + 2] = 0xBD
                        n += 3
                        i += 1
                    }
                }
                return n
            }
        }
    }
}
