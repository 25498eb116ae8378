// The in-process half of the benchmark: ICU's own tokenising speed (the reference) and SoLieu's
// full extraction with one worker, over the same articles held in memory.
//
//     solieu-bench DIR [RUNS] [MEASURE]
//
// MEASURE (reference, text, record, full) runs only that measure: for instruction counts under
// callgrind, which see the whole process.
// Prints one line per measure: name, median, min, max (MB/s or articles/s), from RUNS runs (5).
import Foundation
import SoLieu

func files(under root: String) -> [String] {
    var out: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let item = enumerator?.nextObject() as? String {
        if item.hasSuffix(".txt") { out.append(root + "/" + item) }
    }
    return out.sorted()
}

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ name: String, _ values: [Double]) {
    guard !values.isEmpty else { return }
    let sorted = values.sorted()
    let median = sorted[sorted.count / 2]
    print(String(format: "%@ %.2f %.2f %.2f", name, median, sorted.first!, sorted.last!))
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: solieu-bench DIR [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let only = arguments.count > 3 ? arguments[3] : nil
func measures(_ name: String) -> Bool { only == nil || only == name }
let paths = files(under: arguments[1])
let articles = paths.map { Array(FileManager.default.contents(atPath: $0) ?? Data()) }
let megabytes = Double(articles.reduce(0) { $0 + $1.count }) / 1_048_576
print(String(format: "corpus %d %.2f", articles.count, megabytes))

do {
    let scanner = try ReferenceScanner()
    let extractor = try Extractor()
    let formatter = RecordFormatter(format: .jsonl)
    var reference: [Double] = [], extraction: [Double] = [], perArticle: [Double] = []
    var textStage: [Double] = [], noOutput: [Double] = []
    var sink = 0
    for _ in 0..<runs where measures("reference") {
        let t = try time { for a in articles { sink &+= try scanner.scan(a) } }
        reference.append(megabytes / t)
    }
    for _ in 0..<runs where measures("full") {
        let t = time {
            for (i, a) in articles.enumerated() {
                let record = extractor.record(for: InputDocument(id: String(i), path: nil, bytes: a))
                sink &+= formatter.bodyBytes(record).count
            }
        }
        extraction.append(megabytes / t)
        perArticle.append(Double(articles.count) / t)
    }
    // Where the time goes: the text stage alone (decode, normalise, tokenise, split sentences), and
    // everything but serialising the record.
    for _ in 0..<runs where measures("text") {
        let t = try time {
            for a in articles {
                sink &+= try extractor.textAnalysis(of: String(decoding: a, as: UTF8.self)).tokens.count
            }
        }
        textStage.append(megabytes / t)
    }
    for _ in 0..<runs where measures("record") {
        let t = time {
            for (i, a) in articles.enumerated() {
                sink &+= extractor.record(for: InputDocument(id: String(i), path: nil, bytes: a)).facts.count
            }
        }
        noOutput.append(megabytes / t)
    }
    report("reference_mbps", reference)
    report("text_stage_mbps", textStage)
    report("extraction_without_output_mbps", noOutput)
    report("extraction_mbps", extraction)
    report("extraction_articles_per_s", perArticle)
    if sink == 42 { print("") }  // keeps the work observable
} catch {
    FileHandle.standardError.write(Data("solieu-bench: \(error)\n".utf8))
    exit(1)
}
