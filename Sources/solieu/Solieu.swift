import ArgumentParser
import Foundation
import SoLieu

@main
struct Solieu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solieu",
        abstract: "Turn the figures in Vietnamese news articles into schema-checked JSON.",
        discussion: """
        SoLieu ("số liệu") reads articles and writes one JSON record per article with its facts: party \
        member counts, admissions and removals, training classes, percentages and document references, \
        each with its subject, period and the exact text it came from.

        Examples:
          solieu extract article.txt --pretty
          cat article.txt | solieu extract
          solieu eval corpus/articles --verbose
          solieu schema > article.schema.json

        Exit codes: 0 every input was read; 1 some input failed (its record carries an error \
        diagnostic); 2 the command line was wrong.
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Normalize.self, Tokenize.self, Schema.self, Eval.self, Validate.self],
        defaultSubcommand: nil
    )

    /// Runs the command with SoLieu's exit codes: usage errors exit 2, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options shared by the commands that extract.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of lexicon files that extend the built-in ones (same file names as lexicons/).",
                                            valueName: "dir"))
    var lexicons: String?

    func makeExtractor() throws -> Extractor {
        let extra = lexicons.map { URL(fileURLWithPath: $0) }
        if let extra {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: extra.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--lexicons \(extra.path): no such folder")
            }
        }
        return try Extractor(lexicons: Lexicons.bundled(extraDirectory: extra))
    }
}

/// Reading inputs: files, or stdin when none is given.
enum InputReader {
    /// The inputs named by `paths`, or stdin. A path that cannot be read yields an input record
    /// with an error (the caller reports it); the message names the path.
    static func read(_ paths: [String]) -> [(InputDocument, String?)] {
        if paths.isEmpty || paths == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [(InputDocument(id: "stdin", path: nil, bytes: Array(data)), nil)]
        }
        return paths.map { path in
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return (InputDocument(id: id, path: path, bytes: []), "\(path): no such file")
            }
            if isDirectory.boolValue { return (InputDocument(id: id, path: path, bytes: []), "\(path): is a folder, not a file") }
            guard let data = FileManager.default.contents(atPath: path) else {
                return (InputDocument(id: id, path: path, bytes: []), "\(path): cannot be read (permissions?)")
            }
            return (InputDocument(id: id, path: path, bytes: Array(data)), nil)
        }
    }

    /// Writes a line to stderr.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("solieu: " + message + "\n").utf8))
    }
}
