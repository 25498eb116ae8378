/// Multi-word phrases keyed by folded syllable keys, matched over the content tokens of a text
/// (longest match first).
///
/// A phrase is stored as the keys of its non-space tokens, so `TP.` is `["tp", "."]` and
/// `Đảng bộ` is `["ddang3", "bo^5"]`; matching ignores case and tone-mark placement.
public struct PhraseTable<Value: Sendable>: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var value: Value?
    }

    private let root = Node()
    /// Identifies the table in per-text caches.
    var identity: ObjectIdentifier { ObjectIdentifier(root) }
    /// The number of phrases stored.
    public private(set) var count = 0
    /// The longest phrase, in tokens.
    public private(set) var maxLength = 0

    public init() {}

    /// Adds a phrase given as folded keys. A later value for the same phrase replaces the earlier.
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = root
        for k in keys {
            if let next = node.children[k] { node = next } else {
                let next = Node()
                node.children[k] = next
                node = next
            }
        }
        if node.value == nil { count += 1 }
        node.value = value
        maxLength = max(maxLength, keys.count)
    }

    /// The longest phrase starting at content token `position`, as (number of content tokens, value).
    public func longestMatch(_ analysis: TextAnalysis, at position: Int) -> (length: Int, value: Value)? {
        var node = root
        var best: (Int, Value)?
        WorkCounter.tick()
        var i = position
        let content = analysis.contentTokens
        while i < content.count, let next = node.children[analysis.tokens[content[i]].key] {
            WorkCounter.tick()
            node = next
            i += 1
            if let v = node.value { best = (i - position, v) }
        }
        return best
    }

    /// For every content position `e`, the start of the longest phrase ending right before `e`
    /// (-1 when none), in one pass without allocating per position.
    func phraseStartsByEnd(_ analysis: TextAnalysis) -> [Int32] {
        let content = analysis.contentTokens
        var ends = [Int32](repeating: -1, count: content.count + 1)
        for s in 0..<content.count {
            var node = root
            var i = s
            while i < content.count, let next = node.children[analysis.tokens[content[i]].key] {
                node = next
                i += 1
                if node.value != nil && ends[i] < 0 { ends[i] = Int32(s) }  // starts grow: the first is the longest
            }
        }
        return ends
    }

    /// The value of the phrase covering exactly `length` content tokens from `position`.
    func value(_ analysis: TextAnalysis, at position: Int, length: Int) -> Value? {
        var node = root
        let content = analysis.contentTokens
        for i in position..<(position + length) {
            guard i < content.count, let next = node.children[analysis.tokens[content[i]].key] else { return nil }
            node = next
        }
        return node.value
    }

    /// The value of a phrase given as folded keys, when stored.
    public func lookup(_ keys: [String]) -> Value? {
        var node = root
        for k in keys {
            guard let next = node.children[k] else { return nil }
            node = next
        }
        return node.value
    }
}
