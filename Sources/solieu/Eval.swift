import ArgumentParser
import Foundation
import SoLieu

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against hand-annotated articles.",
        discussion: """
        DIR holds NAME.txt (or .html) beside NAME.gold.json. Prints precision, recall and F1 per kind \
        and overall, and attribute accuracy over matched facts (subject, qualifier, modality, date, published), \
        by the matching rules of the output contract.

          solieu eval corpus/articles
          solieu eval corpus/articles --verbose --min-f1 0.95
        """
    )

    @Argument(help: "A folder of annotated articles.")
    var directory: String

    @Flag(name: .shortAndLong, help: "List missed and extra facts and attribute errors.")
    var verbose = false

    @Option(name: .customLong("min-f1"), help: "Exit 1 when the overall F1 is below this value (0 to 1).")
    var minF1: Double?

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 takes a value from 0 to 1") }
    }

    func run() throws {
        let dir = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory): no such folder")
        }
        let golds = try GoldArticle.load(directory: dir)
        guard !golds.isEmpty else { throw ValidationError("\(directory): no *.gold.json files") }
        let extractor = try lexiconOptions.makeExtractor()
        var evaluator = Evaluator()
        for gold in golds {
            let bytes = Array((try? Data(contentsOf: gold.articleURL)) ?? Data())
            let record = extractor.record(for: InputDocument(id: gold.id, path: gold.articleURL.path, bytes: bytes))
            evaluator.add(gold: gold, record: record)
        }
        print(evaluator.report(verbose: verbose))
        if let minF1, evaluator.overall.f1 < minF1 {
            InputReader.warn(String(format: "overall F1 %.3f is below --min-f1 %.3f", evaluator.overall.f1, minF1))
            throw ExitCode(1)
        }
    }
}
