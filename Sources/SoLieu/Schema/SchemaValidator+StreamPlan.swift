import Foundation

extension SchemaValidator {
    /// The schema compiled for `StreamCheck`, once, into flat tables: every schema node as one
    /// `Rule`, every object's properties as a table with one `Slot` per `RecordKey` (so a key is
    /// found by its number, never by its name), every scalar check with its keywords precomputed and
    /// its `enum`/`const` strings as bytes. Following a record's events then touches no
    /// reference-counted object and walks no list of names.
    ///
    /// What the stream check does not follow compiles to a rule that admits nothing, so the record
    /// is "not shown valid" and the full validator decides: `anyOf`, `allOf`, `if`, a `oneOf` not
    /// chosen by a `kind` constant, a `$ref` beside other keywords or unresolved, a `type` or a
    /// `const`/`enum` on an object or array, a property named twice, a `required` name without a
    /// property among the first 64.
    final class StreamPlan: @unchecked Sendable {
        /// A rule index meaning "no schema": any value.
        static let anything = -1
        /// A slot's rule meaning "this key is not allowed here".
        static let refused = -2

        /// How one value is checked.
        struct Rule {
            /// What a string, number or null must be.
            var scalar = ScalarRule.nothing
            /// Whether an object may stand here: its table is `objects[object]`.
            var admitsObject = false
            var object = -1
            /// An object that chooses its `oneOf` branch by its `kind`: `choices[choice]`; -1 when not.
            var choice = -1
            /// Whether an array may stand here, its members' rule and its `minItems` (0 when none).
            var admitsArray = false
            var items = StreamPlan.anything
            var minItems = 0

            /// A rule that admits no value.
            static let nothing = Rule()
        }

        /// The keywords of a scalar check.
        struct ScalarRule {
            /// `type`; nil when the node has none.
            var types: TypeSet?
            /// `enum` as a range of `literals`; nil when the node has none.
            var allowed: Range<Int>?
            /// `const` as an index into `literals`.
            var constant: Int?
            var minimum: Double?, maximum: Double?
            var minLength: Int?
            /// `pattern` as an index into `patterns`.
            var pattern: Int?

            /// A check no scalar passes.
            static let nothing = ScalarRule(types: TypeSet(rawValue: 0))
        }

        /// A value of `enum` or `const`.
        struct Literal {
            enum Kind { case null, number, string, other }
            var kind: Kind
            var number: Double = 0
            /// A string's UTF-8 bytes in `literalBytes`.
            var bytes: Range<Int> = 0..<0
        }

        /// An object's properties: `RecordKey.allCases.count` slots from `firstSlot`.
        struct ObjectTable {
            var firstSlot: Int
            /// The `Slot.bit`s of the required properties.
            var required: UInt64
        }

        /// What a key of an object leads to: the value's rule (`anything`, or `refused` for a key
        /// `additionalProperties: false` forbids) and the property's bit for `required` (0 for an
        /// additional key or a property past the 64th).
        struct Slot {
            var rule: Int
            var bit: UInt64
        }

        /// A `oneOf` branch and the `kind` constant that chooses it.
        struct Branch {
            var kind: Literal
            var rule: Int
            /// Whether the branch's `kind` property is that constant and nothing else: the value
            /// that chose the branch needs no check of its own.
            var kindSettled = false
        }

        let rules: [Rule]
        let objects: [ObjectTable]
        let slots: [Slot]
        /// Each choice's branches, as a range of `branches`.
        let choices: [Range<Int>]
        let branches: [Branch]
        let literals: [Literal]
        let literalBytes: [UInt8]
        let patterns: [SchemaPattern]
        /// The rule of the document.
        let root: Int

        init(root node: Node) {
            var builder = Builder()
            root = builder.rule(for: node)
            builder.settleKinds()
            rules = builder.rules
            objects = builder.objects
            slots = builder.slots
            choices = builder.choices
            branches = builder.branches
            literals = builder.literals
            literalBytes = builder.literalBytes
            patterns = builder.patterns
        }

