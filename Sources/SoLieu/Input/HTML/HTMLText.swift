import Foundation

/// The readable text of an HTML page and the metadata the page states about itself.
public struct HTMLArticle: Sendable, Equatable {
    /// One line per block (paragraph, heading, caption, list item, table cell), chrome left out.
    public var text: String
    /// The first `<h1>` of the content, else the `<title>`.
    public var title: String?
    /// The publication time the page states (`article:published_time`, JSON-LD `datePublished`,
    /// `<time datetime>`), in ISO 8601, or nil (the date line in the text is read later).
    public var published: String?
}

/// Turns an HTML page into text: scripts, styles, comments, navigation, footers and other chrome
/// dropped; character references decoded; each block on its own line.
///
/// ```swift
/// let page = "<nav>Trang chủ</nav><h1>Kết nạp đảng viên</h1><p>Chi bộ &amp; <b>đoàn</b></p><footer>©</footer>"
/// HTMLText.extract(page).text   // "Kết nạp đảng viên\nChi bộ & đoàn"
/// HTMLText.extract(page).title  // "Kết nạp đảng viên"
/// ```
///
/// - Complexity: O(n) over the page; open elements are kept on an explicit stack, never by recursion,
///   and an end tag with no open element of its name is dropped in O(1).
public enum HTMLText {
    /// Extracts the text and metadata of `html`.
    public static func extract(_ html: String) -> HTMLArticle {
        var reader = PageReader(bytes: Array(html.utf8))
        reader.run()
        return reader.article()
    }

    /// The charset a page declares in its first bytes (`<meta charset="windows-1258">` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`), if any.
    public static func declaredCharset(_ prefix: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: prefix.prefix(2048), as: UTF8.self).lowercased()
        var search = head.startIndex
        while let meta = head.range(of: "<meta", range: search..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let charset = tag.range(of: "charset=") {
                let value = tag[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !value.isEmpty { return String(value) }
            }
            search = end
        }
        return nil
    }

