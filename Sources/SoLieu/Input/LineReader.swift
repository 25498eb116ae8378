import Foundation

/// Reads lines from a file descriptor as they arrive: a file, a pipe, or `tail -f` on stdin.
///
/// Lines are returned without their line end (`\n` or `\r\n`) as soon as they are complete; the
/// last line needs no line end. Memory holds one read buffer and the longest line.
///
/// ```swift
/// let reader = try LineReader(path: "scraped.jsonl")
/// while let (line, number) = try reader.next() { … }
/// ```
public final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The path read, or `stdin`, for error messages.
    private let name: String
    private var buffer: [UInt8]
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private var number = 0
    /// Whether the last line returned ended with a line end (false for a final line cut short).
    public private(set) var lastLineTerminated = true
    /// How many bytes each `read(2)` asks for.
    static let chunkSize = 65_536

    /// Reads from an open descriptor (stdin is 0), after `prefix`: bytes already read from it.
    public init(descriptor: Int32, prefix: [UInt8] = []) {
        fd = descriptor
        ownsDescriptor = false
        name = descriptor == 0 ? "stdin" : "descriptor \(descriptor)"
        buffer = prefix
    }

    /// Opens `path` for reading.
    public init(path: String) throws {
        let d = open(path, O_RDONLY)
        guard d >= 0 else { throw InputFileError(path: path, code: errno) }
        fd = d
        ownsDescriptor = true
        name = path
        buffer = []
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// The next line and its 1-based number, or nil at the end of input.
    public func next() throws -> (line: [UInt8], number: Int)? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                number += 1
                lastLineTerminated = true
                return (line, number)
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                lastLineTerminated = false
                return (Array(line.last == 0x0D ? line.dropLast() : line), number)
            }
            try fill()
        }
    }

    /// Reads everything left, after the lines already returned.
    public func readToEnd() throws -> [UInt8] {
        while !atEnd { try fill() }
        let rest = Array(buffer[start...])
        start = buffer.count
        return rest
    }

    /// Reads until the buffer holds a line end or the input ends; returns the bytes not yet returned
    /// as lines (for sniffing the format of stdin).
    public func peekFirstLine() throws -> [UInt8] {
        while !atEnd && !buffer[start...].contains(0x0A) { try fill() }
        return Array(buffer[start...])
    }

    private func fill() throws {
        // Drop returned lines before growing the buffer.
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, Self.chunkSize) }
        } while n < 0 && errno == EINTR
        let failure = n < 0 ? errno : 0
        buffer.removeLast(Self.chunkSize - max(n, 0))
        if n < 0 { throw InputFileError(path: name, code: failure) }
        if n == 0 { atEnd = true }
    }
}
