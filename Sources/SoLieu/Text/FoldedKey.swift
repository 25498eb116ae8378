import Foundation

/// Lookup keys that make spelling variants meet: lower case (by ICU, for `vi`) and one tone-mark
/// placement, so `Hoà`, `hòa` and `HOÀ` all give the key `hoa` + grave tone.
///
/// A key is the syllable without its tone mark followed by a tone digit (1 grave, 2 acute,
/// 3 hook above, 4 tilde, 5 dot below): `đảng` → `đang3`. Letters keep their other diacritics
/// (`â`, `ơ`, `ư`, `đ`), which distinguish words.
public enum FoldedKey {
    /// The key of already lower-cased scalars.
    static func fold<C: Collection>(lowercased scalars: C) -> String where C.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var tone: UInt8 = 0
        for s in scalars {
            let v = s.value
            if v < 0xC0 && v != 0x300 {
                // ASCII and Latin-1 punctuation: no tone, no lookup.
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) {
                    out.append(s)
                    continue
                }
            }
            if let entry = toneEntry(v) {
                out.append(Unicode.Scalar(entry.base)!)
                if entry.tone != 0 { tone = entry.tone }
            } else if let mark = toneMarks[s.value] {
                tone = mark  // a combining tone mark left after NFC (an unusual base)
            } else if s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark {
                out.append(s)
            } else {
                // The end of a syllable: its tone goes after it.
                if tone != 0 { out.append(Unicode.Scalar(0x30 + UInt32(tone))!); tone = 0 }
                out.append(s)
            }
        }
        if tone != 0 { out.append(Unicode.Scalar(0x30 + UInt32(tone))!) }
        return String(out)
    }

    /// The key of arbitrary text (lower-cased through ICU first).
    public static func fold(_ text: String) -> String {
        let lower = (try? ICUText.lowercase(Array(text.utf16))).map { String(decoding: $0, as: UTF16.self) } ?? text
        return fold(lowercased: lower.unicodeScalars)
    }

    /// The tone table entry of `v`, from a flat array over the Latin blocks.
    @inline(__always)
    private static func toneEntry(_ v: UInt32) -> (base: UInt32, tone: UInt8)? {
        if v >= 0xC0 && v <= 0x24F { let e = flatLatin[Int(v - 0xC0)]; return e.tone == 0 ? nil : e }
        if v >= 0x1E00 && v <= 0x1EFF { let e = flatExtended[Int(v - 0x1E00)]; return e.tone == 0 ? nil : e }
        return nil
    }

    private static let flatLatin: [(base: UInt32, tone: UInt8)] = (0xC0...0x24F).map { toneTable[UInt32($0)] ?? (0, 0) }
    private static let flatExtended: [(base: UInt32, tone: UInt8)] = (0x1E00...0x1EFF).map { toneTable[UInt32($0)] ?? (0, 0) }

    private static let toneMarks: [UInt32: UInt8] = [0x300: 1, 0x301: 2, 0x309: 3, 0x303: 4, 0x323: 5]

    /// Precomposed Latin letters → (letter without tone mark, tone), built once from canonical
    /// decompositions of the Latin-1, Latin Extended-A/B and Latin Extended Additional blocks.
    private static let toneTable: [UInt32: (base: UInt32, tone: UInt8)] = {
        var table: [UInt32: (base: UInt32, tone: UInt8)] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                var tone: UInt8 = 0
                var rest = String.UnicodeScalarView()
                for d in decomposed {
                    if let t = toneMarks[d.value] { tone = t } else { rest.append(d) }
                }
                guard tone != 0 else { continue }
                let recomposed = String(rest).precomposedStringWithCanonicalMapping.unicodeScalars
                guard recomposed.count == 1, let base = recomposed.first else { continue }
                table[v] = (base.value, tone)
            }
        }
        return table
    }()
}
