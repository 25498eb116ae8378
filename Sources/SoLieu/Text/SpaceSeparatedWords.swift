extension StringProtocol where SubSequence == Substring {
    /// The words of the text between ASCII spaces, empty ones left out: `split(separator: " ")`,
    /// found byte by byte. Splitting at `Character`s walks grapheme clusters, many times slower on
    /// Vietnamese text; the two differ only where a combining mark follows a space (a `Character`
    /// of its own there), which normalised text does not hold.
    var spaceSeparatedWords: [Substring] {
        var words: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 0x20 {
                if start != i { words.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { words.append(self[start..<bytes.endIndex]) }
        return words
    }

    /// How many words `spaceSeparatedWords` gives, without collecting them.
    var spaceSeparatedWordCount: Int {
        var count = 0
        var inWord = false
        for b in utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
