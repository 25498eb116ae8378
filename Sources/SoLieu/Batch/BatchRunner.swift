import Foundation

/// Settings of a batch run.
public struct BatchOptions: Sendable {
    /// Worker threads, each with its own `Extractor`.
    public var jobs: Int
    public var read: ReadOptions
    public var formatter: RecordFormatter
    public var lexicons: Lexicons
    /// JSON Lines files are cut into pieces of this many lines, processed in parallel.
    public var linesPerPiece = 64
    /// How many pieces of work may be read but not yet written; bounds memory.
    public var piecesInFlight: Int

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, read: ReadOptions = ReadOptions(),
                formatter: RecordFormatter = RecordFormatter(), lexicons: Lexicons) {
        self.jobs = max(1, jobs)
        self.read = read
        self.formatter = formatter
        self.lexicons = lexicons
        piecesInFlight = max(1, jobs) * 4
    }
}

/// How far a batch run has got, reported after each piece of work written.
public struct BatchProgress: Sendable {
    public var filesDone = 0
    public var filesTotal = 0
    public var bytesDone = 0
    public var bytesTotal = 0
    public var records = 0
    /// Records with an error diagnostic.
    public var failed = 0
    /// Seconds since the run started.
    public var elapsed = 0.0
}

/// What a batch run did.
public struct BatchSummary: Sendable {
    public var progress = BatchProgress()
    /// Records left out because the output already held them (`--resume`).
    public var resumed = 0
    /// Facts written, per kind (`count`, `training`, `percentage`, `document_ref`).
    public var factsByKind: [String: Int] = [:]
    /// Whether the run was cancelled before the end; the output then holds a prefix of the records.
    public var interrupted = false
}

/// Extracts every article under a folder in parallel and hands the formatted records to one writer
/// in a fixed order (sorted path, then line), whatever the number of workers.
///
/// One thread walks the folder and cuts JSON Lines files into pieces; `jobs` worker threads, each
/// with its own `Extractor` (it owns ICU iterators and is not thread-safe), turn pieces into
/// formatted records; the calling thread writes them in order. At most `piecesInFlight` pieces are
/// read but unwritten at any time, so memory stays bounded however large the corpus.
///
/// ```swift
/// let runner = BatchRunner(root: "corpus", options: BatchOptions(jobs: 2, lexicons: try .bundled()))
/// let summary = try runner.run(write: { try writer.write(formatted: $0) })
/// ```
public final class BatchRunner: @unchecked Sendable {
    /// A line of a JSON Lines file: its bytes, or the length of a line refused for its size.
    typealias Line = (number: Int, bytes: [UInt8], refused: Int?)

    /// A piece of work: one file, some lines of a JSON Lines file, or a problem to report.
    enum Piece {
        case file(path: String, size: Int)
        case lines(path: String, id: String, lines: [Line], bytes: Int, endsFile: Bool)
        case unreadable(path: String, message: String)
    }

    /// A piece's output.
    struct Output {
        var bodies: [[UInt8]] = []
        var messages: [String] = []
        var records = 0
        var failed = 0
        var resumed = 0
        var bytes = 0
        var files = 0
        var facts: [String: Int] = [:]
        var cancelled = false
    }

    public let inputs: BatchInputs
    public let options: BatchOptions
    private let state = NSCondition()
    // Guarded by `state`:
    private var queue: [(Int, Piece)] = []
    private var queueHead = 0
    private var outputs: [Int: Output] = [:]
    private var produced = 0
    private var written = 0
    private var producerDone = false
    private var workersDone = 0
    private var cancelled = false
    private var failure: Error?

    /// - Parameter excluding: paths to leave out (the output file, when it lies in the folder).
    public init(root: String, options: BatchOptions, excluding: [String] = []) {
        inputs = BatchInputs(root: root, excluding: excluding)
        self.options = options
    }

    /// Stops the run soon: no new work starts, and `run` returns after writing the records finished
    /// in order. Safe to call from any thread (a signal handler's queue).
    public func cancel() {
        state.lock()
        cancelled = true
        state.broadcast()
        state.unlock()
    }

