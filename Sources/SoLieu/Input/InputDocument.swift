/// One input to extract from: raw bytes and where they came from.
public struct InputDocument: Sendable {
    /// The record id: a file name without extension, or `stdin`.
    public var id: String
    /// The path read, or nil for stdin.
    public var path: String?
    /// The raw bytes.
    public var bytes: [UInt8]

    public init(id: String, path: String?, bytes: [UInt8]) {
        self.id = id
        self.path = path
        self.bytes = bytes
    }
}
