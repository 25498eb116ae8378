/// A warning or error about one input, carried in its record.
public struct Diagnostic: Sendable, Equatable {
    public enum Level: String, Sendable { case warning, error }
    public var level: Level
    /// A stable snake_case code (`invalid_utf8`, `empty_input`).
    public var code: String
    public var message: String
    /// A byte offset in the input, or a code point offset in the normalised text, when one applies.
    public var offset: Int?

    public init(_ level: Level, _ code: String, _ message: String, offset: Int? = nil) {
        self.level = level
        self.code = code
        self.message = message
        self.offset = offset
    }
}
