import Foundation

/// Tokenises and sentence-splits normalised text: with `SegmentScanner` when every character is in
/// its repertoire (Latin letters, combining marks, general punctuation), else with ICU's break
/// iterators, which give the same boundaries.
///
/// Create one per worker and reuse it: it owns ICU iterators, which are not thread-safe.
///
/// ```swift
/// let analysis = try Analyzer(abbreviations: ["tp"]).analyze("Đảng bộ TP. Sông Công có 5.971 đảng viên.")
/// analysis.tokens.count      // 17 (words, numbers, spaces and punctuation, lossless)
/// analysis.sentences.count   // 1: no split after "TP."
/// ```
public final class Analyzer {
    private let words: BreakIterator
    private let sentences: BreakIterator
    /// Folded keys of words that, followed by ".", do not end a sentence (`tp`, `ths`).
    private let abbreviations: Set<String>
    /// Whether texts in the repertoire of `SegmentScanner` are segmented by it (tests turn it off to
    /// compare with ICU).
    private let usesScanner: Bool
    /// The strings of recent token keys.
    private let keys = KeyInterner()

    /// - Parameter abbreviations: folded keys (`FoldedKey`) of abbreviations written with a final dot.
    public convenience init(abbreviations: Set<String>) throws {
        try self.init(abbreviations: abbreviations, usesScanner: true)
    }

    /// - Parameters:
    ///   - abbreviations: folded keys (`FoldedKey`) of abbreviations written with a final dot.
    ///   - usesScanner: `false` to segment every text with ICU.
    init(abbreviations: Set<String>, usesScanner: Bool) throws {
        words = try BreakIterator(.word)
        sentences = try BreakIterator(.sentence)
        self.abbreviations = abbreviations
        self.usesScanner = usesScanner
    }

    /// Tokens and sentences of `text`, which should already be normalised (`Normalizer`).
    public func analyze(_ text: String) throws -> TextAnalysis {
        try analyze(text, units: Array(text.utf16))
    }

    /// Tokens and sentences of normalised `text`, given also as its UTF-16 code units.
    public func analyze(_ text: String, units: [UInt16]) throws -> TextAnalysis {
        let scalars = Self.scalars(units)
        let toScalar = Self.scalarOffsets(units: units, scalarCount: scalars.count)
        let wordEnds: [BreakIterator.Boundary]
        let sentenceEnds: [Int]
        if usesScanner, let classes = SegmentScanner.classes(units) {
            wordEnds = SegmentScanner.wordBoundaries(classes)
            sentenceEnds = SegmentScanner.sentenceBoundaries(classes)
        } else {
            wordEnds = try words.boundaries(units)
            sentenceEnds = try sentences.boundaries(units).map(\.offset)
        }
        let tokens = tokenize(wordEnds, scalars: scalars, toScalar: toScalar)
        var content: [Int] = []
        content.reserveCapacity(tokens.count / 2)
        for i in tokens.indices where tokens[i].kind != .space { content.append(i) }
        let sentenceRanges = splitSentences(sentenceEnds, scalars: scalars, tokens: tokens, toScalar: toScalar)
        return TextAnalysis(text: text, scalars: scalars, tokens: tokens, contentTokens: content,
                            sentences: sentenceRanges)
    }

    private static let spaceHash = FoldedKey.hash(" ")

