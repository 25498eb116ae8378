import Foundation

/// Where output goes: stdout, a file written atomically, or a pipe or device written directly.
///
/// A regular file (or a new one) is written to `FILE.partial` beside it and renamed over `FILE` by
/// `commit()`, so `FILE` is never seen half written. A path that is not a regular file (a FIFO,
/// `/dev/stdout`) is written in place. Every `write` goes straight to the descriptor (no buffering),
/// so each record a stream produces can be read as soon as it is written.
///
/// ```swift
/// let out = try OutputFile.atomic(path: "facts.jsonl")
/// try out.write("…\n")
/// try out.commit()            // facts.jsonl now holds everything, or still its old content
/// ```
public final class OutputFile {
    /// The file the output ends up in, or nil for stdout.
    public let path: String?
    /// The file being written before the rename, or nil when writing in place.
    public let temporaryPath: String?
    private let fd: Int32
    private var closed = false

    private init(path: String?, temporaryPath: String?, fd: Int32) {
        self.path = path
        self.temporaryPath = temporaryPath
        self.fd = fd
    }

    deinit { if !closed && fd > 2 { close(fd) } }

    /// Standard output.
    public static func standardOutput() -> OutputFile { OutputFile(path: nil, temporaryPath: nil, fd: 1) }

    /// The temporary file beside `path` that an atomic write goes through (and `--resume` looks for
    /// after a run that was killed).
    public static func temporaryPath(for path: String) -> String { path + ".partial" }

    /// Whether `path` is written in place rather than atomically: anything under `/dev/` or `/proc/`
    /// (`/dev/stdout` may lead to a regular file, which must not be replaced), and anything that is
    /// neither a regular file nor a folder (a FIFO, a device, a socket).
    public static func isSpecial(_ path: String) -> Bool {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let mode = info.st_mode & S_IFMT
        return mode != S_IFREG && mode != S_IFDIR
    }

    /// Opens output to `path`: atomically through `FILE.partial` for a regular or new file, else in place.
    /// - Parameter prefix: a file whose first `length` bytes start the output (a resumed run's
    ///   earlier records), copied in pieces.
    public static func atomic(path: String, copying prefix: (source: String, length: Int)? = nil) throws -> OutputFile {
        let special = isSpecial(path)
        let target = special ? path : temporaryPath(for: path)
        let d = special ? open(path, O_WRONLY) : open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard d >= 0 else { throw OutputError.cannotOpen(target, errno) }
        let file = OutputFile(path: path, temporaryPath: special ? nil : target, fd: d)
        if let (source, length) = prefix { try file.copy(length, bytesOf: source) }
        return file
    }

    private func copy(_ length: Int, bytesOf source: String) throws {
        let input = open(source, O_RDONLY)
        guard input >= 0 else { throw OutputError.cannotOpen(source, errno) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var left = length
        while left > 0 {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, min(left, $0.count)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw OutputError.cannotWrite(source, n < 0 ? errno : EIO) }
            try buffer.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            left -= n
        }
    }

    /// Continues a killed run's temporary file: cuts it to its first `length` bytes (the complete
    /// records) and appends after them.
    public static func continuing(path: String, length: Int) throws -> OutputFile {
        let temporary = temporaryPath(for: path)
        let d = open(temporary, O_WRONLY)
        guard d >= 0 else { throw OutputError.cannotOpen(temporary, errno) }
        guard ftruncate(d, off_t(length)) == 0, lseek(d, off_t(length), SEEK_SET) >= 0 else {
            let e = errno
            close(d)
            throw OutputError.cannotWrite(temporary, e)
        }
        return OutputFile(path: path, temporaryPath: temporary, fd: d)
    }

    /// Writes `text` at once (the whole of it, retrying short writes).
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes` at once.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    private func write(_ buffer: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError.cannotWrite(temporaryPath ?? path ?? "stdout", errno)
            }
            offset += n
        }
    }

    /// Finishes the output: flushes it to disk and renames the temporary file over the target.
    public func commit() throws {
        guard !closed else { return }
        closed = true
        guard let temporaryPath, let path else {
            if fd > 2 { close(fd) }
            return
        }
        fsync(fd)
        close(fd)
        guard rename(temporaryPath, path) == 0 else { throw OutputError.cannotWrite(path, errno) }
    }
}

/// A failure writing output, with the path and the system's reason.
public enum OutputError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(String, Int32)
    case cannotWrite(String, Int32)

    public var description: String {
        switch self {
        case let .cannotOpen(path, code): return "\(path): cannot open for writing (\(String(cString: strerror(code))))"
        case let .cannotWrite(path, code): return "\(path): cannot write (\(String(cString: strerror(code))))"
        }
    }
}
