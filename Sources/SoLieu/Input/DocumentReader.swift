/// An input read as text, ready for extraction: decoded, and for an HTML page, reduced to its text.
public struct ReadDocument: Sendable {
    /// The text (not yet normalised), or nil when the input could not be read (see `diagnostics`).
    public var text: String?
    /// `text`, `html` or `jsonl`, as `source.format` says.
    public var format: String
    /// The charset the bytes were decoded from.
    public var encoding: String?
    /// What the page or the JSON record states about the article: its title, its publication time.
    /// It takes precedence over what is read from the text (a date line, a headline).
    public var stated = ArticleMetadata()
    /// The article's URL, when the input gives one.
    public var url: String?
    public var diagnostics: [Diagnostic]

    public init(text: String?, format: String, encoding: String?, diagnostics: [Diagnostic]) {
        self.text = text
        self.format = format
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}

/// Reads one text or HTML document: decodes its bytes (`InputDecoder`) and, for a page, extracts its
/// text and metadata (`HTMLText`).
///
/// ```swift
/// let page = InputDocument(id: "a", path: "a.html", bytes: Array("<h1>Tin</h1><p>Chi bộ có 12 đảng viên.</p>".utf8))
/// DocumentReader.read(page).text   // "Tin\nChi bộ có 12 đảng viên."
/// ```
public enum DocumentReader {
    /// Reads `input` as text or HTML (JSON Lines are read line by line with `ScrapedArticle`).
    public static func read(_ input: InputDocument, options: ReadOptions = ReadOptions()) -> ReadDocument {
        let known = options.format == .auto ? InputFormat.fromExtension(input.path) : options.format
        let guess = known ?? InputFormat.sniff(input.bytes.prefix(4096))
        let declared = guess == .html ? HTMLText.declaredCharset(input.bytes.prefix(4096)) : nil
        let decoded = InputDecoder.decode(input.bytes, encoding: options.encoding, declared: declared)
        guard let text = decoded.text else {
            return ReadDocument(text: nil, format: guess == .html ? "html" : "text", encoding: decoded.encoding,
                                diagnostics: decoded.diagnostics)
        }
        // A page in UTF-16 shows it is HTML only once decoded.
        let isHTML = guess == .html || (known == nil && InputFormat.sniff(Self.utf8Prefix(text, 4096)) == .html)
        guard isHTML else {
            return ReadDocument(text: FigureTable.rewritingTables(in: MarkdownText.plain(text)), format: "text", encoding: decoded.encoding,
                                diagnostics: decoded.diagnostics)
        }
        return page(text, encoding: decoded.encoding, diagnostics: decoded.diagnostics)
    }

    /// The first `count` UTF-8 bytes of `text`, copied in bulk.
    private static func utf8Prefix(_ text: String, _ count: Int) -> ArraySlice<UInt8> {
        var text = text
        return text.withUTF8 { ArraySlice($0.prefix(count)) }
    }

    /// An HTML page's text and metadata.
    static func page(_ html: String, encoding: String?, diagnostics: [Diagnostic]) -> ReadDocument {
        let article = HTMLText.extract(html)
        var diagnostics = diagnostics
        var text: String? = article.text
        if article.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            text = nil
            diagnostics.append(Diagnostic(.error, "empty_input", "the HTML page holds no article text", offset: 0))
        }
        var document = ReadDocument(text: text, format: "html", encoding: encoding, diagnostics: diagnostics)
        document.stated.title = article.title
        document.stated.published = article.published
        return document
    }
}