    /// Elements that start and end a block (a line of the text).
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Elements with no content and no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "param", "source", "track", "wbr"]
    /// Elements that belong in `<head>`; any other start tag closes it.
    static let headElements: Set<String> = ["base", "link", "meta", "noscript", "script", "style", "template", "title"]
    /// Elements whose content is never article text.
    static let chromeElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "nav",
        "footer", "aside", "button", "select", "textarea", "menu", "dialog", "noembed", "noframes", "xmp",
    ]
    // Not `form`: portals built on ASP.NET or DotNetNuke wrap the whole page, article included, in
    // one `<form>`; a search or login form's few words hold no figures.
    /// Words of `class` and `id` values (split at `-`, `_` and spaces) that mark chrome
    /// (`page_chrome.tsv`, kind `class`).
    static let chromeClassWords: Set<String> = Set(pageChrome("class"))
    /// Parts of run-together class words that mark chrome ("topmenu", "footerportal"; kind `part`).
    static let chromeClassParts: [String] = pageChrome("part")
    /// Headings of lists of other articles, folded (kind `heading`): the rest of the heading's
    /// container is left out.
    static let foldedRelatedHeadings: Set<String> = Set(pageChrome("heading").map(FoldedKey.fold))

    /// Words that open a photo caption or credit before a colon (kind `caption`), folded.
    static let foldedCaptionWords: Set<String> = Set(pageChrome("caption").map(FoldedKey.fold))

    /// Whether a line is a photo caption or credit: it opens with a caption word and a colon
    /// ("Ảnh: …") or holds one in parentheses ("… (Ảnh: Minh Khôi)").
    static func isCaption(_ line: Substring) -> Bool { isCaption(Array(line.unicodeScalars)[...]) }

    /// `isCaption` over a line's scalars, in one pass: only the 20 scalars after the line's start
    /// and after each "(" (and after the last ". " near the line's end) are looked at.
    /// - Parameter creditAfterSentence: whether a credit after the caption's sentence ("… ngày
    ///   19/5/2025. Ảnh: Ngọc Lan") makes the line a caption too (for what its names leave in view;
    ///   such a line may also be a sentence of the body with its photo's credit).
    static func isCaption(_ line: ArraySlice<Unicode.Scalar>, creditAfterSentence: Bool = false) -> Bool {
        func opens(at start: Int) -> Bool {
            var s = start
            while s < line.endIndex && (line[s] == " " || line[s] == "\t") { s += 1 }
            var colon = s
            while colon < line.endIndex && colon - s <= 20 && line[colon] != ":" && line[colon] != ")" { colon += 1 }
            WorkCounter.tick(colon - start + 1)
            guard colon < line.endIndex, line[colon] == ":", colon > s else { return false }
            // "Ảnh 2:": a numbered photo's caption.
            var end = colon
            while end > s && (line[end - 1] == " " || line[end - 1].isASCIIDigit) { end -= 1 }
            if end == s { end = colon }
            return foldedCaptionWords.contains(FoldedKey.fold(String(scalars: line[s..<end]).trimmingHorizontalSpace()))
        }
        if opens(at: line.startIndex) { return true }
        // "(Ảnh: …)", and a credit after the caption's sentence: "… ngày 19/5/2025. Ảnh: Ngọc Lan".
        var i = line.startIndex
        while i < line.endIndex {
            if line[i] == "(" && opens(at: i + 1) { return true }
            i += 1
        }
        // The credit ends the line: only the last sentence end within `creditReach` of it is looked at.
        if creditAfterSentence {
            var dot = line.endIndex - 2
            while dot >= max(line.startIndex, line.endIndex - creditReach) && !(line[dot] == "." && line[dot + 1] == " ") { dot -= 1 }
            if dot >= max(line.startIndex, line.endIndex - creditReach) { return opens(at: dot + 2) }
        }
        return false
    }

    /// How far from a line's end a photo credit after the caption's sentence may start.
    static let creditReach = 60

    /// Items of a site's header menu, folded (kind `menu`).
    static let foldedMenuItems: Set<String> = Set(pageChrome("menu").map(FoldedKey.fold))

    /// Whether a line holds an item of a site's header menu among its cells between "|" ("Thứ Ba,
    /// 20/05/2025 | Đăng nhập | Đăng ký").
    static func holdsMenuItem(_ line: String) -> Bool {
        guard line.contains("|") else { return false }
        return line.split(separator: "|").contains {
            foldedMenuItems.contains(FoldedKey.fold($0.trimmingHorizontalSpace()))
        }
    }

    /// Whether a line is the heading of a list of other articles ("Tin liên quan:").
    static func isRelatedHeading(_ line: String) -> Bool {
        guard line.count <= 40 else { return false }
        var heading = line.trimming(relatedHeadingEdges)
        // "Bình luận (4)": a count of the items after the heading.
        if heading.hasSuffix(")"), let open = heading.lastIndex(of: "("),
           heading[heading.index(after: open)..<heading.index(before: heading.endIndex)].allSatisfy({ $0.isASCII && $0.isNumber }) {
            heading = heading[..<open].trimming(relatedHeadingEdges)
        }
        return HTMLText.foldedRelatedHeadings.contains(FoldedKey.fold(heading))
    }

    /// What may stand around a related heading's words ("» Tin liên quan:").
    private static let relatedHeadingEdges: Set<Unicode.Scalar> = [" ", ":", "»", "›", ">", "-", "–", "|"]
    /// The entries of `page_chrome.tsv` of one kind.
    private static func pageChrome(_ kind: String) -> [String] {
        LexiconFile.bundledEntries("page_chrome.tsv", kind: kind)
    }
    /// Containers whose end would end the page: a related heading directly inside one hides nothing.
    static let pageContainers: Set<String> = ["html", "body", "main", "article", "form", "td", "table", "tr"]
    /// ARIA roles of chrome.
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                                           "search", "dialog"]
    /// `<meta>` names and properties that state the publication time, best first.
    static let publishedMetaNames = ["article:published_time", "og:published_time", "datepublished", "pubdate",
                                     "publishdate", "dc.date.issued", "date"]
}

/// The state of one pass over a page.
private struct PageReader {
    struct OpenElement {
        let name: String
        let chrome: Bool
        let content: Bool
    }

