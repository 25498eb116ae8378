import Foundation

/// Byte searches over a string's UTF-8 with memchr, for the cheap tests readers make before they
/// split a text into lines ("does it hold a '|' at all?"). The UTF-8 view's own `contains` walks the
/// text byte by byte through its iterator (10.8 M instructions on the benchmark's corpus).
enum UTF8Search {
    /// Whether `text` holds one of `bytes`.
    static func contains(anyOf bytes: [UInt8], in text: String) -> Bool {
        bytes.contains { byte in contains(byte, in: text) { _, _ in true } }
    }

    /// Whether `text` holds `byte` at an offset `i` of its UTF-8 for which `accept(utf8, i)` holds
    /// (the bytes around it looked at by the caller).
    static func contains(_ byte: UInt8, in text: String, where accept: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard let base = utf8.baseAddress else { return false }
            var from = 0
            while from < utf8.count, let hit = memchr(base + from, Int32(byte), utf8.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if accept(utf8, i) { return true }
                from = i + 1
            }
            return false
        } ?? Array(text.utf8).withUnsafeBufferPointer { utf8 in
            utf8.indices.contains { utf8[$0] == byte && accept(utf8, $0) }
        }
    }
}