        /// Gathers the tables while walking the compiled nodes; each node is compiled once (its
        /// rule is noted before its subschemas, so a schema that refers to itself ends).
        private struct Builder {
            var rules: [Rule] = []
            var objects: [ObjectTable] = []
            var slots: [Slot] = []
            var choices: [Range<Int>] = []
            var branches: [Branch] = []
            var literals: [Literal] = []
            var literalBytes: [UInt8] = []
            var patterns: [SchemaPattern] = []
            var ruleOfNode: [ObjectIdentifier: Int] = [:]
            var pendingBranches: [Range<Int>] = []
            let keysByName = Dictionary(uniqueKeysWithValues: RecordKey.allCases.map { ($0.name.description, $0) })

            mutating func rule(for node: Node) -> Int {
                if let known = ruleOfNode[ObjectIdentifier(node)] { return known }
                if node.reference != nil {
                    // A pure `$ref` is its target's rule; one beside other keywords is not followed.
                    let index: Int
                    if let target = node.followingReferences { index = rule(for: target) } else { index = newRule(.nothing) }
                    ruleOfNode[ObjectIdentifier(node)] = index
                    return index
                }
                let index = newRule(.nothing)
                ruleOfNode[ObjectIdentifier(node)] = index
                rules[index] = compile(node)
                return index
            }

            /// Marks the branches whose `kind` property checks only its constant.
            mutating func settleKinds() {
                for range in pendingBranches {
                    for b in range {
                        let branch = rules[branches[b].rule]
                        guard branch.admitsObject else { continue }
                        let kindRule = slots[objects[branch.object].firstSlot + RecordKey.kind.rawValue].rule
                        guard kindRule >= 0 else { continue }
                        let s = rules[kindRule].scalar
                        branches[b].kindSettled = s.types == nil && s.allowed == nil && s.minimum == nil && s.maximum == nil
                            && s.minLength == nil && s.pattern == nil && s.constant.map { same(literals[$0], branches[b].kind) } == true
                    }
                }
            }

            /// Whether two literals are the same value.
            private func same(_ a: Literal, _ b: Literal) -> Bool {
                switch (a.kind, b.kind) {
                case (.null, .null): return true
                case (.number, .number): return a.number == b.number
                case (.string, .string): return literalBytes[a.bytes] == literalBytes[b.bytes]
                default: return false
                }
            }

            private mutating func newRule(_ rule: Rule) -> Int {
                rules.append(rule)
                return rules.count - 1
            }

            private mutating func compile(_ n: Node) -> Rule {
                var compiled = Rule()
                if n.hasCombinators {
                    // Only a `oneOf` chosen by `kind`, with nothing else in the node, is followed.
                    guard let byKind = n.branchesByKind else { return .nothing }
                    var chosen: [Branch] = []
                    for b in byKind { chosen.append(Branch(kind: literal(b.kind), rule: rule(for: b.node))) }
                    // Settled once every rule is compiled (a branch may still be under way).
                    pendingBranches.append(branches.count..<branches.count + chosen.count)
                    branches.append(contentsOf: chosen)
                    choices.append(branches.count - chosen.count..<branches.count)
                    compiled.choice = choices.count - 1
                    return compiled
                }
                compiled.scalar = scalarRule(n)
                let hasLiterals = n.enumeration != nil || n.constant != nil
                if !hasLiterals && (n.types == nil || n.typeSet.contains(.object)), let table = objectTable(n) {
                    objects.append(table)
                    compiled.admitsObject = true
                    compiled.object = objects.count - 1
                }
                if !hasLiterals && (n.types == nil || n.typeSet.contains(.array)) {
                    compiled.admitsArray = true
                    compiled.items = n.items.map { rule(for: $0) } ?? StreamPlan.anything
                    compiled.minItems = max(n.minItems ?? 0, 0)
                }
                return compiled
            }

            private mutating func scalarRule(_ n: Node) -> ScalarRule {
                var s = ScalarRule()
                if n.types != nil { s.types = n.typeSet }
                if let values = n.enumeration {
                    let first = literals.count
                    for v in values { literals.append(literal(v)) }
                    s.allowed = first..<literals.count
                }
                if let c = n.constant {
                    literals.append(literal(c))
                    s.constant = literals.count - 1
                }
                s.minimum = n.minimum
                s.maximum = n.maximum
                s.minLength = n.minLength
                if let p = n.pattern {
                    patterns.append(p)
                    s.pattern = patterns.count - 1
                }
                return s
            }