    let bytes: [UInt8]
    private var stack: [OpenElement] = []
    private var openCount: [String: Int] = [:]
    private var chromeDepth = 0
    private var contentDepth = 0
    private var lines: [String] = []
    private var line = ""
    private var pendingSpace = false
    private var h1: String?
    private var h1Text = ""
    private var capturingH1 = false
    private var pageTitle: String?
    private var meta: [String: String] = [:]
    private var jsonLDPublished: String?
    private var timeDatetime: String?
    /// What the next text token is (the content of a raw-text element just opened).
    private var rawText: String?
    /// The tables open in the content, innermost last (see `HTMLTable`).
    private var tables: [HTMLTable] = []
    /// While set, lines are dropped: the stack depth of the container of a related-articles
    /// heading, left out until that container closes.
    private var skipDepth: Int?

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() {
        var tokenizer = HTMLTokenizer(bytes)
        while let token = tokenizer.next() {
            switch token {
            case .text(let range):
                let raw = rawText
                rawText = nil
                text(range, rawTextOf: raw)
            case let .startTag(name, attributes, selfClosing):
                rawText = HTMLTokenizer.rawTextElements.contains(name)
                    ? (name == "script" ? scriptKind(attributes) : name) : nil
                start(name, attributes, selfClosing: selfClosing)
            case .endTag(let name):
                rawText = nil
                end(name)
            }
        }
        flushLine()
    }

    func article() -> HTMLArticle {
        var published: String?
        for name in HTMLText.publishedMetaNames {
            if let value = meta[name], let iso = PublishedDate.normalize(value) { published = iso; break }
        }
        published = published ?? jsonLDPublished.flatMap(PublishedDate.normalize) ?? timeDatetime.flatMap(PublishedDate.normalize)
        let title = [h1, pageTitle].compactMap { $0 }.first { !$0.isEmpty }
        return HTMLArticle(text: lines.joined(separator: "\n"), title: title, published: published)
    }

    private func scriptKind(_ attributes: [HTMLAttribute]) -> String {
        let type = attributes.first { $0.name == "type" }?.value.lowercased() ?? ""
        return type.contains("ld+json") ? "ld+json" : "script"
    }

    private mutating func text(_ range: Range<Int>, rawTextOf element: String?) {
        switch element {
        case "title":
            if pageTitle == nil { pageTitle = collapse(HTMLEntities.decode(bytes[range])) }
            return
        case "ld+json":
            if jsonLDPublished == nil { jsonLDPublished = Self.datePublished(inJSONLD: bytes[range]) }
            return
        case .some:
            return  // scripts, styles and other raw text are never article text
        case nil:
            break
        }
        guard chromeDepth == 0 else { return }
        append(HTMLEntities.decode(bytes[range]))
    }

    private mutating func start(_ name: String, _ attributes: [HTMLAttribute], selfClosing: Bool) {
        if name == "meta" { readMeta(attributes) }
        if name == "time", chromeDepth == 0, timeDatetime == nil,
           let datetime = attributes.first(where: { $0.name == "datetime" })?.value, !datetime.isEmpty {
            timeDatetime = datetime
        }
        // `<head>` ends where the body's content begins, with or without `</head>`.
        if openCount["head", default: 0] > 0 && !HTMLText.headElements.contains(name) { end("head") }
        if HTMLText.blockElements.contains(name) { flushLine() }
        if chromeDepth == 0 && skipDepth == nil { startTablePart(name) }
        if HTMLText.voidElements.contains(name) { return }
        // `<x/>` opens nothing (SVG icons written `<svg …/>` must not swallow the page), except the
        // raw-text elements, whose content runs to their end tag whatever the slash says.
        if selfClosing && !HTMLTokenizer.rawTextElements.contains(name) { return }
        let chrome = isChrome(name, attributes)
        let content = name == "article" || name == "main"
        stack.append(OpenElement(name: name, chrome: chrome, content: content))
        openCount[name, default: 0] += 1
        if chrome { chromeDepth += 1 }
        if content { contentDepth += 1 }
        if name == "h1", h1 == nil, chromeDepth == 0 { capturingH1 = true; h1Text = "" }
    }

