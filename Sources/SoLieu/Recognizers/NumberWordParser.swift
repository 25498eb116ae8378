/// Reads Vietnamese numerals written in words over content tokens: `hai mươi lăm` → 25,
/// `một trăm linh năm` → 105, `ba nghìn` → 3000, `mười lăm` → 15, `một chục` → 10,
/// `một nghìn rưỡi` → 1500, `hai triệu ba trăm nghìn` → 2300000, `năm mươi hai phẩy năm` → 52,5.
///
/// The grammar refuses what it cannot read (`hai ba`, a multiplier with nothing before it): the
/// numeral then ends before the word that breaks it, or there is none.
enum NumberWordParser {
    private struct State {
        var total: Double = 0, section: Double = 0
        var current: Double?
        var previous: NumberWordRole?
        var lastMultiplier: Double = 1
        var lastBig: Double = .infinity

        /// Whether `word` can continue the numeral read so far.
        func accepts(_ word: NumberWord) -> Bool {
            switch word.role {
            case .digit:
                // After tens, 5 is "lăm" and 1 after "mươi" is "mốt": "hai mươi năm" is twenty years.
                if (previous == .ten || previous == .tens) && word.value == 5 { return false }
                if previous == .tens && word.value == 1 { return false }
                return previous != .digit && previous != .tail && previous != .half
            case .tail: return previous == .ten || previous == .tens || previous == .zero
            case .ten: return current == nil && previous != .ten && previous != .tens && previous != .tail
            case .tens, .hundred: return previous == .digit && current != nil
            case .zero: return previous == .hundred
            case .dozen: return previous == nil || previous == .digit
            case .big: return section + (current ?? 0) > 0
            case .half: return previous == .big || previous == .hundred || previous == .dozen
            }
        }

        mutating func apply(_ word: NumberWord) {
            switch word.role {
            case .digit:
                if previous == .ten || previous == .tens || previous == .zero { section += word.value } else { current = word.value }
            case .tail, .ten:
                section += word.value
            case .tens:
                section += (current ?? 0) * 10
                current = nil
            case .hundred:
                section += (current ?? 0) * 100
                current = nil
                lastMultiplier = 100
            case .zero:
                break
            case .dozen:
                section += (current ?? 1) * 10
                current = nil
                lastMultiplier = 10
            case .big:
                let v = section + (current ?? 0)
                if word.value > lastBig { total = (total + v) * word.value } else { total += v * word.value }
                lastBig = word.value
                section = 0
                current = nil
                lastMultiplier = word.value
            case .half:
                if previous == .big { total += lastMultiplier / 2 } else { section += lastMultiplier / 2 }
            }
            previous = word.role
        }

        var value: Double { total + section + (current ?? 0) }
    }

    /// The numeral starting at content position `start`: its value and the position of its last word.
    static func parse(_ analysis: TextAnalysis, at start: Int, lexicons: Lexicons,
                      before limit: Int = .max) -> (value: Double, last: Int)? {
        let content = analysis.contentTokens
        var state = State()
        var last = -1
        var p = start
        while p < min(content.count, limit) {
            let token = analysis.tokens[content[p]]
            WorkCounter.tick()
            guard token.kind == .word, let word = lexicons.numberWord(token), state.accepts(word) else { break }
            state.apply(word)
            last = p
            p += 1
        }
        guard last >= start else { return nil }
        // Back off a trailing "linh" ("một trăm linh" is not a numeral's end).
        if state.previous == .zero { last -= 1 }
        guard last >= start, state.value > 0 || state.previous == .digit else { return nil }
        // "năm mươi hai phẩy năm" (52,5), "sáu mươi mốt phẩy không tám" (61,08): decimals said digit
        // by digit after "phẩy".
        var value = state.value
        if analysis.keyIs(last + 1, Keys.phay) {
            var q = last + 2
            var scale = 0.1
            var fraction = 0.0
            while q < min(content.count, limit), analysis.tokens[content[q]].kind == .word {
                WorkCounter.tick()
                let digit: Double
                if analysis.keyIs(q, Keys.khong) {
                    digit = 0
                } else if let word = lexicons.numberWord(analysis.tokens[content[q]]), word.role == .digit || word.role == .tail {
                    digit = word.value
                } else {
                    break
                }
                fraction += digit * scale
                scale /= 10
                q += 1
            }
            // (Not "phẩy" and zeros alone.)
            if q > last + 2, fraction > 0 || q > last + 3 {
                value += (fraction * 1_000_000).rounded() / 1_000_000
                last = q - 1
            }
        }
        return (value, last)
    }
}
