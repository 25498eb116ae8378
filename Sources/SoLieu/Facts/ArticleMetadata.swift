import Foundation

/// The article's own metadata read from its text: the date line (`Cập nhật: Thứ tư 03/08/2022 -
/// 11:18`), a headline above it, and the byline at the end (`Quỳnh Mai`, `Bài, ảnh: Thu Trang`).
public struct ArticleMetadata: Sendable, Equatable {
    /// ISO 8601: `2022-08-03T11:18:00+07:00`, or `2022-08-03` when no time is given.
    public var published: String?
    public var title: String?
    public var author: String?
    /// Code point offset where the page footer starts (lines after the byline), if any.
    public var footerStart: Int?

    /// Words that open a date line.
    static let dateLineWords: [String] = ["cập nhật", "ngày đăng", "đăng ngày", "đăng lúc", "thứ", "chủ nhật",
                                         "ngày", "xuất bản", "thời gian đăng", "published"].map(FoldedKey.fold)
    /// Prefixes of a byline, removed to leave the name.
    static let foldedBylinePrefixes = bylinePrefixes.map(FoldedKey.fold)
    static let bylinePrefixes: [String] = ["bài, ảnh:", "bài và ảnh:", "bài, ảnh", "tin, ảnh:", "tin và ảnh:", "bài:",
                                           "tin:", "ảnh:", "theo", "tác giả:", "pv:"]

    /// The openers of correction notices (`corrections.tsv`, role `opener`), folded.
    static let foldedNoticeOpeners: [String] = LexiconFile.bundledEntries("corrections.tsv", kind: "opener").map(FoldedKey.fold)

    /// Reads the metadata of a normalised text.
    public static func read(_ text: String) -> ArticleMetadata {
        read(text, scalars: nil)
    }

    /// `read(text)`, given also the text's scalars when they are at hand.
    static func read(_ text: String, scalars known: [Unicode.Scalar]?) -> ArticleMetadata {
        var meta = ArticleMetadata()
        // The date line: near the top, or further down in a saved web page (under the site's menu).
        // The first few lines are read first; the rest of the page head only when they hold none.
        var lineAuthor: String?
        var edge = EdgeLines(text, headCount: firstHeadLines)
        var checked = 0
        while true {
            for i in checked..<edge.head.count {
                // Today's date in a site's header ("Thứ Ba, 20/05/2025 | Đăng nhập") is not the article's.
                if let (published, author) = dateLineParts(edge.line(i)), !HTMLText.holdsMenuItem(edge.line(i)) {
                    meta.published = published
                    lineAuthor = author
                    // The headline is the line above the date line: the first line, or in a saved
                    // page a line under the site's menus that reads like a headline.
                    if i >= 1, isHeadline(edge.line(i - 1)), i == 1 || isPageHeadline(edge.line(i - 1)) {
                        meta.title = edge.line(i - 1)
                    }
                    break
                }
            }
            if meta.published != nil || edge.head.count < edge.headCount || edge.headCount >= pageHeadLines { break }
            checked = edge.head.count
            edge = EdgeLines(text, headCount: pageHeadLines)
        }
        let count = edge.count
        guard count > 0 else { return meta }
        if meta.published == nil, let published = dateLine(edge.line(count - 1)) { meta.published = published }
        // Never the first line: in a short text it is the headline, and a byline there would make
        // the whole article its footer.
        for i in stride(from: count - 1, through: max(1, count - 4), by: -1) {
            // A list item with a figure ("- Chi bộ trực thuộc – 7") is article: the short
            // capitalised line above it is a heading ("TỔ CHỨC ĐẢNG"), not a byline.
            if Self.isFigureItem(edge.line(i)) { break }
            if let author = byline(edge.line(i)) {
                meta.author = author
                let scalars = known ?? Array(text.unicodeScalars)
                // A paragraph of prose after it ("PHẢN HỒI CỦA ĐẢNG ỦY CÔNG TY", then the reply to
                // a reader's signed letter) is more article, not a page footer.
                let proseAfter = (i + 1..<count).contains { edge.line($0).unicodeScalars.count > Self.footerLineLimit }
                if i < count - 1, !proseAfter,
                   let start = Extractor.firstOffset(of: Array(("\n" + edge.line(i + 1)).unicodeScalars), in: scalars) {
                    meta.footerStart = start
                }
                break
            }
        }
        // "Phạm Hằng | Thứ Hai, 3/2/2025": the author beside the date when no byline ends the text.
        if meta.author == nil { meta.author = lineAuthor }
        // A list of other articles at the end ("Tin liên quan:"): not the article either.
        if let related = relatedListStart(known ?? Array(text.unicodeScalars)) {
            meta.footerStart = min(meta.footerStart ?? related, related)
        }
        return meta
    }

