/// Multi-word phrases keyed by folded syllable keys, matched over the content tokens of a text
/// (longest match first).
///
/// A phrase is stored as the keys of its non-space tokens, so `TP.` is `["tp", "."]` and
/// `Đảng bộ` is `["ddang3", "bo^5"]`; matching ignores case and tone-mark placement.
///
/// The trie is flat: nodes are integers, and every edge (parent node, token key) lives in one
/// open-addressing table probed with the token's precomputed `Token.keyHash`, so matching a text
/// hashes no strings, allocates nothing and retains no objects (two workers share a table without
/// touching the same reference counts). A probe that finds the hash compares the key itself, so a
/// hash collision can never match a phrase.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// One edge of the trie: from `parent` over the token key `key` (hash `hash`) to `child`.
    private struct Edge: Sendable {
        var hash: UInt64
        var parent: Int32
        var child: Int32
        var key: String
    }

    /// Node values; node 0 is the root.
    private var values: [Value?] = [nil]
    /// Open-addressing edge table; `child < 0` marks an empty slot. Its size is a power of two.
    private var edges: [Edge] = Array(repeating: Edge(hash: 0, parent: 0, child: -1, key: ""), count: 16)
    private var edgeCount = 0
    /// Identifies the table in per-text caches.
    private let identityToken = IdentityToken()
    var identity: ObjectIdentifier { ObjectIdentifier(identityToken) }
    /// A bit per `hash % 1024` of the first keys of the phrases: most tokens start no phrase, and
    /// one bit test says so without probing the edge table.
    private var firstKeyBits = [UInt64](repeating: 0, count: 16)
    /// The number of phrases stored.
    public private(set) var count = 0
    /// The longest phrase, in tokens.
    public private(set) var maxLength = 0

    private final class IdentityToken: Sendable {}

    public init() {}

    /// Adds a phrase given as folded keys. A later value for the same phrase replaces the earlier.
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for k in keys {
            let h = FoldedKey.hash(k)
            if let next = child(of: node, hash: h, key: k) { node = next; continue }
            let next = Int32(values.count)
            values.append(nil)
            if node == 0 { firstKeyBits[Int(h & 1023) >> 6] |= 1 << (h & 63) }
            addEdge(Edge(hash: h, parent: node, child: next, key: k))
            node = next
        }
        if values[Int(node)] == nil { count += 1 }
        values[Int(node)] = value
        maxLength = max(maxLength, keys.count)
    }

    private static func slot(_ hash: UInt64, _ parent: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &+ UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15) >> 17) & mask
    }

    private mutating func addEdge(_ edge: Edge) {
        if (edgeCount + 1) * 2 > edges.count {
            let old = edges
            edges = Array(repeating: Edge(hash: 0, parent: 0, child: -1, key: ""), count: old.count * 2)
            for e in old where e.child >= 0 { place(e) }
        }
        place(edge)
        edgeCount += 1
    }

    private mutating func place(_ edge: Edge) {
        let mask = edges.count - 1
        var i = Self.slot(edge.hash, edge.parent, mask)
        while edges[i].child >= 0 { i = (i + 1) & mask }
        edges[i] = edge
    }

    /// The node reached from `node` over the token whose key is `key` with hash `hash`.
    @inline(__always)
    private func child(of node: Int32, hash: UInt64, key: String) -> Int32? {
        let mask = edges.count - 1
        var i = Self.slot(hash, node, mask)
        while true {
            let c = edges[i].child
            if c < 0 { return nil }
            if edges[i].hash == hash && edges[i].parent == node && edges[i].key == key { return c }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    private func child(of node: Int32, token: Token) -> Int32? {
        child(of: node, hash: token.keyHash, key: token.key)
    }

    /// Whether a phrase may start at `position`: false when the token's key is no phrase's first
    /// key (a test of one bit; true may still find no phrase).
    @inline(__always)
    func mayMatch(_ analysis: TextAnalysis, at position: Int) -> Bool {
        guard position >= 0 && position < analysis.contentTokens.count else { return false }
        return mayStart(analysis.tokens[analysis.contentTokens[position]].keyHash)
    }

    /// Whether some phrase may start with a token whose key hash is `hash`.
    @inline(__always)
    func mayStart(_ hash: UInt64) -> Bool {
        firstKeyBits[Int(hash & 1023) >> 6] & (1 << (hash & 63)) != 0
    }

    /// The longest phrase starting at content token `position`, as (number of content tokens, value).
    ///
    /// Inlined up to the first key's bit: most positions start no phrase, and are answered at the
    /// call site without a call.
    @inline(__always)
    public func longestMatch(_ analysis: TextAnalysis, at position: Int) -> (length: Int, value: Value)? {
        guard mayMatch(analysis, at: position) else {
            WorkCounter.tick()
            return nil
        }
        return longestMatchFrom(analysis, at: position)
    }

    /// `longestMatch` past the test of the first key.
    private func longestMatchFrom(_ analysis: TextAnalysis, at position: Int) -> (length: Int, value: Value)? {
        var node: Int32 = 0
        var best: (Int, Value)?
        WorkCounter.tick()
        var i = position
        let content = analysis.contentTokens
        while i < content.count, let next = child(of: node, token: analysis.tokens[content[i]]) {
            WorkCounter.tick()
            node = next
            i += 1
            if let v = values[Int(node)] { best = (i - position, v) }
        }
        return best
    }

    /// For every content position `e`, the start of the longest phrase ending right before `e`
    /// (-1 when none), in one pass without allocating per position.
    func phraseStartsByEnd(_ analysis: TextAnalysis) -> [Int32] {
        let content = analysis.contentTokens
        var ends = [Int32](repeating: -1, count: content.count + 1)
        for s in 0..<content.count where mayStart(analysis.tokens[content[s]].keyHash) {
            var node: Int32 = 0
            var i = s
            while i < content.count, let next = child(of: node, token: analysis.tokens[content[i]]) {
                node = next
                i += 1
                if values[Int(node)] != nil && ends[i] < 0 { ends[i] = Int32(s) }  // starts grow: the first is the longest
            }
        }
        return ends
    }

    /// The value of the phrase covering exactly `length` content tokens from `position`.
    func value(_ analysis: TextAnalysis, at position: Int, length: Int) -> Value? {
        var node: Int32 = 0
        let content = analysis.contentTokens
        for i in position..<(position + length) {
            guard i < content.count, let next = child(of: node, token: analysis.tokens[content[i]]) else { return nil }
            node = next
        }
        return values[Int(node)]
    }

    /// The value of the one-token phrase `token`, when stored.
    @inline(__always)
    func value(of token: Token) -> Value? {
        guard mayStart(token.keyHash), let node = child(of: 0, token: token) else { return nil }
        return values[Int(node)]
    }

    /// The value of a phrase given as folded keys, when stored.
    public func lookup(_ keys: [String]) -> Value? {
        var node: Int32 = 0
        for k in keys {
            guard let next = child(of: node, hash: FoldedKey.hash(k), key: k) else { return nil }
            node = next
        }
        return values[Int(node)]
    }
}
