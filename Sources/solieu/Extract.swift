import ArgumentParser
import Foundation
import SoLieu

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from articles: one JSON record per input.",
        discussion: """
        Reads each FILE (or stdin when none is given) and writes its record to stdout: one JSON object \
        per line, or indented with --pretty. A file that cannot be read still gets a record, with an \
        error diagnostic, and the exit code is then 1.

          solieu extract article.txt --pretty
          solieu extract corpus/articles/*.txt > facts.jsonl
          jq -c '.facts[] | select(.kind == "count")' facts.jsonl
        """
    )

    @Argument(help: "Article files (plain UTF-8 or UTF-16 text). Reads stdin when none is given.")
    var files: [String] = []

    @Flag(help: "Indent the JSON (one record per input, separated by a blank line).")
    var pretty = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let extractor = try lexiconOptions.makeExtractor()
        var failed = false
        let out = FileHandle.standardOutput
        for (input, problem) in InputReader.read(files) {
            var record: ArticleRecord
            if let problem {
                InputReader.warn(problem)
                record = ArticleRecord(id: input.id, path: input.path, format: "text", encoding: nil, sha256: nil)
                record.diagnostics.append(Diagnostic(.error, "unreadable_input", problem))
            } else {
                record = extractor.record(for: input)
                for d in record.diagnostics where d.level == .error {
                    InputReader.warn("\(input.path ?? "stdin"): \(d.code): \(d.message)")
                }
            }
            failed = failed || record.failed
            out.write(Data((record.json().serialized(pretty: pretty) + "\n").utf8))
        }
        if failed { throw ExitCode(1) }
    }
}
