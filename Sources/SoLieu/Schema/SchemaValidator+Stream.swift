import Foundation

extension SchemaValidator {
    /// Whether `record` is valid, decided from its event stream (`ArticleRecord.emit(to:)`) without
    /// building its JSON. `false` means "not shown valid": a violation, or a schema construct this
    /// fast path does not follow (see `StreamPlan`). The caller then runs `validate(record.json())`,
    /// which says what is wrong; `true` is given only when `validate` would find nothing.
    func isValid(_ record: ArticleRecord) -> Bool {
        var check = StreamCheck(plan: plan)
        record.emit(to: &check)
        return check.valid && check.finished
    }

    /// Follows the compiled schema (`StreamPlan`) alongside the events: a key is its slot in the
    /// open object's table, a scalar is checked by its rule's precomputed keywords, and an object's
    /// `required` is one mask test when it ends.
    struct StreamCheck: JSONEventSink {
        private typealias Plan = StreamPlan

        /// An open object or array.
        private struct Frame {
            var isArray: Bool
            /// Object: the first of its slots in `plan.slots` (-1: unconstrained). Array: its
            /// members' rule.
            var index: Int
            /// Object: the bits of the required properties, and of the properties seen.
            var required: UInt64 = 0
            var seen: UInt64 = 0
            /// Array: `minItems`, and the members so far.
            var minItems = 0
            var count = 0
            /// An object choosing its `oneOf` branch by its `kind`: the choice, until the value of
            /// `kind` is read; -1 otherwise.
            var choice = -1
        }

        /// `next` when no key waits for its value.
        private static let noKey = -3

        private let plan: StreamPlan
        /// The innermost open container (meaningful when `depth > 0`), kept out of `outer` so the
        /// events inside it touch no array.
        private var top = Frame(isArray: false, index: Plan.anything)
        /// The containers around `top`, outermost first.
        private var outer: [Frame] = []
        /// How many containers are open.
        private var depth = 0
        /// The rule of the value after the key just read (`Plan.anything`: unconstrained).
        private var next = noKey
        /// Whether `kind` was read in an object still choosing its branch: its value chooses.
        private var kindHeld = false
        private(set) var valid = true
        private(set) var finished = false

        init(plan: StreamPlan) {
            self.plan = plan
            outer.reserveCapacity(8)
        }

        private mutating func push(_ frame: Frame) {
            if depth > 0 { outer.append(top) }
            top = frame
            depth += 1
        }

        /// The rule of a value that starts now, counting array members; nil (and the record
        /// refused) when no value may start here.
        private mutating func takeRule() -> Int? {
            guard depth > 0 else {
                guard !finished else { valid = false; return nil }
                return plan.root
            }
            if top.isArray {
                top.count += 1
                return top.index
            }
            let rule = next
            guard rule != Self.noKey else { valid = false; return nil }
            next = Self.noKey
            return rule
        }

        /// After a scalar: a lone top-level value is the whole document.
        private mutating func scalarDone(_ accepted: Bool) {
            if !accepted { valid = false }
            if depth == 0 { finished = true }
        }

        /// Picks the branch whose `kind` constant the held `kind`'s value equals (exactly one must),
        /// then reads `kind` under it. Returns whether the value is then settled (the branch's
        /// `kind` is that constant and nothing else), so needs no check of its own.
        private mutating func chooseBranch(_ matches: (Plan.Literal) -> Bool) -> Bool {
            kindHeld = false
            var chosen = -1
            for b in plan.choices[top.choice] where matches(plan.branches[b].kind) {
                guard chosen < 0 else { valid = false; return false }
                chosen = b
            }
            guard chosen >= 0 else { valid = false; return false }
            let branch = plan.branches[chosen]
            let rule = plan.rules[branch.rule]
            guard rule.admitsObject else { valid = false; return false }
            let table = plan.objects[rule.object]
            top.choice = -1
            top.index = table.firstSlot
            top.required = table.required
            key(.kind)
            return branch.kindSettled
        }