    /// Whether a token's first letter is upper case, without a Unicode property lookup for ASCII.
    @inline(__always)
    private static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.isUppercaseLetter }

    /// The scalars of UTF-16 code units (a lone surrogate becomes U+FFFD, as `String` decoding does).
    static func scalars(_ units: [UInt16]) -> [Unicode.Scalar] {
        // Without surrogates, one scalar per unit, written in one pass.
        var hasSurrogates = false
        let direct = [Unicode.Scalar](unsafeUninitializedCapacity: units.count) { out, count in
            units.withUnsafeBufferPointer { units in
                for i in 0..<units.count {
                    let u = units[i]
                    if u & 0xF800 == 0xD800 { hasSurrogates = true; break }
                    out[i] = Unicode.Scalar(u).unsafelyUnwrapped
                }
            }
            count = hasSurrogates ? 0 : units.count
        }
        if !hasSurrogates { return direct }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(units.count)
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            if u < 0xD800 || u >= 0xE000 {
                out.append(Unicode.Scalar(UInt32(u))!)
                i += 1
            } else if UTF16.isLeadSurrogate(u), i + 1 < n, UTF16.isTrailSurrogate(units[i + 1]) {
                out.append(Unicode.Scalar(UInt32(0x10000) + (UInt32(u - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00))!)
                i += 2
            } else {
                out.append("\u{FFFD}")
                i += 1
            }
        }
        return out
    }

    /// Maps UTF-16 offsets to code point offsets (`nil` when the text has no surrogate pairs).
    private static func scalarOffsets(units: [UInt16], scalarCount: Int) -> [Int]? {
        if units.count == scalarCount { return nil }
        var map = [Int](repeating: 0, count: units.count + 1)
        var cp = 0
        var i = 0
        while i < units.count {
            map[i] = cp
            if UTF16.isLeadSurrogate(units[i]), i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) {
                map[i + 1] = cp
                i += 2
            } else {
                i += 1
            }
            cp += 1
        }
        map[units.count] = cp
        return map
    }

    /// The tokens ending at word boundaries `wordEnds` (UTF-16 offsets with ICU rule statuses).
    private func tokenize(_ wordEnds: [BreakIterator.Boundary], scalars: [Unicode.Scalar], toScalar: [Int]?) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(wordEnds.count)
        // A token's key is written here, grown for a longer token.
        var scratchCapacity = 256
        var scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchCapacity)
        defer { scratch.deallocate() }
        scalars.withUnsafeBufferPointer { scalars in
            var previous = 0
            for boundary in wordEnds {
                let start = toScalar?[previous] ?? previous
                let end = toScalar?[boundary.offset] ?? boundary.offset
                previous = boundary.offset
                WorkCounter.tick()
                guard end > start else { continue }
                let first = scalars[start]
                let kind: TokenKind
                switch boundary.status {
                case 100..<200: kind = .number
                case 200..<500: kind = .word
                default:
                    if first.isWhitespace { kind = .space }
                    else if first.isLetter { kind = .word }
                    else if Self.isNumeric(first) { kind = .number }
                    else { kind = .punct }
                }
                let needed = (end - start) * FoldedKey.maxBytesPerScalar + 1
                if needed > scratchCapacity {
                    scratch.deallocate()
                    scratchCapacity = needed
                    scratch = .allocate(capacity: scratchCapacity)
                }
                var out = KeyBytesBuffer(start: scratch)
                let text = UnsafeBufferPointer(rebasing: scalars[start..<end])
                let key: String
                let hash: UInt64
                switch kind {
                case .word:
                    // Lower case natively for the blocks Vietnamese uses; a word with any other letter is
                    // lower-cased by ICU (`FoldedKey.fold` of its text).
                    if FoldedKey.fold(simplyLowercasing: text, into: &out) {
                        (key, hash) = keys.key(out.bytes)
                    } else {
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: text)
                        key = FoldedKey.fold(String(view))
                        hash = FoldedKey.hash(key)
                    }
                case .space:
                    key = " "
                    hash = Self.spaceHash
                default:
                    for s in text { UTF8.encode(s) { out.append($0) } }
                    (key, hash) = keys.key(out.bytes)
                }
                tokens.append(Token(start: start, end: end, kind: kind, key: key, keyHash: hash,
                                    isCapitalized: kind == .word && Self.isUppercase(first)))
            }
        }
        return tokens
    }

    /// `properties.numericType != nil`, without a table lookup for ASCII (where only digits have one).
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x30 && s.value <= 0x39 : s.properties.numericType != nil
    }

    /// Sentences ending at sentence boundaries `sentenceEnds` (UTF-16 offsets), re-joined where a
    /// sentence "ends" with a listed abbreviation.
    private func splitSentences(_ sentenceEnds: [Int], scalars: [Unicode.Scalar], tokens: [Token],
                                toScalar: [Int]?) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var tokenIndex = 0
        for offset in sentenceEnds {
            let end = toScalar?[offset] ?? offset
            WorkCounter.tick()
            // Find the last non-space token before `end`.
            while tokenIndex < tokens.count && tokens[tokenIndex].end <= end { tokenIndex += 1 }
            var j = tokenIndex - 1
            while j >= 0 && tokens[j].kind == .space && tokens[j].key == " " && !containsNewline(scalars, tokens[j]) {
                j -= 1
            }
            let joins = end < scalars.count && j >= 1 && tokens[j].key == "." && tokens[j - 1].kind == .word
                && abbreviations.contains(tokens[j - 1].key)
                && (j < 2 || tokens[j - 2].kind != .word)
            if joins { continue }
            if end > start { ranges.append(start..<end) }
            start = end
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        if ranges.isEmpty { ranges.append(0..<scalars.count) }
        return splittingBeforeFigures(ranges, scalars: scalars, tokens: tokens)
    }

    /// `ranges` with a sentence also ended at a full stop after a word when a figure in digits opens
    /// the next one ("… tìm kiếm việc làm. 14 hộ chưa bàn giao …"): Unicode's sentence rules join a
    /// full stop to a number and a lower-case word after it, but reporters open sentences with figures.
    /// Not after an abbreviation ("TP. 14"), a one-letter word, or a number ("Điều 5. 3 …").
    private func splittingBeforeFigures(_ ranges: [Range<Int>], scalars: [Unicode.Scalar], tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        var j = 1
        for range in ranges {
            var start = range.lowerBound
            while j + 2 < tokens.count && tokens[j].start < range.upperBound {
                WorkCounter.tick()
                // A full stop first, read from the scalars (no token copied for the rest of the text).
                let dot = tokens[j].start
                if tokens[j].end == dot + 1, scalars[dot] == ".", dot >= start, tokens[j + 2].kind == .number,
                   tokens[j - 1].kind == .word, tokens[j - 1].end - tokens[j - 1].start >= 2,
                   tokens[j + 1].kind == .space, !containsNewline(scalars, tokens[j + 1]),
                   case let figure = tokens[j + 2].start, figure < range.upperBound, scalars[figure].isASCIIDigit,
                   !abbreviations.contains(tokens[j - 1].key) {
                    out.append(start..<figure)
                    start = figure
                }
                j += 1
            }
            out.append(start..<range.upperBound)
        }
        return out
    }

    private func containsNewline(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
        scalars[token.start..<token.end].contains("\n")
    }
}
