/// A set of folded keys (`FoldedKey`) tested against tokens by their precomputed `Token.keyHash`,
/// so a test per token hashes no string.
///
/// ```swift
/// static let listJoins: KeySet = [Keys.comma, Keys.va]
/// if listJoins.contains(token) { … }
/// ```
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var table = PhraseTable<Bool>()

    init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys { table.insert([key], true) }
    }

    /// The set of the keys of `constants`.
    init(arrayLiteral constants: KeyConstant...) {
        self.init(constants.map(\.key))
    }

    /// Whether the token's key is in the set.
    @inline(__always)
    func contains(_ token: Token) -> Bool { table.value(of: token) != nil }
}
