/// Word and sentence boundaries of UTF-16 text without ICU, for texts whose every code unit is in
/// the repertoire of `BreakClasses`: the same boundaries, and the same word rule statuses, as ICU 72's
/// root word and sentence break iterators (`BreakIterator`), which stay the segmenters of every
/// other text.
///
/// The word rules are those of UAX #29 as ICU's rules state them: CR LF stays together (WB3); a
/// zero width joiner before ©, ®, ‼ or ⁉ joins it (WB3c); horizontal spaces stay together (WB3d);
/// Extend, Format and ZWJ join the character before them, except a line break (WB4); letters,
/// digits and ExtendNumLet join each other (WB5, WB8–WB10, WB13a/b), letters across MidLetter,
/// MidNumLet or an apostrophe when a letter follows (WB6/7), digits across MidNum, MidNumLet or an
/// apostrophe when a digit follows (WB11/12). A segment's status is that of ICU's rules: 200 when it
/// ends with a letter, 100 when it ends with a digit, for a final ExtendNumLet that of the pair it
/// closes (letter or ExtendNumLet before it: 200, digit: 100, with nothing before it or with Extend or
/// Format after it: 0), 0 otherwise.
///
/// The sentence rules are those of UAX #29 (SB3–SB11): a break after a paragraph separator, and after
/// a full stop, `!` or `?` with the closing punctuation and spaces after it, unless a digit follows
/// a full stop (SB6), an upper-case letter follows one between letters (SB7), a lower-case letter
/// comes before any other letter or terminator (SB8), or a continuation (`,` `-` `:`) or terminator
/// follows (SB8a). Extend and Format characters are skipped (SB5).
///
/// ```swift
/// let units = Array("Đảng bộ có 5.971 đảng viên. Tốt.".utf16)
/// if let classes = SegmentScanner.classes(units) {
///     SegmentScanner.wordBoundaries(classes)       // 5.971 is one segment, with status 100
///     SegmentScanner.sentenceBoundaries(classes)   // [28, 32]
/// }
/// ```
enum SegmentScanner {
    /// The classes (`BreakClasses.table`) of each code unit, or `nil` when a unit is outside the
    /// repertoire and the text must go through ICU.
    static func classes(_ units: [UInt16]) -> [UInt8]? {
        let table = BreakClasses.table
        let limit = BreakClasses.limit
        var inside = true
        let classes = [UInt8](unsafeUninitializedCapacity: units.count) { out, count in
            table.withUnsafeBufferPointer { table in
                units.withUnsafeBufferPointer { units in
                    for i in 0..<units.count {
                        let unit = Int(units[i])
                        let value = unit < limit ? table[unit] : BreakClasses.outside
                        if value == BreakClasses.outside { inside = false; break }
                        out[i] = value
                    }
                }
            }
            count = inside ? units.count : 0
        }
        return inside ? classes : nil
    }

    /// The word boundaries after offset 0 of a text with these `classes`, each with the rule status
    /// of the segment it ends; the last is the text's length. The same as
    /// `BreakIterator(.word).boundaries` gives.
    static func wordBoundaries(_ classes: [UInt8]) -> [BreakIterator.Boundary] {
        var boundaries: [BreakIterator.Boundary] = []
        boundaries.reserveCapacity(classes.count / 2 + 1)
        classes.withUnsafeBufferPointer { all in
            let n = all.count
            @inline(__always) func word(_ i: Int) -> UInt8 { all[i] & 0x0F }
            @inline(__always) func joinsBefore(_ c: UInt8) -> Bool {
                c == WordBreak.extendOrFormat || c == WordBreak.zeroWidthJoiner
            }
            /// The first offset from `i` that is not Extend, Format or ZWJ.
            @inline(__always) func skipJoining(from i: Int) -> Int {
                var j = i
                while j < n && joinsBefore(word(j)) { j += 1 }
                return j
            }
            let none = UInt8.max
            var start = 0
            while start < n {
                let first = word(start)
                if first == WordBreak.carriageReturn {  // WB3, WB3a/b
                    start += start + 1 < n && word(start + 1) == WordBreak.lineFeed ? 2 : 1
                    boundaries.append(BreakIterator.Boundary(offset: start, status: 0))
                    continue
                }
                if first == WordBreak.lineFeed || first == WordBreak.newline {
                    start += 1
                    boundaries.append(BreakIterator.Boundary(offset: start, status: 0))
                    continue
                }
                // The class of the segment's last character that is not Extend, Format or ZWJ, and of
                // the one before it; `none` while there is none (a segment of joiners only).
                var last = none
                var previous = none
                var end = start
                if !joinsBefore(first) {
                    last = first
                    end = start + 1
                }
                var joinersAfterLast = false
                while true {
                    joinersAfterLast = false
                    while end < n && joinsBefore(word(end)) {  // WB4
                        if word(end) == WordBreak.zeroWidthJoiner && end + 1 < n && word(end + 1) == WordBreak.pictographic {
                            previous = last  // WB3c
                            last = WordBreak.pictographic
                            end += 2
                            joinersAfterLast = false
                            continue
                        }
                        end += 1
                        joinersAfterLast = true
                    }
                    guard end < n else { break }
                    var next = word(end)
                    var after = end + 1
                    var joins = false
                    switch last {
                    case WordBreak.letter:
                        if next == WordBreak.letter {  // WB5, over a run of letters at once
                            after = end + 1
                            while after < n && word(after) == WordBreak.letter { after += 1 }
                            joins = true
                        } else if next == WordBreak.numeric || next == WordBreak.extendNumberOrLetter {
                            joins = true  // WB5, WB9, WB13a
                        } else if next == WordBreak.midLetter || next == WordBreak.midNumberOrLetter {
                            let following = skipJoining(from: end + 1)  // WB6/7
                            if following < n && word(following) == WordBreak.letter {
                                joins = true
                                next = WordBreak.letter
                                after = following + 1
                            }
                        }
                    case WordBreak.numeric:
                        if next == WordBreak.numeric || next == WordBreak.letter || next == WordBreak.extendNumberOrLetter {
                            joins = true  // WB8, WB10, WB13a
                        } else if next == WordBreak.midNumber || next == WordBreak.midNumberOrLetter {
                            let following = skipJoining(from: end + 1)  // WB11/12
                            if following < n && word(following) == WordBreak.numeric {
                                joins = true
                                next = WordBreak.numeric
                                after = following + 1
                            }
                        }
                    case WordBreak.extendNumberOrLetter:
                        joins = next == WordBreak.letter || next == WordBreak.numeric || next == WordBreak.extendNumberOrLetter  // WB13a/b
                    case WordBreak.segmentSpace:
                        joins = next == WordBreak.segmentSpace && !joinersAfterLast  // WB3d
                    default:
                        break
                    }
                    guard joins else { break }
                    previous = last
                    last = next
                    end = after
                }
                let status: Int32
                switch last {
                case WordBreak.letter: status = 200
                case WordBreak.numeric: status = 100
                case WordBreak.extendNumberOrLetter where !joinersAfterLast:
                    status = previous == WordBreak.letter || previous == WordBreak.extendNumberOrLetter ? 200
                        : previous == WordBreak.numeric ? 100 : 0
                default: status = 0
                }
                boundaries.append(BreakIterator.Boundary(offset: end, status: status))
                start = end
            }
        }
        return boundaries
    }