    private mutating func end(_ name: String) {
        if HTMLText.blockElements.contains(name) {
            // "Tin liên quan" closing its own block: what follows in its container is a list of
            // other articles (their headlines carry figures that are not this article's).
            if skipDepth == nil, stack.count >= 2, stack[stack.count - 1].name == name,
               !HTMLText.pageContainers.contains(stack[stack.count - 2].name), HTMLText.isRelatedHeading(line) {
                line = ""
                skipDepth = stack.count - 1
            }
            flushLine()
        }
        guard let count = openCount[name], count > 0 else { return }  // a stray end tag
        if chromeDepth == 0 && skipDepth == nil { endTablePart(name) }
        while let top = stack.popLast() {
            if let depth = skipDepth, stack.count < depth { skipDepth = nil }
            WorkCounter.tick()
            openCount[top.name, default: 1] -= 1
            if top.chrome { chromeDepth -= 1 }
            if top.content { contentDepth -= 1 }
            if top.name == "h1", capturingH1 {
                capturingH1 = false
                let heading = collapse(h1Text)
                if !heading.isEmpty { h1 = heading }
            }
            if HTMLText.blockElements.contains(top.name) { flushLine() }
            if top.name == name { break }
        }
    }

    private mutating func startTablePart(_ name: String) {
        switch name {
        case "table":
            if !tables.isEmpty { tables[tables.count - 1].hasNestedTable = true }
            tables.append(HTMLTable(firstLine: lines.count))
        case "tr": if !tables.isEmpty { tables[tables.count - 1].startRow(lines) }
        case "td", "th": if !tables.isEmpty { tables[tables.count - 1].startCell(heading: name == "th", lines) }
        default: break
        }
    }

    /// Ends a cell or a row; at a table's end, writes a table of figures as one line per row.
    private mutating func endTablePart(_ name: String) {
        guard !tables.isEmpty else { return }
        switch name {
        case "td", "th", "tr": tables[tables.count - 1].endCell(lines)
        case "table":
            var table = tables.removeLast()
            table.endCell(lines)
            if let rewritten = table.rewritten(lines) {
                lines.removeSubrange(table.firstLine...)
                lines += rewritten
            }
        default: break
        }
    }

    private func isChrome(_ name: String, _ attributes: [HTMLAttribute]) -> Bool {
        if HTMLText.chromeElements.contains(name) { return true }
        // A page header (logo, menu) is chrome; an article's own header (headline, date line) is not.
        if name == "header" && contentDepth == 0 { return true }
        for a in attributes {
            switch a.name {
            case "hidden": return true
            case "aria-hidden" where a.value.lowercased() == "true": return true
            case "role" where HTMLText.chromeRoles.contains(a.value.lowercased()): return true
            case "style":
                let style = a.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            case "class", "id":
                let words = a.value.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }
                if words.contains(where: { HTMLText.chromeClassWords.contains(String($0)) }) { return true }
                if words.contains(where: { w in HTMLText.chromeClassParts.contains { w.contains($0) } }) { return true }
                if name != "header", words.contains("header"), contentDepth == 0 { return true }
            default: break
            }
        }
        return false
    }

    private mutating func readMeta(_ attributes: [HTMLAttribute]) {
        guard let content = attributes.first(where: { $0.name == "content" })?.value else { return }
        for a in attributes where ["property", "name", "itemprop"].contains(a.name) {
            let key = a.value.lowercased()
            if meta[key] == nil { meta[key] = content }
        }
    }

    /// Appends character data to the current line, folding runs of HTML white space to one space.
    private mutating func append(_ text: String) {
        WorkCounter.tick(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
                continue
            }
            if pendingSpace && !line.isEmpty { line.unicodeScalars.append(" ") }
            if pendingSpace && capturingH1 && !h1Text.isEmpty { h1Text.unicodeScalars.append(" ") }
            pendingSpace = false
            line.unicodeScalars.append(scalar)
            if capturingH1 { h1Text.unicodeScalars.append(scalar) }
        }
    }

    private mutating func flushLine() {
        if !line.isEmpty && skipDepth == nil { lines.append(line) }
        line = ""
        pendingSpace = false
        if capturingH1 && !h1Text.isEmpty { h1Text.unicodeScalars.append(" ") }
    }

    private func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// The first `datePublished` in a JSON-LD block (objects, arrays and `@graph` walked with an
    /// explicit stack).
    static func datePublished(inJSONLD bytes: ArraySlice<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
        if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
        guard let json = try? JSONValue.parse(text) else { return nil }
        var pending = [json]
        while let value = pending.popLast() {
            switch value {
            case .object(let pairs):
                if let date = pairs.first(where: { $0.0 == "datePublished" })?.1.stringValue { return date }
                pending.append(contentsOf: pairs.map(\.1).reversed())
            case .array(let items):
                pending.append(contentsOf: items.reversed())
            default: break
            }
        }
        return nil
    }
}
