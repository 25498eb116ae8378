/// One piece of an HTML page.
enum HTMLToken: Equatable {
    /// Character data, as byte offsets into the page; references (`&amp;`) are not decoded yet.
    case text(Range<Int>)
    /// A start tag: lower-case name, attributes (lower-case names, decoded values), `<br/>` style.
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    /// An end tag with its lower-case name.
    case endTag(name: String)
}

/// An attribute of a start tag.
struct HTMLAttribute: Equatable {
    let name: String
    let value: String
}

/// A tolerant HTML tokenizer over UTF-8 bytes, after the HTML standard's tokenizer in spirit:
/// comments, doctypes and processing instructions are skipped; `script`, `style` and the other
/// raw-text elements hold text up to their own end tag; a `<` that opens no tag is text; a tag or
/// comment left open at the end of the page ends the page, as in browsers.
///
/// ```swift
/// var tokens = HTMLTokenizer(Array("<p class=lead>Đảng &amp; <b>bộ</b><!-- x -->".utf8))
/// tokens.next()  // .startTag(name: "p", attributes: [class=lead], selfClosing: false)
/// tokens.next()  // .text(13..<25)  ("Đảng &amp; ")
/// ```
///
/// - Complexity: O(n) over the page, with no recursion: every byte is looked at a bounded number
///   of times whatever the nesting, and unclosed tags do not cause rescans.
struct HTMLTokenizer: IteratorProtocol {
    let bytes: [UInt8]
    private var i = 0
    /// The raw-text element whose content comes next (`script`, `style`, …).
    private var rawTextElement: String?

    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                               "noframes", "noscript"]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> HTMLToken? {
        WorkCounter.tick()
        if let element = rawTextElement {
            rawTextElement = nil
            let start = i
            let end = findEndTag(of: element, from: i)
            i = end
            if end > start { return .text(start..<end) }
        }
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
                return .text(start..<i)
            }
            let start = i
            guard let token = markup() else { continue }
            if case .text = token { return .text(start..<i) }
            return token
        }
        return nil
    }

    /// Reads the markup at `i` (a `<`). Returns nil for skipped markup (comments, doctypes), `.text`
    /// when the `<` opens nothing (the `<` alone is text).
    private mutating func markup() -> HTMLToken? {
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        if next == UInt8(ascii: "!") {
            if starts(with: "<!--", at: i) {
                i = (find("-->", from: i + 4).map { $0 + 3 }) ?? bytes.count
            } else {
                i = find(">", from: i + 2).map { $0 + 1 } ?? bytes.count
            }
            return nil
        }
        if next == UInt8(ascii: "?") {
            i = find(">", from: i + 2).map { $0 + 1 } ?? bytes.count
            return nil
        }
        if next == UInt8(ascii: "/") {
            let after = i + 2 < bytes.count ? bytes[i + 2] : 0
            guard isLetter(after) else {
                // `</>` is dropped; `</ x` is a bogus comment up to `>`.
                i = find(">", from: i + 2).map { $0 + 1 } ?? bytes.count
                return nil
            }
            i += 2
            let name = readName()
            i = find(">", from: i).map { $0 + 1 } ?? bytes.count
            return .endTag(name: name)
        }
        guard isLetter(next) else { i += 1; return .text(0..<0) }
        i += 1
        let name = readName()
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while i < bytes.count {
            WorkCounter.tick()
            skipSpaces()
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: ">") {
                i += 1
                if Self.rawTextElements.contains(name) { rawTextElement = name }
                return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
            }
            if b == UInt8(ascii: "/") { selfClosing = true; i += 1; continue }
            selfClosing = false
            let nameStart = i
            while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/"),
                  i == nameStart || bytes[i] != UInt8(ascii: "=") { i += 1 }
            let attributeName = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            skipSpaces()
            var value = ""
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                skipSpaces()
                guard i < bytes.count else { break }
                let quote = bytes[i]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(i + 1)...].firstIndex(of: quote) else { break }
                    value = HTMLEntities.decode(bytes[(i + 1)..<close])
                    i = close + 1
                } else {
                    let valueStart = i
                    while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = HTMLEntities.decode(bytes[valueStart..<i])
                }
            }
            attributes.append(HTMLAttribute(name: attributeName, value: value))
        }
        // The page ended inside a tag: browsers drop the tag and everything after it.
        i = bytes.count
        return nil
    }

    /// The offset of the `<` of `</element` (followed by a space, `/` or `>`) from `start`, or the
    /// end of the page.
    private func findEndTag(of element: String, from start: Int) -> Int {
        let name = Array(element.utf8)
        var j = start
        while let lt = bytes[j...].firstIndex(of: UInt8(ascii: "<")) {
            WorkCounter.tick(lt + 1 - j)
            j = lt + 1
            guard j < bytes.count, bytes[j] == UInt8(ascii: "/"), j + 1 + name.count <= bytes.count else { continue }
            var matches = true
            for (k, c) in name.enumerated() where bytes[j + 1 + k] | 0x20 != c { matches = false; break }
            guard matches else { continue }
            let after = j + 1 + name.count
            if after == bytes.count || isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">")
                || bytes[after] == UInt8(ascii: "/") { return lt }
        }
        return bytes.count
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
    }

    private mutating func skipSpaces() { while i < bytes.count, isSpace(bytes[i]) { i += 1 } }

    private func find(_ needle: String, from start: Int) -> Int? {
        let n = Array(needle.utf8)
        var j = start
        while j + n.count <= bytes.count {
            guard let first = bytes[j...].firstIndex(of: n[0]) else { WorkCounter.tick(bytes.count - j); return nil }
            WorkCounter.tick(first + 1 - j)
            if first + n.count > bytes.count { return nil }
            if starts(with: needle, at: first) { return first }
            j = first + 1
        }
        return nil
    }

    private func starts(with prefix: String, at index: Int) -> Bool {
        var k = index
        for c in prefix.utf8 {
            guard k < bytes.count, bytes[k] == c else { return false }
            k += 1
        }
        return true
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
