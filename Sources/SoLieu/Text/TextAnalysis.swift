/// The normalised text of an article with its tokens and sentences, all in code point offsets.
public struct TextAnalysis: Sendable {
    /// The normalised text.
    public let text: String
    /// The text's scalars, indexed by code point offset.
    public let scalars: [Unicode.Scalar]
    /// All tokens, covering the text.
    public let tokens: [Token]
    /// Indices into `tokens` of the tokens that are not spaces, in order.
    public let contentTokens: [Int]
    /// Sentence ranges in code point offsets, covering the text.
    public let sentences: [Range<Int>]
    /// The sentence of each content token (`sentenceIndex(at:)` of its start), computed once.
    let contentSentence: [Int32]
    /// Where the text's lines start.
    let lines: LineIndex

    init(text: String, scalars: [Unicode.Scalar], tokens: [Token], contentTokens: [Int], sentences: [Range<Int>]) {
        self.text = text
        self.scalars = scalars
        self.tokens = tokens
        self.contentTokens = contentTokens
        self.sentences = sentences
        var map: [Int32] = []
        map.reserveCapacity(contentTokens.count)
        var sentence = 0
        for index in contentTokens {
            let start = tokens[index].start
            while sentence + 1 < sentences.count && sentences[sentence + 1].lowerBound <= start { sentence += 1 }
            map.append(Int32(sentence))
        }
        contentSentence = map
        lines = LineIndex(scalars)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var utf8 = 0
        for s in scalars {
            offsets.append(Int32(utf8))
            let v = s.value
            utf8 += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        offsets.append(Int32(utf8))
        utf8Offsets = offsets
    }

    /// The UTF-8 offset in `text` of each code point offset, and of the end.
    private let utf8Offsets: [Int32]

    /// Per-text memo of where lexicon phrases end (see `phraseEnding`).
    let phraseEnds = PhraseEndMemo()

    /// The text between two code point offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, start), hi = min(end, scalars.count)
        guard lo < hi else { return "" }
        WorkCounter.tick(hi - lo)
        // A copy of the text's own (valid) bytes: no encoding and no validation.
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[lo]))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[hi]))
        return String(text[from..<to])
    }

    /// `slice(start, end).lowercased()`, lower-cased natively when every letter is in the blocks
    /// Vietnamese uses (`FoldedKey.simpleLowercase`).
    func lowercasedSlice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, start), hi = min(end, scalars.count)
        guard lo < hi else { return "" }
        WorkCounter.tick(hi - lo)
        var utf8: [UInt8] = []
        utf8.reserveCapacity((hi - lo) * 2)
        for s in scalars[lo..<hi] {
            guard let lower = FoldedKey.simpleLowercase(s.value), let scalar = Unicode.Scalar(lower) else {
                return slice(start, end).lowercased()
            }
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The text of a token.
    public func text(of token: Token) -> String { slice(token.start, token.end) }

    /// Whether a line ends between content positions `p` and `p + 1`.
    func lineBreak(after p: Int) -> Bool {
        guard p >= 0 && p + 1 < contentTokens.count else { return false }
        return scalars[tokens[contentTokens[p]].end..<tokens[contentTokens[p + 1]].start].contains("\n")
    }

    /// Whether the item of a list ends after content position `p`: the text or its line ends, or
    /// ",", "và", ";" or "." follows ("…, xã Đông Lạc 68, xã Tân Hưng Hạ 49.").
    func endsListItem(after p: Int) -> Bool {
        p + 1 >= contentTokens.count || lineBreak(after: p)
            || keyIs(p + 1, oneOf: Keys.listJoins) || keyIs(p + 1, Keys.semicolon) || keyIs(p + 1, Keys.fullStop)
    }

    /// Whether a blank line (a paragraph's end) lies between content positions `p` and `p + 1`.
    func paragraphBreak(after p: Int) -> Bool {
        guard p >= 0 && p + 1 < contentTokens.count else { return false }
        var breaks = 0
        for s in scalars[tokens[contentTokens[p]].end..<tokens[contentTokens[p + 1]].start] where s == "\n" {
            breaks += 1
            if breaks > 1 { return true }
        }
        return false
    }

    /// The first content position whose token ends after code point offset `offset`.
    func position(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = contentTokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[contentTokens[mid]].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the sentence containing code point offset `offset`.
    /// The sentence of the content token at content position `p`: `sentenceIndex(at:)` of its
    /// start, read from the table built once.
    func sentenceIndex(ofContent p: Int) -> Int { Int(contentSentence[p]) }

    public func sentenceIndex(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}

/// For each lexicon table used on a text, the start of the longest phrase ending at each content
/// position, computed once per text in one pass over it. Not thread-safe: a text is analysed by one
/// worker.
final class PhraseEndMemo: @unchecked Sendable {
    private var starts: [ObjectIdentifier: [Int32]] = [:]

    func starts<V>(_ table: PhraseTable<V>, _ analysis: TextAnalysis) -> [Int32] {
        if let known = starts[table.identity] { return known }
        let ends = table.phraseStartsByEnd(analysis)
        starts[table.identity] = ends
        return ends
    }
}
