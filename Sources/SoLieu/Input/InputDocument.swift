import Foundation

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

    /// The id of a file's record: its name without extension (`corpus/bx.txt` → `bx`).
    public static func id(forPath path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}

/// What an input's bytes hold.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Decide from the file name's extension, else from the first bytes.
    case auto
    /// An article as plain text.
    case text
    /// An HTML page.
    case html
    /// JSON Lines: one scraped article per line (`{"id", "url", "title", "text" | "html", "published"}`).
    case jsonl

    /// The format of an input named `path` starting with `prefix`, when `self` is `.auto`.
    ///
    /// ```swift
    /// InputFormat.auto.resolved(path: "a.html", prefix: [])                          // .html
    /// InputFormat.auto.resolved(path: nil, prefix: Array(#"{"text": "…"}"#.utf8))    // .jsonl
    /// InputFormat.auto.resolved(path: nil, prefix: Array("<!DOCTYPE html>".utf8))    // .html
    /// ```
    public func resolved(path: String?, prefix: ArraySlice<UInt8>) -> InputFormat {
        guard self == .auto else { return self }
        return Self.fromExtension(path) ?? Self.sniff(prefix)
    }

    /// The format a file name's extension names (`.html`, `.htm`, `.jsonl`, `.ndjson`, `.txt`), if any.
    public static func fromExtension(_ path: String?) -> InputFormat? {
        guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// The format the first bytes of an input suggest: a JSON object with article text on its first
    /// line is JSON Lines; markup that opens like a page is HTML; anything else is text.
    static func sniff(_ prefix: ArraySlice<UInt8>) -> InputFormat {
        var body = prefix
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let first = body.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return .text }
        if body[first] == UInt8(ascii: "{") {
            let end = body[first...].firstIndex(of: 0x0A) ?? body.endIndex
            if case .object(let pairs)? = try? JSONValue.parse(String(decoding: body[first..<end], as: UTF8.self)),
               pairs.contains(where: { ScrapedArticle.textKeys.contains($0.0) }) {
                return .jsonl
            }
            return .text
        }
        guard body[first] == UInt8(ascii: "<") else { return .text }
        let head = String(decoding: body[first..<min(body.endIndex, first + 1024)], as: UTF8.self).lowercased()
        let markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<p ", "<h1", "<!--"]
        return markers.contains { head.contains($0) } ? .html : .text
    }
}

/// How inputs are read: the format, when detection should not decide, the encoding, and the size
/// beyond which an article is refused.
public struct ReadOptions: Sendable {
    public var format: InputFormat
    /// A charset name that overrides detection (`windows-1258`, `utf-16le`).
    public var encoding: String?
    /// The largest article read, in bytes: a file, stdin, or one line of JSON Lines (`--max-bytes`).
    /// A larger one is refused with an `input_too_large` error diagnostic, not read into memory.
    public var maximumBytes: Int

    /// The default `maximumBytes`: 5 MiB, some fifty times the largest news page.
    public static let defaultMaximumBytes = 5 << 20

    public init(format: InputFormat = .auto, encoding: String? = nil, maximumBytes: Int = defaultMaximumBytes) {
        self.format = format
        self.encoding = encoding
        self.maximumBytes = maximumBytes
    }
}

extension InputDocument {
    /// Reads the file at `path`; its id is the file name without extension.
    /// - Parameter maximumBytes: a file larger than this is refused before it is read (a device or
    ///   pipe that grows past it while being read, too).
    /// - Throws: `InputFileError` naming the path and the system's reason, or the size and the limit.
    public static func file(_ path: String, maximumBytes: Int = .max) throws(InputFileError) -> InputDocument {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFileError(path: path, code: errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw InputFileError(path: path, code: EISDIR) }
        if Int(info.st_size) > maximumBytes { throw .tooLarge(path: path, size: Int(info.st_size), limit: maximumBytes) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw InputFileError(path: path, code: errno) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maximumBytes { throw .tooLarge(path: path, size: nil, limit: maximumBytes) }
        }
        return InputDocument(id: id(forPath: path), path: path, bytes: bytes)
    }
}

/// A file that could not be read, or that was refused for its size.
public struct InputFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    /// The system's error number (`EFBIG` for an input refused by `ReadOptions.maximumBytes`).
    public let code: Int32
    /// For a refused input: the limit it broke, and its size when known (nil for a stream that grew
    /// past the limit).
    public private(set) var limit: Int?
    public private(set) var size: Int?

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// An input larger than `limit` bytes.
    public static func tooLarge(path: String, size: Int?, limit: Int) -> InputFileError {
        var error = InputFileError(path: path, code: EFBIG)
        error.limit = limit
        error.size = size
        return error
    }

    /// The code of the record's error diagnostic: `input_too_large` or `unreadable_input`.
    public var diagnosticCode: String { limit == nil ? "unreadable_input" : "input_too_large" }

    public var description: String {
        if let limit { return "\(path): \(InputLimit.describe(size: size, limit: limit))" }
        return code == ENOENT ? "\(path): no such file" : "\(path): cannot be read (\(String(cString: strerror(code))))"
    }
}
