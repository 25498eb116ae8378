import SoLieu

/// `solieu extract [FILE…]` with no option, the most common call, run without ArgumentParser.
///
/// Parsing a command line with ArgumentParser reflects over every option group and casts each
/// property wrapper to its protocols; at start-up those first casts scan all the protocol
/// conformances of the binary, which costs more than reading a short article (see
/// docs/startup.md). A call made only of `extract` and plain paths means exactly the defaults of
/// every option, so it is run directly; anything else (an option, `-`, `--`, `help`, an empty
/// argument) goes through ArgumentParser as before. CLITests check that both ways give the same
/// output, errors and exit code.
enum PlainExtract {
    /// The files of `arguments` (the command line without the program name) when it is such a
    /// call; `nil` otherwise.
    static func files(in arguments: [String]) -> [String]? {
        guard arguments.first == "extract" else { return nil }
        let files = Array(arguments.dropFirst())
        for file in files {
            guard let first = file.first, first != "-", first != "@", file != "help" else { return nil }
        }
        return files
    }

    /// Runs `solieu extract files` with every option at its default.
    static func run(_ files: [String]) throws {
        try Extract.run(files: files, options: ReadOptions(format: .auto, encoding: nil, maximumBytes: ReadOptions.defaultMaximumBytes),
                        formatter: RecordFormatter(format: .jsonl, pretty: false, bom: false),
                        open: { .standardOutput() }, extractor: try Extractor(lexicons: Lexicons.bundled()))
    }
}