            private mutating func literal(_ v: JSONValue) -> Literal {
                switch v {
                case .null: return Literal(kind: .null)
                case .number(let x): return Literal(kind: .number, number: x)
                case .string(let s):
                    let first = literalBytes.count
                    literalBytes.append(contentsOf: s.utf8)
                    return Literal(kind: .string, bytes: first..<literalBytes.count)
                case .bool, .array, .object: return Literal(kind: .other)
                }
            }

            /// The node's properties by key; nil when the check cannot account for them (a name
            /// twice, or a required name it cannot note).
            private mutating func objectTable(_ n: Node) -> ObjectTable? {
                var names = Set<String>()
                for p in n.propertyList where !names.insert(p.name).inserted { return nil }
                var required: UInt64 = 0
                for name in n.required {
                    guard let i = n.propertyList.prefix(64).firstIndex(where: { $0.name == name }) else { return nil }
                    required |= 1 << UInt64(i)
                }
                let additional = !n.additionalAllowed ? StreamPlan.refused : n.additional.map { rule(for: $0) } ?? StreamPlan.anything
                let first = slots.count
                slots.append(contentsOf: repeatElement(Slot(rule: additional, bit: 0), count: RecordKey.allCases.count))
                for (i, p) in n.propertyList.enumerated() {
                    // A property no record key names can never be written: its slot is not needed.
                    guard let key = keysByName[p.name] else { continue }
                    let r = rule(for: p.node)
                    slots[first + key.rawValue] = Slot(rule: r, bit: i < 64 ? 1 << UInt64(i) : 0)
                }
                return ObjectTable(firstSlot: first, required: required)
            }
        }
    }
}

extension SchemaValidator.StreamPlan {
    /// Whether a string passes `rule`'s scalar check, as `Node.check` would say. `enum` and
    /// `const` strings are compared byte for byte: stricter than `String`'s canonical equivalence,
    /// so a string equal only up to normalisation is "not shown valid" and left to the full check.
    func accepts(_ value: String, _ rule: Int) -> Bool {
        let s = rules[rule].scalar
        if let types = s.types, !types.contains(.string) { return false }
        if s.allowed != nil || s.constant != nil {
            let ok = Self.withUTF8(value) { bytes in
                if let allowed = s.allowed, !allowed.contains(where: { equal(bytes, literals[$0]) }) { return false }
                if let c = s.constant, !equal(bytes, literals[c]) { return false }
                return true
            }
            if !ok { return false }
        }
        if let m = s.minLength {
            // A scalar takes one to four UTF-8 bytes: count scalars only when the bytes cannot say.
            let n = value.utf8.count
            if n < m || (n < 4 * m && value.unicodeScalars.count < m) { return false }
        }
        if let p = s.pattern, !patterns[p].matches(value) { return false }
        return true
    }

    /// Whether a number passes `rule`'s scalar check.
    func accepts(_ value: Double, _ rule: Int) -> Bool {
        let s = rules[rule].scalar
        if let types = s.types, !(types.contains(.number) || (types.contains(.integer) && value == value.rounded())) {
            return false
        }
        if let allowed = s.allowed, !allowed.contains(where: { literals[$0].kind == .number && literals[$0].number == value }) {
            return false
        }
        if let c = s.constant, !(literals[c].kind == .number && literals[c].number == value) { return false }
        if let m = s.minimum, value < m { return false }
        if let m = s.maximum, value > m { return false }
        return true
    }

    /// Whether null passes `rule`'s scalar check.
    func acceptsNull(_ rule: Int) -> Bool {
        let s = rules[rule].scalar
        if let types = s.types, !types.contains(.null) { return false }
        if let allowed = s.allowed, !allowed.contains(where: { literals[$0].kind == .null }) { return false }
        if let c = s.constant, literals[c].kind != .null { return false }
        return true
    }

    /// Whether `bytes` are the string `literal`.
    func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: Literal) -> Bool {
        guard literal.kind == .string, literal.bytes.count == bytes.count else { return false }
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return true }
        return literalBytes.withUnsafeBufferPointer { memcmp(p, $0.baseAddress! + literal.bytes.lowerBound, bytes.count) == 0 }
    }

    /// `body` over the UTF-8 of `s`, read in place when the string is contiguous.
    static func withUTF8(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let answer = s.utf8.withContiguousStorageIfAvailable(body) { return answer }
        var copy = s
        return copy.withUTF8(body)
    }
}
