import Foundation

/// Turns decoded text into the normalised text every offset refers to.
///
/// Steps: line ends to `\n`; NBSP and other space characters to a plain space; invisible characters
/// (zero-width spaces and joiners, word joiner, BOM, soft hyphen) and stray control characters removed;
/// `Ð`/`ð` (U+00D0/U+00F0, a common stand-in) to `Đ`/`đ`; runs of spaces folded to one and spaces at
/// line ends dropped; then NFC through ICU; then the line breaks of text wrapped at a fixed width
/// (a line running on into one that continues it in lower case) to spaces (`HardWraps`).
///
/// ```swift
/// Normalizer.normalize("Đảng\u{00A0}bộ  TP.\u{200B} Sông Công")  // "Đảng bộ TP. Sông Công"
/// ```
public enum Normalizer {
    /// The normalised form of `text`.
    public static func normalize(_ text: String) throws -> String {
        UTF16Text.string(try normalizedUnits(text))
    }

    /// The normalised form of `text` in UTF-16 code units (what ICU and `Analyzer` work on).
    public static func normalizedUnits(_ text: String) throws -> [UInt16] {
        WorkCounter.tick(text.utf8.count)
        // Written into a buffer sized up front (no capacity or uniqueness test per unit): a scalar
        // never takes more UTF-16 units than UTF-8 bytes, and a space is only written for at least
        // one byte of input.
        let cleaned = [UInt16](unsafeUninitializedCapacity: text.utf8.count + 1) { out, count in
            var n = 0
            var pendingSpace = false
            var previousWasCR = false
            var lastWasNewline = true  // no space at the start of the text or of a line
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v == 0x0D || v == 0x0A {
                    if v == 0x0A && previousWasCR { previousWasCR = false; continue }
                    previousWasCR = v == 0x0D
                    pendingSpace = false
                    out[n] = 0x0A; n += 1
                    lastWasNewline = true
                    continue
                }
                previousWasCR = false
                // Fast path: printable ASCII other than space.
                if v > 0x20 && v < 0x7F {
                    if pendingSpace && !lastWasNewline { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                    out[n] = UInt16(v); n += 1
                    lastWasNewline = false
                    continue
                }
                switch classify(v) {
                case .drop: continue
                case .space: pendingSpace = true
                case .keep(let replacement):
                    let kept = replacement ?? scalar
                    if kept == "\n" {
                        pendingSpace = false
                        out[n] = 0x0A; n += 1
                        lastWasNewline = true
                        continue
                    }
                    if pendingSpace && !lastWasNewline { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                    if kept.value < 0x10000 {
                        out[n] = UInt16(kept.value); n += 1
                    } else {
                        out[n] = UTF16.leadSurrogate(kept); out[n + 1] = UTF16.trailSurrogate(kept); n += 2
                    }
                    lastWasNewline = false
                }
            }
            count = n
        }
        // Spaces at line ends are never written: a space is only emitted before a kept character.
        var units = try ICUText.nfc(cleaned)
        HardWraps.join(&units)
        return units
    }

    private enum Treatment { case drop, space, keep(Unicode.Scalar?) }

    private static func classify(_ v: UInt32) -> Treatment {
        switch v {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x85, 0x2028, 0x2029: return .keep("\n")
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F: return .drop
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x180E: return .drop
        case 0xD0: return .keep("\u{0110}")
        case 0xF0: return .keep("\u{0111}")
        default: return .keep(nil)
        }
    }
}
