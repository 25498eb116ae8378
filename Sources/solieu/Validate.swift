import ArgumentParser
import Foundation
import SoLieu

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON or JSON Lines files of records against the schema.",
        discussion: """
        For pipelines that post-process SoLieu's output: one record, a JSON array of records, or JSON \
        Lines. Prints each violation as FILE:LINE: PATH: PROBLEM (LINE is the position in an array).
        """
    )

    @Argument(help: "Files of records: one JSON document, or one record per line.")
    var files: [String]

    func run() throws {
        var bad = 0, checked = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                InputReader.warn("\(path): no such file"); bad += 1; continue
            }
            let text = String(decoding: data, as: UTF8.self)
            var documents: [(Int, JSONValue?, String)] = []
            if let whole = try? JSONValue.parse(text), case .object = whole { documents = [(1, whole, text)] }
            else if let whole = try? JSONValue.parse(text), case .array(let items) = whole {
                // A JSON array of records (`--format json` with several inputs): numbered by position.
                documents = items.enumerated().map { ($0.offset + 1, $0.element, "") }
            } else {
                for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    documents.append((i + 1, nil, String(line)))
                }
            }
            for (line, parsed, doc) in documents {
                checked += 1
                do {
                    let value = try parsed ?? JSONValue.parse(doc)
                    let violations = SchemaValidator.article.validate(value)
                    if !violations.isEmpty { bad += 1 }
                    for v in violations { print("\(path):\(line): \(v)") }
                } catch {
                    bad += 1
                    print("\(path):\(line): \(error)")
                }
            }
        }
        print("\(checked - bad) of \(checked) records valid")
        if bad > 0 { throw ExitCode(1) }
    }
}
