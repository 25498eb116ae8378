import Foundation

extension ArticleMetadata {
    /// Lines inside the text that link to another article ("Xem thêm: Tây Lâm: Kết nạp hơn 2.300
    /// đảng viên …"): a related-articles heading (`page_chrome.tsv`) and a colon, then the title.
    /// Their figures are the other article's.
    static func relatedLinkLines(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            if let colon = scalars[start..<min(end, start + 40)].firstIndex(of: ":"), colon + 1 < end {
                if HTMLText.isRelatedHeading(String(scalars: scalars[start..<colon])) { out.append(start..<end) }
            }
            start = end + 1
        }
        return out
    }

    /// The first and last few non-empty lines of a text (the only ones metadata is read from),
    /// found as byte ranges without reading the whole text into lines, and trimmed; a line becomes a
    /// `String` only when it is read.
    ///
    /// Lines are numbered head first, then tail: the tail holds the last `count` lines after the
    /// head, so short texts are not read twice.
    struct EdgeLines {
        private let bytes: [UInt8]
        /// Byte ranges of the first non-empty lines, at most `headCount`.
        private(set) var head: [Range<Int>] = []
        /// Byte ranges of the last non-empty lines after the head, at most `count`.
        private(set) var tail: [Range<Int>] = []
        let headCount: Int

        init(_ text: String, count: Int = 6, headCount: Int) {
            bytes = Array(text.utf8)
            self.headCount = headCount
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                while i < b.count && head.count < headCount {
                    let j = Self.lineEnd(b, from: i)
                    if let r = Self.trimmed(b, i, j) { head.append(r) }
                    i = j + 1
                }
                let headEnd = i
                var j = b.count
                var found: [Range<Int>] = []
                while j > headEnd && found.count < count {
                    var k = j
                    while k > headEnd && b[k - 1] != 0x0A { k -= 1 }
                    if let r = Self.trimmed(b, k, j) { found.append(r) }
                    j = k - 1
                }
                tail = found.reversed()
            }
        }

        /// How many lines there are, head and tail.
        var count: Int { head.count + tail.count }

        /// Line `i`, counting the head first.
        func line(_ i: Int) -> String {
            let r = i < head.count ? head[i] : tail[i - head.count]
            return bytes.withUnsafeBufferPointer { String(decoding: $0[r], as: UTF8.self) }
        }

        /// The offset of the next line feed at or after `i`, or the end.
        private static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
            guard let base = b.baseAddress, let hit = memchr(base + i, 0x0A, b.count - i) else { return b.count }
            return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
        }

        /// `a..<b` without spaces and tabs at its ends, or nil when nothing is left.
        private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Range<Int>? {
            var a = a, b = b
            while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09) { a += 1 }
            while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09) { b -= 1 }
            return b > a ? a..<b : nil
        }
    }
}
