import Foundation

/// Reads lines from a file descriptor as they arrive: a file, a pipe, or `tail -f` on stdin.
///
/// Lines are returned without their line end (`\n` or `\r\n`) as soon as they are complete; the
/// last line needs no line end. Memory holds one read buffer and the longest line, or at most
/// `maximumLineLength` bytes of it: a longer line is skipped as it is read and returned empty, with
/// its length in `refusedLength`.
///
/// ```swift
/// let reader = try LineReader(path: "scraped.jsonl")
/// reader.maximumLineLength = 5 << 20
/// while let (line, number) = try reader.next() {
///     if let length = reader.refusedLength { … }  // line `number` is `length` bytes long: refused
/// }
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
    /// Lines longer than this many bytes are not held: `next()` returns them empty and sets
    /// `refusedLength`.
    public var maximumLineLength = Int.max
    /// The length in bytes of the last line returned when it was longer than `maximumLineLength`
    /// (the line itself is then returned empty), else nil.
    public private(set) var refusedLength: Int?
    /// Bytes of the current line skipped so far because it is too long.
    private var skipped: Int?
    /// The buffer each `read(2)` fills.
    private var chunk = [UInt8](repeating: 0, count: LineReader.chunkSize)
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
        refusedLength = nil
        while true {
            if let newline = Self.newline(in: buffer, from: scanned) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let length = (skipped ?? 0) + end - start
                let line = length > maximumLineLength ? [] : Array(buffer[start..<end])
                if length > maximumLineLength { refusedLength = length }
                skipped = nil
                start = newline + 1
                scanned = start
                number += 1
                lastLineTerminated = true
                return (line, number)
            }
            scanned = buffer.count
            if buffer.count - start > maximumLineLength {
                // Too long to hold: count the bytes and let them go, up to the line end.
                skipped = (skipped ?? 0) + buffer.count - start
                try skipRestOfLine()
                continue
            }
            if atEnd {
                guard start < buffer.count || skipped != nil else { return nil }
                var line = buffer[start...]
                if line.last == 0x0D { line = line.dropLast() }
                start = buffer.count
                number += 1
                lastLineTerminated = false
                if let skipped {
                    refusedLength = skipped + line.count
                    self.skipped = nil
                    return ([], number)
                }
                return (Array(line), number)
            }
            try fill()
        }
    }

    /// Reads everything left, after the lines already returned; nil when that is more than
    /// `maximumBytes` (reading then stops there: an endless stream is refused too).
    public func readToEnd(maximumBytes: Int = .max) throws -> [UInt8]? {
        while !atEnd && buffer.count - start <= maximumBytes { try fill() }
        guard buffer.count - start <= maximumBytes else { return nil }
        let rest = Array(buffer[start...])
        start = buffer.count
        return rest
    }

    /// Reads until the buffer holds a line end, the input ends, or `limit` bytes are held; returns
    /// the bytes not yet returned as lines (for sniffing the format of stdin).
    public func peekFirstLine(limit: Int = .max) throws -> [UInt8] {
        while !atEnd && buffer.count - start <= limit && Self.newline(in: buffer, from: scanned) == nil {
            scanned = buffer.count
            try fill()
        }
        scanned = start
        return Array(buffer[start...])
    }

    private func fill() throws {
        // Drop returned lines before growing the buffer.
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let n = try readChunk()
        buffer.append(contentsOf: chunk[0..<n])
    }

    /// Reads past the rest of a line too long to hold (`buffer[start...]`, already counted in
    /// `skipped`), counting its bytes; what follows its line end is kept in the buffer.
    private func skipRestOfLine() throws {
        // A `\r` before the line feed is the line end, not the line: it is not counted.
        var endsWithCR = buffer.last == 0x0D
        buffer.removeAll(keepingCapacity: true)
        (start, scanned) = (0, 0)
        while !atEnd {
            let n = try readChunk()
            if let newline = Self.newline(in: chunk[0..<n], from: 0) {
                let cr = newline > 0 ? chunk[newline - 1] == 0x0D : endsWithCR
                skipped! += newline - (cr ? 1 : 0)
                buffer.append(contentsOf: chunk[newline..<n])
                return
            }
            if n > 0 { endsWithCR = chunk[n - 1] == 0x0D }
            skipped! += n
        }
        if endsWithCR { skipped! -= 1 }
    }

    /// One `read(2)` into `chunk`: the number of bytes read, 0 at the end of input.
    private func readChunk() throws -> Int {
        var n: Int
        repeat {
            n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        } while n < 0 && errno == EINTR
        if n < 0 { throw InputFileError(path: name, code: errno) }
        if n == 0 { atEnd = true }
        return n
    }

    /// The index of the first line feed in `bytes` from `from`, found with `memchr`.
    private static func newline<C: Collection>(in bytes: C, from: Int) -> Int? where C.Element == UInt8, C.Index == Int {
        let found = bytes.withContiguousStorageIfAvailable { p -> Int? in
            let offset = from - bytes.startIndex
            guard offset < p.count, let base = p.baseAddress,
                  let hit = memchr(base + offset, 0x0A, p.count - offset) else { return nil }
            return bytes.startIndex + base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let found { return found }
        return bytes[from...].firstIndex(of: 0x0A)
    }
}
