/// What a token is, from ICU's word-break rule status and its first character.
public enum TokenKind: String, Sendable, Codable {
    /// A run of letters (a Vietnamese syllable, an abbreviation like `TP`).
    case word
    /// A run of digits, possibly with `.` or `,` inside (`5.971`, `96,9`).
    case number
    /// Spaces and line breaks.
    case space
    /// Any other character: punctuation, symbols.
    case punct
}

/// A piece of the normalised text. Tokens cover the text without gaps or overlaps, so joining them
/// gives the text back.
public struct Token: Sendable {
    /// Code point offset of the first character.
    public let start: Int
    /// Code point offset after the last character.
    public let end: Int
    /// What the token is.
    public let kind: TokenKind
    /// The folded lookup key (`FoldedKey`): lower case, tone as a trailing digit. For punctuation
    /// and numbers, the text itself.
    public let key: String
    /// `FoldedKey.hash` of `key`, computed once so that lexicon tables match without hashing strings.
    public let keyHash: UInt64
    /// Whether the token starts with an upper-case letter.
    public let isCapitalized: Bool
}
