import ArgumentParser
import Foundation
import SoLieu

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised text that evidence offsets refer to.",
        discussion: """
        Evidence `start`/`end` are code point offsets into exactly this text (Python: text[start:end]). \
        For an HTML page it is the page's extracted text; for JSON Lines, the text of one line (--line).
        """
    )

    @Argument(help: "An article file (text, HTML or JSON Lines); stdin when omitted.")
    var file: String?

    @OptionGroup var reading: ReadingOptions

    @Option(help: "For JSON Lines: the line whose article to print (default: the first).")
    var line: Int?

    func run() throws {
        let document = try InputReader.document(file, reading: reading, line: line)
        print(try Normalizer.normalize(document.text ?? ""), terminator: "")
    }
}

struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print tokens with offsets (or recognised spans), for debugging a miss.",
        discussion: """
        Each line: start, end (code point offsets in the normalised text), kind (word, number, punct; \
        spaces are left out), the lookup key, and the text. With --spans RECOGNISER, prints what that \
        recogniser finds instead: numbers, percentages, qualifiers, dates, date_lines, document_codes, \
        organisations.

          echo "Đảng bộ TP. Sông Công có 5.971 đảng viên" | solieu tokenize
          solieu tokenize article.txt --spans organisations
        """
    )

    @Argument(help: "An article file; stdin when omitted.")
    var file: String?

    @Option(help: "Print the spans of this recogniser instead of tokens.")
    var spans: String?

    @Flag(help: "Also print sentence boundaries.")
    var sentences = false

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if let spans, !RecognizerProbe.names.contains(spans) {
            throw ValidationError("--spans takes one of: \(RecognizerProbe.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let raw = try InputReader.document(file, reading: reading).text ?? ""
        let extractor = try Extractor()
        if let spans {
            for found in try RecognizerProbe.run(spans, on: raw, extractor: extractor) { print("\(found.text)\t\(found.value)") }
            return
        }
        let text = try Normalizer.normalize(raw)
        let analysis = try extractor.analyze(text)
        for token in analysis.tokens where token.kind != .space {
            print("\(token.start)\t\(token.end)\t\(token.kind.rawValue)\t\(token.key)\t\(analysis.text(of: token))")
        }
        if sentences {
            for (i, s) in analysis.sentences.enumerated() {
                print("sentence \(i)\t\(s.lowerBound)\t\(s.upperBound)\t\(analysis.slice(s.lowerBound, s.upperBound).trimmingCharacters(in: .whitespacesAndNewlines))")
            }
        }
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (Draft 2020-12) of the article record.")

    func run() throws { print(SchemaValidator.articleSchemaText, terminator: "") }
}
