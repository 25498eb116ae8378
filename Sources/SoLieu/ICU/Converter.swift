import CICU
import Foundation

/// An ICU charset converter (ucnv) between bytes of one charset and Unicode text.
///
/// ```swift
/// let cp1258 = try Converter("windows-1258")
/// let decoded = try cp1258.decode([0x61, 0xD2])   // "a" + combining hook above
/// decoded.text                                    // "a\u{0309}" (NFC comes later, in `Normalizer`)
/// ```
///
/// Not thread-safe: a converter keeps state while it converts; open one per use or per worker.
final class Converter {
    /// Bytes decoded to text, with where decoding failed.
    struct Decoded {
        /// The text; each undecodable byte sequence became U+FFFD.
        let text: String
        /// Byte offsets of the first undecodable sequences (at most `Converter.reportedFaults`).
        let badOffsets: [Int]
        /// How many byte sequences could not be decoded.
        let badCount: Int
    }

    /// How many fault offsets a conversion reports; the rest are only counted.
    static let reportedFaults = 16

    private let handle: OpaquePointer
    /// The charset's standard name, lower case (`windows-1258`, `utf-16le`, `iso-8859-1`).
    let name: String

    /// Opens a converter for `charset` (any name or alias ICU knows). Throws when ICU does not know it.
    init(_ charset: String) throws {
        var status: Int32 = 0
        guard let h = cicu_converter_open(charset, &status) else {
            throw ICUError(code: status == 0 ? 1 : status, operation: "opening a converter for \(charset)")
        }
        handle = h
        var buffer = [CChar](repeating: 0, count: 64)
        _ = cicu_converter_name(h, &buffer, Int32(buffer.count), &status)
        let nameBytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        name = String(decoding: nameBytes, as: UTF8.self).lowercased()
    }

    deinit { cicu_converter_close(handle) }

    /// Decodes `bytes`. Undecodable sequences become U+FFFD and are reported, never dropped.
    func decode<C: Collection>(_ bytes: C) throws -> Decoded where C.Element == UInt8 {
        let source = Array(bytes)
        var capacity = source.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var offsets = [Int32](repeating: 0, count: Self.reportedFaults)
            var badCount: Int32 = 0
            var status: Int32 = 0
            let needed = source.withUnsafeBufferPointer { src in
                units.withUnsafeMutableBufferPointer { dst in
                    offsets.withUnsafeMutableBufferPointer { bad in
                        cicu_converter_to_utf16(handle, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity),
                                                bad.baseAddress, Int32(bad.count), &badCount, &status)
                    }
                }
            }
            try ICUError.check(status, "decoding \(name)")
            if Int(needed) <= capacity {
                units.removeLast(capacity - Int(needed))
                let reported = offsets.prefix(min(Int(badCount), offsets.count)).map { Int($0) }
                return Decoded(text: UTF16Text.string(units), badOffsets: reported, badCount: Int(badCount))
            }
            capacity = Int(needed) + 16
        }
    }

    /// Encodes `text` in the charset. Returns the bytes and how many characters the charset lacks
    /// (each became its substitution byte).
    func encode(_ text: String) throws -> (bytes: [UInt8], unmappable: Int) {
        let units = Array(text.utf16)
        var capacity = units.count * 2 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var unmappable: Int32 = 0
            var status: Int32 = 0
            let needed = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_converter_from_utf16(handle, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity),
                                              &unmappable, &status)
                }
            }
            try ICUError.check(status, "encoding \(name)")
            if Int(needed) <= capacity {
                out.removeLast(capacity - Int(needed))
                return (out, Int(unmappable))
            }
            capacity = Int(needed) + 16
        }
    }
}
