import Foundation

/// Lookup keys that make spelling variants meet: lower case (by ICU, for `vi`) and one tone-mark
/// placement, so `Hoà`, `hòa` and `HOÀ` all give the key `hoa` + grave tone.
///
/// A key is the syllable without its tone mark followed by a tone digit (1 grave, 2 acute,
/// 3 hook above, 4 tilde, 5 dot below), in ASCII: `đảng` → `ddang3`, `viên` → `vie^n`. Letters keep
/// their other diacritics (`â`, `ơ`, `ư`, `đ`), which distinguish words, spelled in ASCII.
public enum FoldedKey {
    /// The key of already lower-cased scalars.
    static func fold<C: Collection>(lowercased scalars: C) -> String where C.Element == Unicode.Scalar {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        fold(lowercased: scalars, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the key of already lower-cased scalars to `out` (a reused buffer: no allocation).
    static func fold<C: Collection>(lowercased scalars: C, into out: inout [UInt8]) where C.Element == Unicode.Scalar {
        _ = fold(scalars, lowercasing: false, into: &out)
    }

    /// Writes the key of `scalars` to `out`, lower-casing them on the way with `simpleLowercase`:
    /// `fold(lowercased:into:)` of their lower case. Returns false, with part of the key written,
    /// when a scalar is outside the blocks `simpleLowercase` handles.
    static func fold(simplyLowercasing scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: inout KeyBytesBuffer) -> Bool {
        fold(scalars, lowercasing: true, into: &out)
    }

    /// Enough bytes per scalar for any key: a scalar's UTF-8 and a tone digit (a key of n scalars
    /// takes at most n × maxBytesPerScalar + 1 bytes).
    static let maxBytesPerScalar = 5

    /// `fold(lowercased:into:)`, of the `simpleLowercase` of each scalar when `lowercasing` (false
    /// when a scalar has none).
    @inline(__always)
    private static func fold<C: Collection, Out: KeyBytes>(_ scalars: C, lowercasing: Bool, into out: inout Out) -> Bool
    where C.Element == Unicode.Scalar {
        var tone: UInt8 = 0
        for original in scalars {
            var s = original
            if lowercasing {
                guard let lower = simpleLowercase(original.value) else { return false }
                s = Unicode.Scalar(lower).unsafelyUnwrapped
            }
            let v = s.value
            if v < 0x80 {
                let lower = v | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    out.append(UInt8(v))
                } else {
                    // The end of a syllable: its tone goes after it.
                    if tone != 0 { out.append(0x30 + tone); tone = 0 }
                    out.append(UInt8(v))
                }
                continue
            }
            var base = v
            if let entry = toneEntry(v) {
                base = entry.base
                tone = entry.tone
            } else if let mark = toneMark(v) {
                tone = mark  // a combining tone mark left after NFC (an unusual base)
                continue
            }
            if base < 0x80 {
                out.append(UInt8(base))  // a toned plain letter: "á" → "a"
            } else if let ascii = transliteration(base) {
                out.append(ascii.0)
                out.append(ascii.1)
            } else if isLetterOrMark(s) {
                UTF8.encode(Unicode.Scalar(base) ?? s) { out.append($0) }
            } else {
                if tone != 0 { out.append(0x30 + tone); tone = 0 }
                UTF8.encode(s) { out.append($0) }
            }
        }
        if tone != 0 { out.append(0x30 + tone) }
        return true
    }

    /// Whether `s` is alphabetic or a non-spacing mark (out of line: the property lookups would
    /// otherwise cost every call of `fold` the set-up of their types).
    @inline(never)
    private static func isLetterOrMark(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// Vietnamese letters written in ASCII inside keys, so keys compare and hash on Swift's fast
    /// ASCII path: `đ` → `dd`, `â` → `a^`, `ă` → `a(`, `ê` → `e^`, `ô` → `o^`, `ơ` → `o+`, `ư` → `u+`.
    @inline(__always)
    private static func transliteration(_ v: UInt32) -> (UInt8, UInt8)? {
        switch v {
        case 0x111: return (0x64, 0x64)
        case 0xE2: return (0x61, 0x5E)
        case 0x103: return (0x61, 0x28)
        case 0xEA: return (0x65, 0x5E)
        case 0xF4: return (0x6F, 0x5E)
        case 0x1A1: return (0x6F, 0x2B)
        case 0x1B0: return (0x75, 0x2B)
        default: return nil
        }
    }

    /// A 64-bit FNV-1a hash of a key's UTF-8 bytes: fixed across runs and processes (unlike
    /// `Hasher`), and cheap enough to compute once per token (`Token.keyHash`).
    @inline(__always)
    static func hash<C: Sequence>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The hash of a key (`hash(bytes:)` of its UTF-8).
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { hash(bytes: $0) }
    }

    /// The key of arbitrary text (lower-cased through ICU first).
    public static func fold(_ text: String) -> String {
        // Lower-cased and folded in one pass into one buffer.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        if fold(text.unicodeScalars, lowercasing: true, into: &out) { return String(decoding: out, as: UTF8.self) }
        // A letter outside the simple blocks: ICU lower-cases the whole text.
        let lower = (try? ICUText.lowercase(Array(text.utf16))).map(UTF16Text.string) ?? text
        return fold(lowercased: lower.unicodeScalars)
    }

    /// The lower case of a scalar in the blocks Vietnamese text uses, where lower-casing is one
    /// code point to one and the same in every locale ICU knows but Turkish and Lithuanian (the
    /// analyser lower-cases with `vi`); nil elsewhere, for ICU to decide.
    @inline(__always)
    static func simpleLowercase(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0...0x7F, 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x300...0x36F: return v
        case 0xC0...0xDE: return v + 0x20
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177: return v & 1 == 0 ? v + 1 : v
        case 0x139...0x148: return v & 1 == 1 ? v + 1 : v
        case 0x1A0, 0x1AF: return v + 1
        case 0x1A1, 0x1B0: return v
        case 0x1EA0...0x1EF9: return v & 1 == 0 ? v + 1 : v
        default: return nil
        }
    }

