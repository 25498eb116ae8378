import ArgumentParser
import Foundation
import SoLieu

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Extract every article under a folder, in parallel, in a fixed order.",
        discussion: """
        Walks DIR for .txt, .html and .jsonl files and writes one record per article (per line of a \
        JSON Lines file) in sorted path order, then line order, whatever --jobs is. Progress goes to \
        stderr (a bar on a terminal, a line every few seconds otherwise), then a summary.

        With --output, the file is written atomically (FILE.partial, renamed at the end). Ctrl-C stops \
        cleanly and leaves FILE holding the records written so far; --resume continues from them (or \
        from FILE.partial after a run that was killed) without duplicates or gaps. A file that cannot \
        be read gets a record with an error diagnostic; the run goes on and exits 1.

          solieu batch corpus/ -o facts.jsonl
          solieu batch corpus/ -o facts.jsonl --resume
          solieu batch scraped/ --jobs 2 --format csv --bom -o facts.csv
        """
    )

    @Argument(help: "The folder of articles.")
    var directory: String

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Continue an interrupted run: skip the articles whose records --output already holds (JSON Lines only).")
    var resume = false

    @Flag(name: .shortAndLong, help: "No progress and no summary (errors are still reported).")
    var quiet = false

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var writing: WritingOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory): no such folder")
        }
        if jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more") }
        if resume {
            guard let output = writing.outputPath else { throw ValidationError("--resume needs --output FILE (a file, not stdout)") }
            if writing.formatter.format != .jsonl { throw ValidationError("--resume works with --format jsonl only") }
            if OutputFile.isSpecial(output) { throw ValidationError("--resume needs --output to be a regular file") }
        }
    }

    func run() throws {
        let lexicons = try lexiconOptions.makeLexicons()
        let formatter = writing.formatter
        let options = BatchOptions(jobs: jobs, read: reading.options, formatter: formatter, lexicons: lexicons)
        var excluded: [String] = []
        var state: ResumeState?
        let output: OutputFile
        if let path = writing.outputPath {
            excluded = [path, OutputFile.temporaryPath(for: path)]
            if resume, let found = try ResumeState.read(output: path) {
                state = found
                output = found.fromPartial
                    ? try OutputFile.continuing(path: path, length: found.validLength)
                    : try OutputFile.atomic(path: path, copying: (found.source, found.validLength))
            } else {
                output = try OutputFile.atomic(path: path)
            }
        } else {
            output = .standardOutput()
        }
        let writer = RecordWriter(formatter: formatter, single: false, output: output, resumed: (state?.records ?? 0) > 0)
        let runner = BatchRunner(root: directory, options: options, excluding: excluded)
        Interrupts.onInterrupt { runner.cancel() }
        let display = ProgressDisplay(enabled: !quiet)
        let skip: @Sendable (String, Int?) -> Bool = { [state] path, line in state?.contains(path: path, line: line) ?? false }
        let summary = try runner.run(skip: skip, write: { try writer.write(formatted: $0) },
                                     report: { display.message($0) }, progress: { display.update($0) })
        try writer.finish()
        display.finish(summary, output: writing.outputPath)
        if summary.interrupted { throw ExitCode(130) }
        if summary.progress.failed > 0 { throw ExitCode(1) }
    }
}
