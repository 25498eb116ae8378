/// One line of a JSON Lines file of scraped articles, as scrapers such as trafilatura write them:
/// `{"id", "url", "title", "text" | "html", "published"}`.
///
/// Accepted keys: `id` (string or number); `url` (or trafilatura's `source`, or `link`); `title`;
/// `text` (or `raw_text`), else `html`, whose page is reduced to text like an HTML file; `published`
/// (or `date`, `datePublished`); `author`.
///
/// ```swift
/// let line = Array(#"{"id": "a1", "url": "https://x.vn/a1", "text": "Chi bộ có 12 đảng viên."}"#.utf8)
/// let article = ScrapedArticle.read(line, number: 3, fallbackID: "feed")
/// article.id               // "a1" ("feed-3" when the line has no id)
/// article.document.text    // "Chi bộ có 12 đảng viên."
/// ```
public struct ScrapedArticle: Sendable {
    /// The record id: the line's `id`, else `FALLBACK-LINE`.
    public var id: String
    /// The article read from the line; an error diagnostic and no text when the line is broken.
    public var document: ReadDocument

    /// Keys that hold the article's text or page.
    static let textKeys: Set<String> = ["text", "raw_text", "html"]

    /// Whether a line holds nothing but spaces and tabs (such lines are skipped, not records).
    public static func isBlank<C: Collection>(_ line: C) -> Bool where C.Element == UInt8 {
        !line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }

    /// Reads one line (without its line end).
    /// - Parameters:
    ///   - number: the 1-based line number, for the fallback id.
    ///   - fallbackID: the id base when the line has none: the file name without extension, or `stdin`.
    public static func read<C: Collection>(_ line: C, number: Int, fallbackID: String) -> ScrapedArticle
    where C.Element == UInt8 {
        let fallback = "\(fallbackID)-\(number)"
        func broken(_ code: String, _ message: String, offset: Int? = nil) -> ScrapedArticle {
            ScrapedArticle(id: fallback, document: ReadDocument(text: nil, format: "jsonl", encoding: "utf-8",
                diagnostics: [Diagnostic(.error, code, message, offset: offset)]))
        }
        let bytes = Array(line)
        guard let string = String(validating: bytes, as: UTF8.self) else {
            let bad = InputDecoder.firstInvalidUTF8(bytes[...]) ?? 0
            return broken("invalid_utf8", "line \(number) is not valid UTF-8 (byte \(bad))", offset: bad)
        }
        let json: JSONValue
        do { json = try JSONValue.parse(string) } catch let error as JSONParseError {
            return broken("invalid_json_line", "line \(number) is not JSON: \(error)", offset: error.offset)
        } catch {
            return broken("invalid_json_line", "line \(number) is not JSON: \(error)")
        }
        guard case .object = json else { return broken("invalid_json_line", "line \(number) is not a JSON object") }
        var id = fallback
        if let s = json["id"]?.stringValue, !s.isEmpty { id = s }
        else if let n = json["id"]?.numberValue { id = JSONValue.format(n) }
        var document: ReadDocument
        if let text = nonBlank(json["text"]) ?? nonBlank(json["raw_text"]) {
            document = ReadDocument(text: FigureTable.rewritingTables(in: MarkdownText.plain(text)), format: "jsonl", encoding: "utf-8", diagnostics: [])
        } else if let html = nonBlank(json["html"]) {
            document = DocumentReader.page(html, encoding: "utf-8", diagnostics: [])
            document.format = "jsonl"
        } else {
            var missing = broken("missing_text", "line \(number) has no \"text\" or \"html\" field with article text")
            missing.id = id
            return missing
        }
        document.url = nonBlank(json["url"]) ?? nonBlank(json["link"])
            ?? nonBlank(json["source"]).flatMap { $0.contains("://") ? $0 : nil }  // trafilatura's name for the URL
        if let title = nonBlank(json["title"]) { document.stated.title = title }
        if let author = nonBlank(json["author"]) { document.stated.author = author }
        if let published = nonBlank(json["published"]) ?? nonBlank(json["date"]) ?? nonBlank(json["datePublished"]) {
            if let iso = PublishedDate.normalize(published) {
                document.stated.published = iso
            } else {
                document.diagnostics.append(Diagnostic(.warning, "unreadable_published",
                    "line \(number): \"published\" is not a date (\(published)); the date line of the text is used"))
            }
        }
        return ScrapedArticle(id: id, document: document)
    }

    private static func nonBlank(_ value: JSONValue?) -> String? {
        guard let s = value?.stringValue, s.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return nil }
        return s
    }
}