    /// The tone table entry of `v`, from a flat array over the Latin blocks.
    @inline(__always)
    private static func toneEntry(_ v: UInt32) -> (base: UInt32, tone: UInt8)? {
        if v >= 0xC0 && v <= 0x24F { let e = flatLatin[Int(v - 0xC0)]; return e.tone == 0 ? nil : e }
        if v >= 0x1E00 && v <= 0x1EFF { let e = flatExtended[Int(v - 0x1E00)]; return e.tone == 0 ? nil : e }
        return nil
    }

    /// `ToneLetters` as two flat arrays over the Latin blocks ((0, 0) for a letter without a tone).
    private static let flatLatin = flatTones(0xC0...0x24F)
    private static let flatExtended = flatTones(0x1E00...0x1EFF)

    private static func flatTones(_ range: ClosedRange<UInt32>) -> [(base: UInt32, tone: UInt8)] {
        var flat = [(base: UInt32, tone: UInt8)](repeating: (0, 0), count: range.count)
        for entry in ToneLetters.all where range.contains(entry.letter) {
            flat[Int(entry.letter - range.lowerBound)] = (entry.base, entry.tone)
        }
        return flat
    }

    /// The tone digit of a combining tone mark, without hashing.
    @inline(__always)
    private static func toneMark(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x300: return 1
        case 0x301: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    /// The folded words of `text` (split at spaces) without its leading words that are in
    /// `leading`, joined by spaces; with `keepingOne`, the last word is kept even when it is one.
    /// (The text is folded whole: a space ends a syllable, so its key is its words' keys joined.)
    static func words(of text: String, droppingLeading leading: Set<String>, keepingOne: Bool) -> String {
        let folded = fold(text)
        let bytes = folded.utf8
        let space = UInt8(ascii: " ")
        // The start of the first word kept, found without splitting the whole text.
        var start = bytes.startIndex
        while true {
            while start != bytes.endIndex && bytes[start] == space { start = bytes.index(after: start) }
            guard start != bytes.endIndex else { break }
            var end = start
            while end != bytes.endIndex && bytes[end] != space { end = bytes.index(after: end) }
            var next = end
            while next != bytes.endIndex && bytes[next] == space { next = bytes.index(after: next) }
            guard leading.contains(String(folded[start..<end])), !keepingOne || next != bytes.endIndex else { break }
            start = next
        }
        let rest = folded[start...]
        // Words set apart by one space each, as written: the rest as it is.
        var previousWasSpace = false
        var single = true
        for b in rest.utf8 {
            if b == space && previousWasSpace { single = false; break }
            previousWasSpace = b == space
        }
        if single && !previousWasSpace { return String(rest) }
        return rest.spaceSeparatedWords.joined(separator: " ")
    }
}

/// Where `FoldedKey` writes a key's bytes.
protocol KeyBytes {
    mutating func append(_ byte: UInt8)
}

extension Array: KeyBytes where Element == UInt8 {}

/// A key's bytes written to memory the caller owns, which must hold them all
/// (`FoldedKey.maxBytesPerScalar` per scalar).
struct KeyBytesBuffer: KeyBytes {
    let start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(start: UnsafeMutablePointer<UInt8>) { self.start = start }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// The bytes written.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }
}
