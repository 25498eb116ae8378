/// Conversions of UTF-16 code units that the standard library only does through its generic,
/// scalar-by-scalar path.
enum UTF16Text {
    /// The string of UTF-16 code units (a lone surrogate becomes U+FFFD, as `String(decoding:as:)`
    /// makes it), transcoded to UTF-8 in one pass.
    static func string(_ units: [UInt16]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        units.withUnsafeBufferPointer { u in
            var i = 0
            let n = u.count
            while i < n {
                let c = UInt32(u[i])
                if c < 0x80 {
                    bytes.append(UInt8(c))
                    i += 1
                } else if c < 0x800 {
                    bytes.append(UInt8(0xC0 | c >> 6))
                    bytes.append(UInt8(0x80 | c & 0x3F))
                    i += 1
                } else if c < 0xD800 || c >= 0xE000 {
                    bytes.append(UInt8(0xE0 | c >> 12))
                    bytes.append(UInt8(0x80 | (c >> 6) & 0x3F))
                    bytes.append(UInt8(0x80 | c & 0x3F))
                    i += 1
                } else if c < 0xDC00, i + 1 < n, u[i + 1] >= 0xDC00, u[i + 1] < 0xE000 {
                    let v = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                    bytes.append(UInt8(0xF0 | v >> 18))
                    bytes.append(UInt8(0x80 | (v >> 12) & 0x3F))
                    bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
                    bytes.append(UInt8(0x80 | v & 0x3F))
                    i += 2
                } else {
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
                    i += 1
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