    /// Runs the batch.
    /// - Parameters:
    ///   - skip: whether the output already holds the record of a path (and line); such inputs are
    ///     not read again.
    ///   - write: receives each record's formatted text (UTF-8), in order, on the calling thread.
    ///   - report: receives a message for each record with an error diagnostic, in order.
    ///   - progress: called on the calling thread after each piece is written.
    public func run(skip: @escaping @Sendable (String, Int?) -> Bool = { _, _ in false },
                    write: ([UInt8]) throws -> Void,
                    report: (String) -> Void = { _ in },
                    progress: (BatchProgress) -> Void = { _ in }) throws -> BatchSummary {
        let started = Date()
        var summary = BatchSummary()
        (summary.progress.filesTotal, summary.progress.bytesTotal) = inputs.totals()
        let producer = Thread { [self] in produce() }
        producer.stackSize = 1 << 20
        producer.start()
        for _ in 0..<options.jobs {
            let worker = Thread { [self] in work(skip: skip) }
            worker.stackSize = 8 << 20
            worker.start()
        }
        defer { finishThreads() }
        while let output = nextOutput() {
            if output.cancelled { summary.interrupted = true; cancel(); break }
            for body in output.bodies { try write(body) }
            for message in output.messages { report(message) }
            summary.progress.filesDone += output.files
            summary.progress.bytesDone += output.bytes
            summary.progress.records += output.records
            summary.progress.failed += output.failed
            summary.resumed += output.resumed
            for (kind, n) in output.facts { summary.factsByKind[kind, default: 0] += n }
            summary.progress.elapsed = Date().timeIntervalSince(started)
            progress(summary.progress)
        }
        state.lock()
        if cancelled { summary.interrupted = true }
        let failure = failure
        state.unlock()
        if let failure { throw failure }
        summary.progress.elapsed = Date().timeIntervalSince(started)
        return summary
    }

    /// The next output in order, or nil when all are written (or the run was cancelled and nothing
    /// more is finished in order).
    private func nextOutput() -> Output? {
        state.lock()
        defer { state.unlock() }
        while outputs[written] == nil {
            if producerDone && written == produced { return nil }
            if workersDone == options.jobs { return nil }  // workers gave up (failure or cancellation)
            state.wait()
        }
        let output = outputs.removeValue(forKey: written)
        written += 1
        state.broadcast()
        return output
    }

    /// Waits until the producer and the workers have stopped.
    private func finishThreads() {
        state.lock()
        cancelled = cancelled || !(producerDone && written == produced)
        state.broadcast()
        while !(producerDone && workersDone == options.jobs) { state.wait() }
        state.unlock()
    }

    // MARK: Producer

    private func produce() {
        defer {
            state.lock()
            producerDone = true
            state.broadcast()
            state.unlock()
        }
        for entry in inputs {
            if let problem = entry.problem {
                guard enqueue(.unreadable(path: entry.path, message: problem)) else { return }
                continue
            }
            let format = options.read.format.resolved(path: entry.path, prefix: [])
            if format == .jsonl {
                guard produceLines(of: entry.path) else { return }
            } else {
                guard enqueue(.file(path: entry.path, size: entry.size)) else { return }
            }
        }
    }