    /// The code point offset of the line break before a heading of other articles among the last
    /// lines of a text (`page_chrome.tsv`, kind `heading`), if there is one.
    static func relatedListStart(_ scalars: [Unicode.Scalar], lines: Int = 30) -> Int? {
        var end = scalars.count
        var seen = 0
        var found: Int?
        while end > 0 && seen < lines {
            var start = end
            while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
            // A heading is short and holds no digit and no full stop (but for a count in brackets
            // at its end: "Bình luận (4)").
            var digitsEnd = end
            while digitsEnd > start && scalars[digitsEnd - 1].isWhitespace { digitsEnd -= 1 }
            if digitsEnd > start, scalars[digitsEnd - 1] == ")" {
                var open = digitsEnd - 1
                while open > start && scalars[open - 1].isASCIIDigit { open -= 1 }
                if open > start, open < digitsEnd - 1, scalars[open - 1] == "(" { digitsEnd = open - 1 }
            }
            if end - start <= 40, start > 0,
               !scalars[start..<digitsEnd].contains(where: { $0 == "." || ($0.value >= 0x30 && $0.value <= 0x39) }) {
                var lo = start, hi = end
                while lo < hi && scalars[lo].isTabOrSpaceSeparator { lo += 1 }
                while hi > lo && scalars[hi - 1].isTabOrSpaceSeparator { hi -= 1 }
                let text = String(scalars: scalars[lo..<hi])
                if !text.isEmpty {
                    seen += 1
                    if HTMLText.isRelatedHeading(text) { found = start - 1 }
                }
            } else if end > start, scalars[start..<end].contains(where: { $0 != " " }) {
                seen += 1
            }
            end = start - 1
        }
        return found
    }

    /// How many lines at the top of a text may hold its date line (a saved web page puts the site's
    /// menu above it).
    /// What may stand around a byline's name ("– Lê Văn Tám.").
    static let bylineNameEdges: Set<Unicode.Scalar> = [" ", ".", ",", "-", "–"]
    static let pageHeadLines = 20
    /// How many lines at the top are sought for the date line first (an article's own head).
    static let firstHeadLines = 6

    private static func isHeadline(_ line: String) -> Bool {
        line.count <= 200 && !line.hasSuffix(".") && dateLine(line) == nil
    }

    /// Whether a line under a page's menus reads like a headline: five words or more, and none of
    /// the separators of menus and breadcrumbs ("Trang chủ > Tin tức", "In bài | Chia sẻ").
    private static func isPageHeadline(_ line: String) -> Bool {
        line.spaceSeparatedWordCount >= 5
            && !line.contains { $0 == "|" || $0 == ">" || $0 == "»" || $0 == "›" }
            && !line.contains(" / ")
    }

    /// The longest line (in code points) of a page footer after a byline; a longer one is prose.
    static let footerLineLimit = 160

    /// Whether a line is a list item holding a figure (a list mark, then text with a digit), or an
    /// infographic's line that opens with its figure and a lower-case word.
    static func isFigureItem(_ line: String) -> Bool {
        let scalars = line.unicodeScalars.drop(while: { $0.isTabOrSpaceSeparator })
        guard let first = scalars.first else { return false }
        // "42 tổ chức cơ sở đảng", "≥ 210 đảng viên mới": an infographic's line, its figure first
        // and a lower-case word after it.
        if let figure = FigureTable.leadFigure(scalars), let space = figure.firstIndex(of: " "),
           figure[figure.index(after: space)...].first?.properties.isLowercase == true { return true }
        guard OrganisationRecognizer.listMarks.contains(first) else { return false }
        return line.unicodeScalars.contains { $0.isASCIIDigit }
    }

    /// The author's name in a byline, or nil when `line` is not one.
    static func byline(_ line: String) -> String? {
        var name = line
        let folded = FoldedKey.fold(line)
        // "ĐÍNH CHÍNH" over a correction notice, "Bình luận" over readers' comments: headings.
        if foldedNoticeOpeners.contains(where: { folded.hasPrefix($0) }) || HTMLText.isRelatedHeading(line) { return nil }
        for prefix in foldedBylinePrefixes where folded.hasPrefix(prefix) {
            // Drop as many characters as the prefix has words and punctuation: find the colon.
            if let colon = line.firstIndex(of: ":") { name = String(line[line.index(after: colon)...]) }
            else { name = String(line.spaceSeparatedWords.dropFirst().joined(separator: " ")) }
            break
        }
        if let paren = name.firstIndex(of: "(") {
            // "Lê Văn Tám (Văn phòng Huyện ủy)"; not "Anh Nguyễn Văn A (28 tuổi), công nhân …".
            let close = name[paren...].firstIndex(of: ")") ?? name.endIndex
            let after = close < name.endIndex ? name[name.index(after: close)...] : ""
            guard after.allSatisfy({ $0 == " " || $0 == "." }) else { return nil }
            name = String(name[..<paren])
        }
        name = name.trimming(Self.bylineNameEdges)
        let words = name.spaceSeparatedWords
        guard (1...5).contains(words.count), name.count <= 40 else { return nil }
        guard words.allSatisfy({ w in w.first.map { $0.isUppercase } ?? false }),
              !name.unicodeScalars.contains(where: { $0.isASCIIDigit }) else { return nil }
        return name
    }
}
