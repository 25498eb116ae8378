import SoLieu

/// The extractor shared by all runs of the fuzz target (libFuzzer calls it on one thread).
nonisolated(unsafe) private var extractor: Extractor?

/// libFuzzer's entry point: the whole extraction of one input, then the properties every record
/// must have. A property that fails traps, and libFuzzer keeps the input as a crash.
///
/// The first byte picks how the rest is read, so that one corpus reaches every way in: bit 0–1 the
/// format (auto, text, html, jsonl), bit 2 a JSON Lines line through `record(forLine:)`, bit 3 a
/// small `maximumBytes` (the refusal path).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    if extractor == nil { extractor = try! Extractor() }
    let mode = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var options = ReadOptions(format: [.auto, .text, .html, .jsonl][Int(mode & 3)])
    if mode & 8 != 0 { options.maximumBytes = 64 }
    let records: [ArticleRecord]
    if mode & 4 != 0 {
        records = [extractor!.record(forLine: bytes, number: 1, path: nil, fallbackID: "fuzz", options: options)]
    } else {
        records = extractor!.records(for: InputDocument(id: "fuzz", path: nil, bytes: bytes), options: options)
    }
    for record in records { FuzzProperties.check(record, extractor: extractor!) }
    // Text that is UTF-8 goes through the extraction itself too, where evidence can be checked
    // against the normalised text.
    if let text = String(validating: bytes.prefix(1 << 16), as: UTF8.self) {
        FuzzProperties.checkExtraction(of: text, extractor: extractor!)
    }
    return 0
}
