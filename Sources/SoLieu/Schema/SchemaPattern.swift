import Foundation

/// A schema `pattern`, matched as `NSRegularExpression.firstMatch` would match it, without
/// compiling an ICU regular expression for the plain patterns and inputs of SoLieu's schema.
///
/// Compiling the first `NSRegularExpression` of a process builds ICU's static regex sets, which
/// costs more than a whole short extraction. Patterns made only of anchors (`^` first, `$` last),
/// literals, escaped punctuation, `\d`, bracket classes of literals and ranges, groups with `|`,
/// and the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` are matched here by backtracking over
/// code points, with ICU's meanings (`\d` is any decimal digit, `\p{Nd}`). Anything else, an
/// input holding a line terminator (where ICU's `$` has its own rules), or a match that takes too
/// many steps, goes to `NSRegularExpression`, compiled on first need.
final class SchemaPattern: @unchecked Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let program: Program?
    private let lock = NSLock()
    private var regex: NSRegularExpression?
    private var regexTried = false

    init(_ source: String) {
        self.source = source
        program = Program(source)
    }

    /// Whether `string` contains a match, as `NSRegularExpression(pattern: source).firstMatch` says
    /// (and, when the pattern does not compile, as `String.range(of:options: .regularExpression)` says).
    func matches(_ string: String) -> Bool {
        if let program, let answer = program.matches(string) { return answer }
        // Not plain, or not certain: ICU answers.
        guard let regex = compiled() else { return string.range(of: source, options: .regularExpression) != nil }
        return regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    /// Whether the pattern is matched without ICU (for tests).
    var isPlain: Bool { program != nil }

    private func compiled() -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if !regexTried {
            regexTried = true
            regex = try? NSRegularExpression(pattern: source)
        }
        return regex
    }
}

/// A parsed plain pattern and its backtracking matcher.
private struct Program {
    /// What one piece matches. A struct rather than an enum with payloads: Swift packs an enum's
    /// case into the spare bits of its payload pointers, which LeakSanitizer cannot follow, so the
    /// compiled schema (held for the life of the process) was reported as leaked under fuzzing.
    struct Atom {
        enum Kind { case scalar, digit, set, group }
        var kind: Kind
        var value: UInt32 = 0
        var ranges: [ClosedRange<UInt32>] = []
        var digit = false
        var inner: [[Piece]] = []

        static func scalar(_ value: UInt32) -> Atom { Atom(kind: .scalar, value: value) }
        static var anyDigit: Atom { Atom(kind: .digit) }
        static func set(_ ranges: [ClosedRange<UInt32>], digit: Bool) -> Atom { Atom(kind: .set, ranges: ranges, digit: digit) }
        static func group(_ inner: [[Piece]]) -> Atom { Atom(kind: .group, inner: inner) }
    }

    struct Piece {
        var atom: Atom
        var min = 1, max = 1  // max == Int.max: no bound
    }

    let alternatives: [[Piece]]
    let anchoredStart: Bool
    let anchoredEnd: Bool

    /// The largest number of matching steps before the answer is left to ICU.
    static let stepLimit = 100_000

    init?(_ source: String) {
        var chars = Array(source.unicodeScalars)
        guard !chars.isEmpty else { return nil }
        anchoredStart = chars.first == "^"
        if anchoredStart { chars.removeFirst() }
        // A final `$` not escaped (an even number of backslashes before it).
        var slashes = 0
        if chars.last == "$" {
            var i = chars.count - 2
            while i >= 0 && chars[i] == "\\" { slashes += 1; i -= 1 }
        }
        anchoredEnd = chars.last == "$" && slashes % 2 == 0
        if anchoredEnd { chars.removeLast() }
        var parser = Parser(chars: chars)
        guard let parsed = parser.alternatives(), parser.index == chars.count else { return nil }
        alternatives = parsed
    }

