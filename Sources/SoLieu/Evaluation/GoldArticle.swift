import Foundation

/// A hand-annotated article: `NAME.gold.json` beside `NAME.txt` (or `.html`).
public struct GoldArticle: Sendable {
    public let id: String
    /// The article file the gold describes.
    public let articleURL: URL
    /// The `published` date (date part) the annotator read, if any.
    public let published: String?
    public let facts: [JSONValue]

    /// All annotated articles in `directory`, sorted by name. Gold files without an article file
    /// are reported as errors.
    public static func load(directory: URL) throws -> [GoldArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        var articles: [GoldArticle] = []
        for name in names where name.hasSuffix(".gold.json") {
            let base = String(name.dropLast(".gold.json".count))
            let goldURL = directory.appendingPathComponent(name)
            let text = try String(contentsOf: goldURL, encoding: .utf8)
            let json: JSONValue
            do { json = try JSONValue.parse(text) } catch { throw EvaluationError(message: "\(goldURL.path): \(error)") }
            let candidates = ["txt", "html", "htm"].map { directory.appendingPathComponent("\(base).\($0)") }
            guard let article = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                throw EvaluationError(message: "\(goldURL.path): no article file \(base).txt or \(base).html beside it")
            }
            articles.append(GoldArticle(id: json["id"]?.stringValue ?? base, articleURL: article,
                                        published: json["published"]?.stringValue,
                                        facts: json["facts"]?.arrayValue ?? []))
        }
        return articles
    }
}

/// A problem with the evaluation data.
public struct EvaluationError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
