/// A folded key (`FoldedKey`) that rules test tokens against, with its `FoldedKey.hash` computed
/// once, so that a test compares two integers and looks at the strings only when the hashes agree.
///
/// ```swift
/// static let nam = KeyConstant(folding: "năm")      // key "na(m"
/// static let comma = KeyConstant(key: ",")          // punctuation: the key is the text
/// if token.hasKey(Keys.nam) { … }
/// ```
///
/// Every read of a `static let` calls `swift_once` (about ten instructions, more than the test
/// itself), so loops over every token read the constants they test into locals first.
struct KeyConstant: Sendable {
    /// The folded key.
    let key: String
    /// `FoldedKey.hash(key)`.
    let hash: UInt64

    /// The constant for an already folded key (punctuation and digits are their own keys).
    init(key: String) {
        self.key = key
        hash = FoldedKey.hash(key)
    }

    /// The constant for the key of a word as written (`FoldedKey.fold`).
    init(folding word: String) {
        self.init(key: FoldedKey.fold(word))
    }
}

extension Token {
    /// Whether the token's key is `constant`: equal hashes confirmed on the strings, so a hash
    /// collision can never pass, and a key that differs costs one integer comparison.
    @inline(__always)
    func hasKey(_ constant: KeyConstant) -> Bool {
        keyHash == constant.hash && key == constant.key
    }
}

extension TextAnalysis {
    /// Whether the token at content position `position` has the key `constant` (false outside the
    /// text).
    @inline(__always)
    func keyIs(_ position: Int, _ constant: KeyConstant) -> Bool {
        guard position >= 0 && position < contentTokens.count else { return false }
        return tokens[contentTokens[position]].hasKey(constant)
    }

    /// The keys of content positions `from..<to`, joined by spaces (the form of a mention's
    /// `headKey`).
    func keys(from: Int, to: Int) -> String {
        (from..<to).map { tokens[contentTokens[$0]].key }.joined(separator: " ")
    }

    /// Whether the key of the token at content position `position` is in `set` (false outside the
    /// text).
    @inline(__always)
    func keyIs(_ position: Int, oneOf set: KeySet) -> Bool {
        guard position >= 0 && position < contentTokens.count else { return false }
        return set.contains(tokens[contentTokens[position]])
    }
}
