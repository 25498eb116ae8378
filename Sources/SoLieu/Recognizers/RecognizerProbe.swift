/// Runs one recogniser over a text and reports what it found as (text, value) pairs: the form the
/// spec files in `corpus/specs/` use, and what `solieu tokenize --spans` prints.
public enum RecognizerProbe {
    /// A span found: its text as written and its resolved value as a string.
    public struct Found: Equatable, Sendable, CustomStringConvertible {
        public let text: String
        public let value: String
        public init(text: String, value: String) { self.text = text; self.value = value }
        public var description: String { "\(text) → \(value)" }
    }

    /// The recognisers that can be probed.
    ///
    /// - `numbers`: value is the number in plain form (`5.971` → `5971`, `96,9` → `96.9`).
    /// - `percentages`: text from the number to the sign, value the number.
    /// - `qualifiers`: the hedge before a number, value its contract name (`gần` → `nearly`).
    /// - `dates`: value ISO (`2019-01-21`, `2022-03` for month and year).
    /// - `date_lines`: the whole input is one line; value the `published` it gives (text is the line).
    /// - `document_codes`: value the code with spaces removed.
    /// - `organisations`: value `named LEVEL`, `anaphor LEVEL` or `whole LEVEL`.
    /// - `figures`: numbers and ranges; value `30` or `30-35` for a range.
    /// - `periods`: value the period as reported (first letter lower-cased).
    /// - `facts`: the whole extraction; text the figure as written (`322`, `từ 30 đến 35`, `2 lớp`,
    ///   `28-CT/TW`), value `count MEASURE VALUE[-MAX] [target]`, `training CLASSES PARTICIPANTS`
    ///   (`null` when absent), `percentage VALUE`, or `document_ref NUMBER DATE` (`null` when absent).
    public static let names = ["numbers", "percentages", "qualifiers", "dates", "date_lines", "document_codes",
                               "organisations", "figures", "periods", "facts"]

    /// What `recognizer` finds in `input` (normalised first).
    public static func run(_ recognizer: String, on input: String, extractor: Extractor) throws -> [Found] {
        let text = try Normalizer.normalize(input)
        let analysis = try extractor.analyze(text)
        let lexicons = extractor.lexicons
        let numbers = NumberRecognizer.recognize(analysis, lexicons: lexicons)
        switch recognizer {
        case "numbers":
            return numbers.map { Found(text: analysis.slice($0.start, $0.end), value: JSONValue.format($0.value)) }
        case "percentages":
            return PercentRecognizer.recognize(analysis, numbers: numbers).map {
                Found(text: analysis.slice($0.start, $0.end), value: JSONValue.format($0.value))
            }
        case "qualifiers":
            return QualifierRecognizer.recognize(analysis, numbers: numbers, lexicons: lexicons).map {
                Found(text: analysis.slice($0.start, $0.end), value: $0.qualifier.rawValue)
            }
        case "dates":
            return DateRecognizer.recognize(analysis.scalars).map { Found(text: analysis.slice($0.start, $0.end), value: $0.iso) }
        case "date_lines":
            return ArticleMetadata.dateLine(text).map { [Found(text: text, value: $0)] } ?? []
        case "document_codes":
            return DocumentCodeRecognizer.recognize(analysis.scalars).map {
                Found(text: analysis.slice($0.start, $0.end), value: $0.number)
            }
        case "organisations":
            return OrganisationRecognizer.recognize(analysis, lexicons: lexicons).map { m in
                let form: String
                switch m.form {
                case .named: form = "named"
                case .anaphor: form = "anaphor"
                case .whole: form = "whole"
                }
                return Found(text: m.text, value: "\(form) \(m.level.rawValue)")
            }
        case "figures":
            return FactContext.figures(numbers, analysis, lexicons: lexicons).map { f in
                let start = analysis.tokens[analysis.contentTokens[f.first]].start
                let end = analysis.tokens[analysis.contentTokens[f.last]].end
                let value = JSONValue.format(f.value) + (f.valueMax.map { "-" + JSONValue.format($0) } ?? "")
                return Found(text: analysis.slice(start, end), value: value)
            }
        case "periods":
            return PeriodRecognizer.recognize(analysis, lexicons: lexicons).map {
                Found(text: analysis.slice($0.start, $0.end), value: $0.text)
            }
        case "facts":
            let extraction = try extractor.extract(text: input)
            let scalars = Array(extraction.text.unicodeScalars)
            return extraction.facts.sorted { $0.figure.lowerBound < $1.figure.lowerBound }.map { f in
                let text = String(String.UnicodeScalarView(scalars[f.figure.clamped(to: 0..<scalars.count)]))
                return Found(text: text, value: describe(f))
            }
        default:
            throw ProbeError(message: "unknown recogniser '\(recognizer)'; one of: \(names.joined(separator: ", "))")
        }
    }

    /// A fact in one line, for spec files.
    static func describe(_ f: Fact) -> String {
        func n(_ v: Double?) -> String { v.map(JSONValue.format) ?? "null" }
        switch f.kind {
        case .count:
            return "count \(f.measure ?? "null") \(n(f.value))" + (f.valueMax.map { "-" + JSONValue.format($0) } ?? "")
                + (f.modality == .target ? " target" : "")
        case .training:
            return "training \(f.classes.map(String.init) ?? "null") \(f.participants.map(String.init) ?? "null")"
        case .percentage:
            return "percentage \(n(f.value))"
        case .documentRef:
            return "document_ref \(f.number ?? "null") \(f.date ?? "null")"
        }
    }

    /// An unknown recogniser name.
    public struct ProbeError: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }
}