    /// The sentence boundaries after offset 0 of a text with these `classes`; the last is the text's
    /// length. The same as `BreakIterator(.sentence).boundaries` gives.
    static func sentenceBoundaries(_ classes: [UInt8]) -> [Int] {
        var boundaries: [Int] = []
        classes.withUnsafeBufferPointer { all in
            let n = all.count
            @inline(__always) func sentence(_ i: Int) -> UInt8 { all[i] >> 4 }
            @inline(__always) func isParagraphSeparator(_ c: UInt8) -> Bool {
                c == SentenceBreak.carriageReturn || c == SentenceBreak.lineFeed || c == SentenceBreak.separator
            }
            @inline(__always) func isTerminator(_ c: UInt8) -> Bool { c == SentenceBreak.aTerm || c == SentenceBreak.sTerm }
            /// The first offset from `i` whose class is not `skipped`, nor Extend or Format.
            @inline(__always) func skip(_ skipped: UInt8, from i: Int) -> Int {
                var j = i
                while j < n && (sentence(j) == skipped || sentence(j) == SentenceBreak.extendOrFormat) { j += 1 }
                return j
            }
            /// The classes that end a sentence or may: CR, LF, Sep, ATerm, STerm.
            let stops: UInt32 = 1 << SentenceBreak.carriageReturn | 1 << SentenceBreak.lineFeed
                | 1 << SentenceBreak.separator | 1 << SentenceBreak.aTerm | 1 << SentenceBreak.sTerm
            var i = 0
            while i < n {
                while i < n && stops & 1 << UInt32(sentence(i)) == 0 { i += 1 }
                guard i < n else { break }
                let c = sentence(i)
                if c == SentenceBreak.carriageReturn {  // SB3, SB4
                    i += i + 1 < n && sentence(i + 1) == SentenceBreak.lineFeed ? 2 : 1
                    boundaries.append(i)
                    continue
                }
                if c == SentenceBreak.lineFeed || c == SentenceBreak.separator {  // SB4
                    i += 1
                    boundaries.append(i)
                    continue
                }
                // The class of the last character before the terminator that is not Extend or Format
                // (SB5), for SB7.
                var beforeIndex = i - 1
                while beforeIndex >= 0 && sentence(beforeIndex) == SentenceBreak.extendOrFormat { beforeIndex -= 1 }
                let before = beforeIndex >= 0 ? sentence(beforeIndex) : SentenceBreak.separator
                let isFullStop = c == SentenceBreak.aTerm
                var j = skip(SentenceBreak.extendOrFormat, from: i + 1)
                guard j < n else { break }
                let next = sentence(j)
                if isFullStop && next == SentenceBreak.numeric { i = j; continue }  // SB6
                if isFullStop && next == SentenceBreak.upper
                    && (before == SentenceBreak.upper || before == SentenceBreak.lower) { i = j; continue }  // SB7
                j = skip(SentenceBreak.close, from: j)  // SB9
                j = skip(SentenceBreak.space, from: j)  // SB10
                guard j < n else { break }
                let following = sentence(j)
                // SB11 breaks after a paragraph separator here, as SB4 does; SB8a: no break before a
                // continuation or another terminator.
                if isParagraphSeparator(following) || following == SentenceBreak.sContinue || isTerminator(following) {
                    i = j
                    continue
                }
                if isFullStop {  // SB8: no break when a lower-case letter comes before any other letter
                    var k = j
                    while k < n {
                        let d = sentence(k)
                        if d == SentenceBreak.otherLetter || d == SentenceBreak.upper || d == SentenceBreak.lower
                            || isParagraphSeparator(d) || isTerminator(d) { break }
                        k += 1
                    }
                    if k < n && sentence(k) == SentenceBreak.lower { i = j; continue }
                }
                boundaries.append(j)  // SB11
                i = j
            }
            if n > 0 && boundaries.last != n { boundaries.append(n) }
        }
        return boundaries
    }
}
