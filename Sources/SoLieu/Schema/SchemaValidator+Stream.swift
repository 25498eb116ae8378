import Foundation

extension SchemaValidator {
    /// Whether `record` is valid, decided from its event stream (`ArticleRecord.emit(to:)`) without
    /// building its JSON. `false` means "not shown valid": a violation, or a schema construct this
    /// fast path does not follow (`anyOf`, `allOf`, `if`, a `oneOf` not chosen by a `kind` constant,
    /// a `$ref` beside other keywords). The caller then runs `validate(record.json())`, which says
    /// what is wrong; `true` is given only when `validate` would find nothing.
    func isValid(_ record: ArticleRecord) -> Bool {
        var check = StreamCheck(root: root)
        record.emit(to: &check)
        return check.valid && check.finished
    }

    /// Follows the schema tree alongside the events, checking each scalar with the node's own
    /// `check` and each object's `required` and `additionalProperties` from the keys seen.
    struct StreamCheck: JSONEventSink {
        private struct Frame {
            var node: Node?
            var isArray: Bool
            var seen: UInt64 = 0
            var cursor = 0
            var count = 0
            /// The `oneOf` node whose branch is chosen when the object's `kind` is read.
            var choosing: Node?
            /// The key waiting for the branch to be chosen (the object's first key).
            var heldKey: StaticString?
        }

        private let root: Node
        private var stack: [Frame] = []
        /// The schema of the next value; nil when it is unconstrained.
        private var next: Node?
        private var path = Path()
        private var scratch: [SchemaViolation] = []
        private(set) var valid = true
        private(set) var finished = false

        init(root: Node) {
            self.root = root
            stack.reserveCapacity(8)
        }

        /// `node` with pure `$ref`s followed; nil (and the check given up) when a reference cannot
        /// be resolved or sits beside other keywords.
        private mutating func resolved(_ node: Node) -> Node? {
            if node.reference == nil { return node }
            guard let n = node.followingReferences else { valid = false; return nil }
            return n
        }

        /// The schema of a value that starts now (nil: unconstrained), counting array members.
        private mutating func takeNode() -> Node? {
            guard !stack.isEmpty else { return resolved(root) }
            let top = stack.count - 1
            if stack[top].isArray {
                stack[top].count += 1
                guard let items = stack[top].node?.items else { return nil }
                return resolved(items)
            }
            defer { next = nil }
            return next
        }

        private mutating func checkScalar(_ v: JSONValue) {
            guard valid else { return }
            if let top = stack.last, top.heldKey != nil {
                chooseBranch(v)
                guard valid else { return }
            }
            guard let n = takeNode(), valid else { return }
            if n.hasCombinators { valid = false; return }
            n.check(v, &path, &scratch)
            if !scratch.isEmpty { valid = false }
            if stack.isEmpty { finished = true }
        }

        /// Picks the `oneOf` branch whose `kind` constant is `v`, then reads the held key under it.
        private mutating func chooseBranch(_ v: JSONValue) {
            let top = stack.count - 1
            guard let branches = stack[top].choosing?.branchesByKind, let held = stack[top].heldKey else {
                valid = false
                return
            }
            var chosen: Node?
            for b in branches where b.kind == v {
                guard chosen == nil else { valid = false; return }
                chosen = b.node
            }
            guard let chosen else { valid = false; return }
            stack[top].node = chosen
            stack[top].choosing = nil
            stack[top].heldKey = nil
            key(held)
        }

        private mutating func open(isArray: Bool) {
            guard valid else { return }
            guard let n = takeNode() else {
                if valid { stack.append(Frame(node: nil, isArray: isArray)) }
                return
            }
            if !n.oneOf.isEmpty {
                // Only an object choosing its branch by `kind`, with nothing else in the node.
                guard !isArray, n.branchesByKind != nil else { valid = false; return }
                stack.append(Frame(node: nil, isArray: false, choosing: n))
                return
            }
            guard !n.hasCombinators, n.enumeration == nil, n.constant == nil,
                  n.typeSet.rawValue == 0 || n.typeSet.admits(isArray ? .array([]) : .object([])) else {
                valid = false
                return
            }
            stack.append(Frame(node: n, isArray: isArray))
        }

        private mutating func close() {
            guard valid, let frame = stack.popLast() else { valid = false; return }
            if stack.isEmpty { finished = true }
            guard frame.choosing == nil else { valid = false; return }
            guard let n = frame.node else { return }
            if frame.isArray {
                if let m = n.minItems, frame.count < m { valid = false }
                return
            }
            for index in n.requiredIndex where index < 0 || frame.seen & (1 << UInt64(index)) == 0 {
                valid = false
            }
        }

        mutating func beginObject() { open(isArray: false) }
        mutating func beginArray() { open(isArray: true) }
        mutating func endObject() { close() }
        mutating func endArray() { close() }

        mutating func key(_ key: RecordKey) { key(key.name) }

        private mutating func key(_ name: StaticString) {
            guard valid, !stack.isEmpty else { valid = false; return }
            let top = stack.count - 1
            if stack[top].choosing != nil {
                guard stack[top].heldKey == nil, name.description == "kind" else { valid = false; return }
                stack[top].heldKey = name
                return
            }
            guard let n = stack[top].node else { next = nil; return }
            let count = n.propertyBytes.count
            let cursor = stack[top].cursor
            for step in 0..<count {
                var i = cursor + step
                if i >= count { i -= count }
                if Self.same(n.propertyBytes[i], name) {
                    if i < 64 { stack[top].seen |= 1 << UInt64(i) }
                    stack[top].cursor = i + 1
                    next = resolved(n.propertyList[i].node)
                    return
                }
            }
            if !n.additionalAllowed { valid = false; return }
            next = n.additional.flatMap { resolved($0) }
        }

        @inline(__always)
        private static func same(_ a: [UInt8], _ b: StaticString) -> Bool {
            let count = b.utf8CodeUnitCount
            guard a.count == count else { return false }
            let p = b.utf8Start
            for i in 0..<count where a[i] != p[i] { return false }
            return true
        }

        mutating func string(_ value: String) { checkScalar(.string(value)) }
        mutating func number(_ value: Double) { checkScalar(.number(value)) }
        mutating func integer(_ value: Int) { checkScalar(.number(Double(value))) }
        mutating func null() { checkScalar(.null) }
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