    /// Cuts a JSON Lines file into pieces. Returns false when the run was cancelled.
    private func produceLines(of path: String) -> Bool {
        let id = InputDocument.id(forPath: path)
        let reader: LineReader
        do { reader = try LineReader(path: path) } catch {
            return enqueue(.unreadable(path: path, message: "\(error)"))
        }
        reader.maximumLineLength = options.read.maximumBytes
        var lines: [Line] = []
        var bytes = 0
        do {
            while let (line, number) = try reader.next() {
                bytes += (reader.refusedLength ?? line.count) + 1
                // A line over the limit is passed on empty, its length in place of its bytes.
                if let length = reader.refusedLength { lines.append((number, [], refused: length)); continue }
                guard !ScrapedArticle.isBlank(line) else { continue }
                lines.append((number, line, refused: nil))
                if lines.count >= options.linesPerPiece || bytes >= 1 << 20 {
                    guard enqueue(.lines(path: path, id: id, lines: lines, bytes: bytes, endsFile: false)) else { return false }
                    lines = []
                    bytes = 0
                }
            }
        } catch {
            if !lines.isEmpty {
                guard enqueue(.lines(path: path, id: id, lines: lines, bytes: bytes, endsFile: false)) else { return false }
            }
            return enqueue(.unreadable(path: path, message: "\(error)"))
        }
        return enqueue(.lines(path: path, id: id, lines: lines, bytes: bytes, endsFile: true))
    }

    /// Queues a piece, waiting while too many are in flight. Returns false when the run was cancelled.
    private func enqueue(_ piece: Piece) -> Bool {
        state.lock()
        defer { state.unlock() }
        while produced - written >= options.piecesInFlight && !cancelled { state.wait() }
        if cancelled { return false }
        queue.append((produced, piece))
        produced += 1
        state.broadcast()
        return true
    }

    // MARK: Workers

    private func work(skip: @Sendable (String, Int?) -> Bool) {
        defer {
            state.lock()
            workersDone += 1
            state.broadcast()
            state.unlock()
        }
        let extractor: Extractor
        do { extractor = try Extractor(lexicons: options.lexicons) } catch {
            state.lock()
            failure = failure ?? error
            cancelled = true
            state.broadcast()
            state.unlock()
            return
        }
        while let (sequence, piece, stop) = take() {
            let output = stop ? Output(cancelled: true) : process(piece, extractor: extractor, skip: skip)
            state.lock()
            outputs[sequence] = output
            state.broadcast()
            state.unlock()
        }
    }

    /// The next piece to work on, and whether the run was cancelled; nil when there is no more work.
    private func take() -> (Int, Piece, Bool)? {
        state.lock()
        defer { state.unlock() }
        while queueHead == queue.count {
            if producerDone || (cancelled && failure != nil) { return nil }
            state.wait()
        }
        let (sequence, piece) = queue[queueHead]
        queueHead += 1
        if queueHead > 64 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return (sequence, piece, cancelled)
    }

    private func process(_ piece: Piece, extractor: Extractor, skip: (String, Int?) -> Bool) -> Output {
        var output = Output()
        switch piece {
        case let .file(path, size):
            output.files = 1
            output.bytes = size
            if skip(path, nil) { output.resumed = 1; break }
            do {
                add(extractor.record(for: try InputDocument.file(path, maximumBytes: options.read.maximumBytes),
                                     options: options.read), to: &output)
            } catch {
                add(ArticleRecord.unreadable(id: InputDocument.id(forPath: path), path: path, error: error), to: &output)
            }
        case let .lines(path, id, lines, bytes, endsFile):
            output.files = endsFile ? 1 : 0
            output.bytes = bytes
            for (number, line, refused) in lines {
                if skip(path, number) { output.resumed += 1; continue }
                if let refused {
                    add(extractor.record(forRefusedLine: number, length: refused, path: path, fallbackID: id, options: options.read),
                        to: &output)
                } else {
                    add(extractor.record(forLine: line, number: number, path: path, fallbackID: id, options: options.read),
                        to: &output)
                }
            }
        case let .unreadable(path, message):
            if skip(path, nil) { output.resumed = 1; break }
            add(ArticleRecord.unreadable(id: InputDocument.id(forPath: path), path: path, message: message), to: &output)
        }
        return output
    }

    private func add(_ record: ArticleRecord, to output: inout Output) {
        output.bodies.append(options.formatter.bodyBytes(record))
        output.records += 1
        for fact in record.facts { output.facts[fact.kind.rawValue, default: 0] += 1 }
        if record.failed {
            output.failed += 1
            for d in record.diagnostics where d.level == .error { output.messages.append("\(record.place): \(d.code): \(d.message)") }
        }
    }

}