    /// `true` or `false` when certain, `nil` when ICU must answer.
    func matches(_ string: String) -> Bool? {
        let input = Array(string.unicodeScalars)
        // ICU's `$` also matches before a final line terminator: such inputs are left to ICU.
        for s in input {
            switch s.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return nil
            default: continue
            }
        }
        if let linear = linearMatch(input) { return linear }
        var matcher = Matcher(input: input, anchoredEnd: anchoredEnd)
        if anchoredStart, alternatives.count == 1 {
            // A fixed head (`\d{4}-\d{2}-\d{2}` of a date-time) matches one way only: backtrack
            // over the rest.
            let pieces = alternatives[0]
            var position = 0, head = 0
            while head < pieces.count, pieces[head].atom.kind != .group, pieces[head].min == pieces[head].max {
                for _ in 0..<pieces[head].min {
                    guard position < input.count, Self.accepts(pieces[head].atom, input[position]) else { return false }
                    position += 1
                }
                head += 1
            }
            if matcher.whole([Array(pieces[head...])], position) { return true }
            return matcher.steps > Self.stepLimit ? nil : false
        }
        let starts = anchoredStart ? 0...0 : 0...input.count
        for start in starts {
            if matcher.whole(alternatives, start) { return true }
            if matcher.steps > Self.stepLimit { return nil }
        }
        return matcher.steps > Self.stepLimit ? nil : false
    }

    /// The answer without backtracking for a pattern that is one sequence of single-scalar atoms,
    /// each repeated a fixed number of times except perhaps the last (`^[0-9a-f]{64}$`,
    /// `^[a-z][a-z0-9_]*$`); `nil` for other patterns. Such a sequence can match from a start in
    /// one way only, and a variable last piece either reaches the required end greedily or not at all.
    private func linearMatch(_ input: [Unicode.Scalar]) -> Bool? {
        guard alternatives.count == 1 else { return nil }
        let pieces = alternatives[0]
        for (i, piece) in pieces.enumerated() {
            if piece.atom.kind == .group { return nil }
            if piece.min != piece.max && i != pieces.count - 1 { return nil }
        }
        let lastStart = anchoredStart ? 0 : input.count
        var start = 0
        while start <= lastStart {
            if linearMatch(pieces, input, from: start) { return true }
            start += 1
        }
        return false
    }

    private func linearMatch(_ pieces: [Piece], _ input: [Unicode.Scalar], from start: Int) -> Bool {
        var position = start
        for piece in pieces {
            var done = 0
            while done < piece.max, position < input.count, Self.accepts(piece.atom, input[position]) {
                done += 1
                position += 1
            }
            if done < piece.min { return false }
        }
        return !anchoredEnd || position == input.count
    }

    /// Whether a single-scalar atom accepts `s`.
    fileprivate static func accepts(_ atom: Atom, _ s: Unicode.Scalar) -> Bool {
        switch atom.kind {
        case .scalar: return s.value == atom.value
        case .digit: return isDecimalDigit(s)
        case .set: return atom.ranges.contains { $0.contains(s.value) } || (atom.digit && isDecimalDigit(s))
        case .group: return false
        }
    }

    /// `\d`: any decimal digit (`\p{Nd}`), with ASCII answered without a property lookup.
    fileprivate static func isDecimalDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    private struct Parser {
        let chars: [Unicode.Scalar]
        var index = 0

        init(chars: [Unicode.Scalar]) { self.chars = chars }

        mutating func alternatives() -> [[Piece]]? {
            var result: [[Piece]] = []
            var current: [Piece] = []
            while index < chars.count {
                let c = chars[index]
                if c == ")" { break }
                if c == "|" { result.append(current); current = []; index += 1; continue }
                guard var atom = atom() else { return nil }
                guard quantify(&atom) else { return nil }
                current.append(atom)
            }
            result.append(current)
            return result
        }

        private mutating func atom() -> Piece? {
            let c = chars[index]
            index += 1
            switch c {
            case "(":
                if index < chars.count && chars[index] == "?" { return nil }  // (?:…), lookarounds, flags
                guard let inner = alternatives(), index < chars.count, chars[index] == ")" else { return nil }
                index += 1
                return Piece(atom: .group(inner))
            case "[":
                return set().map { Piece(atom: $0) }
            case "\\":
                guard let escaped = escape() else { return nil }
                return Piece(atom: escaped)
            case ".", "^", "$", "?", "*", "+", "{", "}", "]", "|", ")":
                return nil
            default:
                return Piece(atom: .scalar(c.value))
            }
        }

        /// After a backslash: `\d`, or escaped ASCII punctuation as a literal.
        private mutating func escape() -> Atom? {
            guard index < chars.count else { return nil }
            let c = chars[index]
            index += 1
            if c == "d" { return .anyDigit }
            guard c.isASCII, c.properties.isPatternSyntax else { return nil }  // \w, \s, \b, \u… are ICU's
            return .scalar(c.value)
        }

        /// A bracket class of literals, ranges and `\d`, after its `[`.
        private mutating func set() -> Atom? {
            var ranges: [ClosedRange<UInt32>] = []
            var digit = false
            guard index < chars.count, chars[index] != "^", chars[index] != "]" else { return nil }
            let first = index
            var lastWasSingle = false
            while index < chars.count && chars[index] != "]" {
                // A "-" first (`[-a]`) or last after a single member (`[+-]`) is a literal hyphen.
                if chars[index] == "-", index + 1 < chars.count,
                   (index == first && chars[index + 1] != "-") || (chars[index + 1] == "]" && lastWasSingle) {
                    ranges.append(0x2D...0x2D)
                    index += 1
                    lastWasSingle = false
                    continue
                }
                lastWasSingle = false
                guard let low = setMember(&digit) else { return nil }
                guard let lowValue = low else { continue }  // \d
                if index + 1 < chars.count && chars[index] == "-" && chars[index + 1] != "]" {
                    index += 1
                    guard let high = setMember(&digit), let highValue = high, highValue >= lowValue else { return nil }
                    ranges.append(lowValue...highValue)
                } else {
                    ranges.append(lowValue...lowValue)
                    lastWasSingle = true
                }
            }
            guard index < chars.count else { return nil }
            index += 1  // "]"
            return .set(ranges, digit: digit)
        }

        /// One member of a bracket class: a scalar (`.some(value)`), `\d` (`.some(nil)`, sets
        /// `digit`), or `nil` when not plain (nested classes, `&&`, `--`, other escapes).
        private mutating func setMember(_ digit: inout Bool) -> UInt32?? {
            let c = chars[index]
            index += 1
            switch c {
            case "[", "&", "-", "{", "}", "$", "^":
                return nil  // ICU gives these meanings inside classes
            case "\\":
                guard index < chars.count else { return nil }
                let e = chars[index]
                index += 1
                if e == "d" { digit = true; return .some(nil) }
                guard e.isASCII, e.properties.isPatternSyntax else { return nil }
                return .some(e.value)
            default:
                if c.properties.isWhitespace { return nil }
                return .some(c.value)
            }
        }

        /// Reads a quantifier after `piece`, if any. `false` when malformed or possessive/lazy.
        private mutating func quantify(_ piece: inout Piece) -> Bool {
            guard index < chars.count else { return true }
            switch chars[index] {
            case "?": piece.min = 0; piece.max = 1; index += 1
            case "*": piece.min = 0; piece.max = .max; index += 1
            case "+": piece.min = 1; piece.max = .max; index += 1
            case "{":
                index += 1
                guard let low = number() else { return false }
                var high = low
                if index < chars.count && chars[index] == "," {
                    index += 1
                    if index < chars.count && chars[index] == "}" { high = .max } else {
                        guard let h = number(), h >= low else { return false }
                        high = h
                    }
                }
                guard index < chars.count, chars[index] == "}" else { return false }
                index += 1
                piece.min = low
                piece.max = high
            default:
                return true
            }
            // Lazy (`*?`), possessive (`*+`) and stacked quantifiers are left to ICU.
            if index < chars.count, ["?", "+", "*", "{"].contains(chars[index]) { return false }
            return true
        }

        private mutating func number() -> Int? {
            var value = 0, digits = 0
            while index < chars.count, chars[index].value >= 0x30, chars[index].value <= 0x39 {
                value = value * 10 + Int(chars[index].value - 0x30)
                digits += 1
                index += 1
                if digits > 6 { return nil }
            }
            return digits > 0 ? value : nil
        }
    }

    private struct Matcher {
        let input: [Unicode.Scalar]
        let anchoredEnd: Bool
        var steps = 0

        init(input: [Unicode.Scalar], anchoredEnd: Bool) {
            self.input = input
            self.anchoredEnd = anchoredEnd
        }

        /// Whether one of `alternatives` matches at `position` and `next` accepts where it ends.
        mutating func alternatives(_ alternatives: [[Piece]], _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
            for pieces in alternatives where sequence(pieces[...], position, next) { return true }
            return false
        }

        /// Whether the pattern matches from `position` (up to the end of the input when anchored there).
        mutating func whole(_ alternatives: [[Piece]], _ position: Int) -> Bool {
            let end = anchoredEnd
            let count = input.count
            return self.alternatives(alternatives, position) { _, p in !end || p == count }
        }

        private mutating func sequence(_ pieces: ArraySlice<Piece>, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
            steps += 1
            if steps > Program.stepLimit { return false }
            guard let piece = pieces.first else { return next(&self, position) }
            let rest = pieces.dropFirst()
            return repeated(piece, 0, position) { m, p in m.sequence(rest, p, next) }
        }

        /// Greedy repetition of `piece`, `done` times so far, then `next`.
        private mutating func repeated(_ piece: Piece, _ done: Int, _ position: Int,
                                       _ next: (inout Matcher, Int) -> Bool) -> Bool {
            steps += 1
            if steps > Program.stepLimit { return false }
            if done < piece.max {
                let matchedMore = one(piece.atom, position) { m, p in
                    // An empty iteration beyond the minimum cannot help: stop repeating.
                    if p == position && done >= piece.min { return false }
                    return m.repeated(piece, done + 1, p, next)
                }
                if matchedMore { return true }
            }
            return done >= piece.min && next(&self, position)
        }

        private mutating func one(_ atom: Atom, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
            switch atom.kind {
            case .group:
                return alternatives(atom.inner, position, next)
            case .scalar:
                return position < input.count && input[position].value == atom.value && next(&self, position + 1)
            case .digit, .set:
                return position < input.count && Program.accepts(atom, input[position]) && next(&self, position + 1)
            }
        }
    }
}
