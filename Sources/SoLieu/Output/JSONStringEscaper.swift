/// Escapes a string's UTF-8 for JSON exactly as `JSONValue.writeString` does (`"`, `\`, control
/// characters, U+2028 and U+2029), writing straight into a buffer: eight bytes are tested at a time
/// and stored whole, and only a byte that needs a look is handled alone.
enum JSONStringEscaper {
    /// The most bytes `write(_:to:)` writes for `count` input bytes (a control character becomes
    /// six), and the room it needs.
    static func room(for count: Int) -> Int { 6 * count }

    /// Writes the escaped form of `source` (without quotes) at `out`, which must have room for
    /// `room(for: source.count)` bytes, and returns how many bytes it wrote. Bytes past the
    /// returned count may have been overwritten.
    static func write(_ source: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let src = source.baseAddress else { return 0 }
        let n = source.count
        var i = 0, o = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
            // Stored whole: at most six output bytes per input byte were written before `i`, so
            // `o + 8 <= 6 * i + 8 <= 6 * n`.
            UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
            let flags = needsLook(word)
            if flags == 0 {
                i += 8
                o += 8
                continue
            }
            // The lowest flag marks a byte that does need a look: the bytes before it are copied.
            let clean = flags.trailingZeroBitCount >> 3
            i += clean
            o += clean
            escapeOne(src, n, &i, out, &o)
        }
        while i < n { escapeOne(src, n, &i, out, &o) }
        return o
    }

    /// Writes the byte at `i` (with the two after it for U+2028/U+2029) escaped or as it is.
    @inline(__always)
    private static func escapeOne(_ src: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int,
                                  _ out: UnsafeMutablePointer<UInt8>, _ o: inout Int) {
        let b = src[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
            out[o] = b
            o += 1
            i += 1
            return
        }
        switch b {
        case 0xE2:
            // U+2028 and U+2029 (E2 80 A8/A9) break JavaScript string literals: escaped.
            if i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0xA8 || src[i + 2] == 0xA9 {
                putUnicodeEscape(out, &o, 0x20, src[i + 2] == 0xA8 ? 0x28 : 0x29)
                i += 3
                return
            }
            out[o] = b
            o += 1
        case 0x22: putEscape(out, &o, 0x22)
        case 0x5C: putEscape(out, &o, 0x5C)
        case 0x0A: putEscape(out, &o, 0x6E)
        case 0x0D: putEscape(out, &o, 0x72)
        case 0x09: putEscape(out, &o, 0x74)
        default: putUnicodeEscape(out, &o, 0x00, b)
        }
        i += 1
    }

    /// `\` and `letter`.
    @inline(__always)
    private static func putEscape(_ out: UnsafeMutablePointer<UInt8>, _ o: inout Int, _ letter: UInt8) {
        out[o] = 0x5C
        out[o + 1] = letter
        o += 2
    }

    /// `\u` and four lowercase hex digits of the code point `high << 8 | low`.
    @inline(__always)
    private static func putUnicodeEscape(_ out: UnsafeMutablePointer<UInt8>, _ o: inout Int, _ high: UInt8, _ low: UInt8) {
        out[o] = 0x5C
        out[o + 1] = 0x75
        out[o + 2] = hexDigit(high >> 4)
        out[o + 3] = hexDigit(high & 0xF)
        out[o + 4] = hexDigit(low >> 4)
        out[o + 5] = hexDigit(low & 0xF)
        o += 6
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

    /// A high bit set in each byte of `word` that is a control character, `"`, `\` or 0xE2 (which
    /// may start U+2028/U+2029): the classic word-at-a-time tests for a zero or small byte. A flag
    /// may also be set above a true one, never below it, so the lowest flag is exact.
    @inline(__always)
    static func needsLook(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | zeros(word ^ (ones &* 0x22)) | zeros(word ^ (ones &* 0x5C)) | zeros(word ^ (ones &* 0xE2))
    }
}
