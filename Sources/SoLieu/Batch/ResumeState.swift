import Foundation

/// What an interrupted batch run already wrote: the inputs it covered and how much of its output
/// is whole records.
///
/// A run writes records in input order, so an interrupted output is a prefix of the full one,
/// possibly ending in a half-written line; that line and anything unreadable after the last good
/// record are cut off, and the inputs are done again.
///
/// ```swift
/// if let state = try ResumeState.read(output: "facts.jsonl") {
///     state.contains(path: "corpus/a.txt", line: nil)   // true when its record is in the output
/// }
/// ```
public struct ResumeState: Sendable {
    /// The file the records were read from: `FILE.partial` after a killed run, else `FILE`.
    public let source: String
    /// Whether `source` is the temporary file of a killed run.
    public let fromPartial: Bool
    /// The number of whole records.
    public let records: Int
    /// The length in bytes of the whole records at the start of `source`.
    public let validLength: Int
    private let keys: Set<UInt64>

    /// Reads the records of `output` (or of its `.partial` file, when a killed run left one), or
    /// returns nil when neither exists.
    public static func read(output: String) throws -> ResumeState? {
        let partial = OutputFile.temporaryPath(for: output)
        let fm = FileManager.default
        let source: String
        if fm.fileExists(atPath: partial) { source = partial }
        else if fm.fileExists(atPath: output) { source = output }
        else { return nil }
        let reader = try LineReader(path: source)
        var keys = Set<UInt64>()
        var length = 0, records = 0
        while let (line, _) = try reader.next(), reader.lastLineTerminated {
            guard let key = key(ofRecordLine: line) else { break }
            keys.insert(key)
            records += 1
            length += line.count + 1
        }
        return ResumeState(source: source, fromPartial: source == partial, records: records, validLength: length, keys: keys)
    }

    /// Whether the output holds the record of `path` (and `line`, for JSON Lines).
    public func contains(path: String, line: Int?) -> Bool { keys.contains(Self.key(path: path, line: line)) }

    /// The key of a record line: its `source.path` and `source.line`; nil when the line is not a record.
    static func key(ofRecordLine line: [UInt8]) -> UInt64? {
        guard let text = String(validating: line, as: UTF8.self), let json = try? JSONValue.parse(text),
              json["id"]?.stringValue != nil, let source = json["source"], let path = source["path"]?.stringValue
        else { return nil }
        return key(path: path, line: source["line"]?.numberValue.map { Int($0) })
    }

    /// A 64-bit FNV-1a hash of the path and line (8 bytes a record, whatever the path's length).
    static func key(path: String, line: Int?) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        for byte in String(line ?? 0).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