        private mutating func open(isArray: Bool) {
            guard valid, !kindHeld else { valid = false; return }
            guard let r = takeRule() else { return }
            guard r != Plan.anything else {
                push(Frame(isArray: isArray, index: Plan.anything))
                return
            }
            let rule = plan.rules[r]
            if isArray {
                guard rule.admitsArray else { valid = false; return }
                push(Frame(isArray: true, index: rule.items, minItems: rule.minItems))
            } else if rule.choice >= 0 {
                push(Frame(isArray: false, index: Plan.anything, choice: rule.choice))
            } else {
                guard rule.admitsObject else { valid = false; return }
                let table = plan.objects[rule.object]
                push(Frame(isArray: false, index: table.firstSlot, required: table.required))
            }
        }

        private mutating func close(isArray: Bool) {
            guard valid, !kindHeld, next == Self.noKey, depth > 0, top.isArray == isArray else {
                valid = false
                return
            }
            let frame = top
            depth -= 1
            if depth == 0 { finished = true } else { top = outer.removeLast() }
            if isArray {
                if frame.count < frame.minItems { valid = false }
            } else if frame.choice >= 0 || frame.seen & frame.required != frame.required {
                valid = false
            }
        }

        mutating func beginObject() { open(isArray: false) }
        mutating func beginArray() { open(isArray: true) }
        mutating func endObject() { close(isArray: false) }
        mutating func endArray() { close(isArray: true) }

        mutating func key(_ key: RecordKey) {
            guard valid, next == Self.noKey, depth > 0, !top.isArray else {
                valid = false
                return
            }
            if top.choice >= 0 {
                // Until the branch is chosen, `kind` must come first.
                guard key == .kind, !kindHeld else { valid = false; return }
                kindHeld = true
                return
            }
            let first = top.index
            guard first >= 0 else { next = Plan.anything; return }
            let slot = plan.slots[first + key.rawValue]
            guard slot.rule != Plan.refused else { valid = false; return }
            top.seen |= slot.bit
            next = slot.rule
        }

        mutating func string(_ value: String) {
            guard valid else { return }
            if kindHeld {
                let plan = self.plan
                let settled = chooseBranch { literal in Plan.withUTF8(value) { plan.equal($0, literal) } }
                guard valid else { return }
                if settled {
                    next = Self.noKey
                    return
                }
            }
            guard let r = takeRule() else { return }
            scalarDone(r == Plan.anything || plan.accepts(value, r))
        }

        mutating func number(_ value: Double) {
            guard valid else { return }
            if kindHeld {
                _ = chooseBranch { $0.kind == .number && $0.number == value }
                guard valid else { return }
            }
            guard let r = takeRule() else { return }
            scalarDone(r == Plan.anything || plan.accepts(value, r))
        }

        mutating func integer(_ value: Int) { number(Double(value)) }

        mutating func null() {
            guard valid else { return }
            if kindHeld {
                _ = chooseBranch { $0.kind == .null }
                guard valid else { return }
            }
            guard let r = takeRule() else { return }
            scalarDone(r == Plan.anything || plan.acceptsNull(r))
        }
    }
}

extension SchemaValidator.Node {
    /// Whether the node uses `anyOf`, `allOf`, `oneOf` or `if`, which the fast path does not follow
    /// for scalars.
    var hasCombinators: Bool { !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || condition != nil }

    /// Whether the node has keywords of its own beside `$ref` (or beside `oneOf`).
    func hasOwnChecks(besidesOneOf: Bool) -> Bool {
        types != nil || enumeration != nil || constant != nil || minimum != nil || maximum != nil
            || minLength != nil || minItems != nil || pattern != nil || !required.isEmpty || !propertyList.isEmpty
            || !additionalAllowed || additional != nil || items != nil || !allOf.isEmpty || !anyOf.isEmpty
            || (!besidesOneOf && !oneOf.isEmpty) || condition != nil || then != nil || otherwise != nil
    }

    var hasOwnChecks: Bool { hasOwnChecks(besidesOneOf: false) }

    /// The node with pure `$ref`s followed; nil when a reference is unresolved, sits beside other
    /// keywords, or the chain is too long.
    var followingReferences: SchemaValidator.Node? {
        var n = self
        for _ in 0..<32 {
            if n.reference == nil { return n }
            guard let target = n.target, !n.hasOwnChecks else { return nil }
            n = target
        }
        return nil
    }
}
