import Foundation

/// One way a JSON value breaks its schema: where (a JSON Pointer) and what.
public struct SchemaViolation: Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
}

/// A validator for the JSON Schema (Draft 2020-12) keywords SoLieu's schema uses: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties`, `items`, `minItems`, `minimum`,
/// `maximum`, `minLength`, `pattern`, `$ref` to `#/…`, `oneOf`, `anyOf`, `allOf`, `if`/`then`/`else`.
/// Unknown keywords are ignored, as the specification says of annotations.
///
/// The schema is compiled once into a tree of nodes with hashed property tables and compiled
/// patterns (`SchemaPattern`: ICU only for patterns or inputs that need it), so validating a
/// record costs one pass over it.
public struct SchemaValidator: @unchecked Sendable {
    let root: Node
    /// The same schema as flat tables, for the fast check of a record's events (`isValid`).
    let plan: StreamPlan

    public init(schema: JSONValue) {
        let compiler = Compiler(document: schema)
        root = compiler.compile(schema)
        compiler.resolveReferences()
        compiler.settleKinds()
        plan = StreamPlan(root: root)
    }

    /// The schema of article records, compiled into the binary.
    public static let article: SchemaValidator = {
        // The bundled schema is part of the build; a parse failure is caught by the test suite.
        let text = String(decoding: BundledData.articleSchema, as: UTF8.self)
        return SchemaValidator(schema: (try? JSONValue.parse(text)) ?? .object([]))
    }()

    /// The schema text as bundled.
    public static var articleSchemaText: String { String(decoding: BundledData.articleSchema, as: UTF8.self) }

    /// All violations of `value` (empty when it is valid).
    public func validate(_ value: JSONValue) -> [SchemaViolation] {
        var out: [SchemaViolation] = []
        var path = Path()
        root.check(value, &path, &out)
        return out
    }

    /// Where a check is, as a stack of steps; rendered as a JSON Pointer only when a violation is
    /// reported, so a valid record costs no string building.
    struct Path {
        enum Step { case key(String), index(Int) }
        var steps: [Step] = []

        var pointer: String {
            var s = ""
            for step in steps {
                switch step {
                case .key(let k): s += "/" + k
                case .index(let i): s += "/" + String(i)
                }
            }
            return s
        }
    }

    /// JSON types as bits, so a `type` keyword is checked with one mask test.
    struct TypeSet: OptionSet {
        let rawValue: UInt8
        static let null = TypeSet(rawValue: 1), boolean = TypeSet(rawValue: 2), string = TypeSet(rawValue: 4)
        static let array = TypeSet(rawValue: 8), object = TypeSet(rawValue: 16), number = TypeSet(rawValue: 32)
        static let integer = TypeSet(rawValue: 64)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(names: [String]) {
            var bits: UInt8 = 0
            for name in names {
                switch name {
                case "null": bits |= 1
                case "boolean": bits |= 2
                case "string": bits |= 4
                case "array": bits |= 8
                case "object": bits |= 16
                case "number": bits |= 32
                case "integer": bits |= 64
                default: break
                }
            }
            rawValue = bits
        }

        func admits(_ v: JSONValue) -> Bool {
            switch v {
            case .null: return contains(.null)
            case .bool: return contains(.boolean)
            case .string: return contains(.string)
            case .array: return contains(.array)
            case .object: return contains(.object)
            case .number(let n): return contains(.number) || (contains(.integer) && n == n.rounded())
            }
        }
    }

    /// A compiled schema.
    final class Node {
        let reference: String?
        /// The node a `$ref` points to (linked once the whole tree is compiled).
        var target: Node?
        let types: [String]?
        let typeSet: TypeSet
        let enumeration: [JSONValue]?
        let constant: JSONValue?
        let minimum: Double?, maximum: Double?
        let minLength: Int?, minItems: Int?
        let pattern: SchemaPattern?
        let required: [String]
        /// `properties` as a list: a few string comparisons beat hashing for objects this small.
        let propertyList: [(name: String, node: Node)]
        let additionalAllowed: Bool
        let additional: Node?
        let items: Node?
        let allOf: [Node], anyOf: [Node], oneOf: [Node]
        let condition: Node?, then: Node?, otherwise: Node?
        /// `required` as indexes into `propertyList` (-1 for a name without a property schema, or
        /// past the 64 whose presence is noted in a bit mask).
        let requiredIndex: [Int]
        /// `properties.kind.const`, to skip `oneOf` branches that cannot match (set once compiled).
        var kind: JSONValue?
        /// The `oneOf` branches (pure `$ref`s followed) by their `kind` constant, when every branch
        /// has one and nothing else is in the node: how the fast path picks a branch (set once
        /// compiled).
        var branchesByKind: [(kind: JSONValue, node: Node)]?

        /// Compiles the keywords of schema `s`, with `compile` for its subschemas.
        init(_ s: JSONValue, compile: (JSONValue) -> Node) {
            let isObject: Bool
            if case .object = s { isObject = true } else { isObject = false }
            let s: JSONValue = isObject ? s : .object([])
            reference = s["$ref"]?.stringValue
            if let t = s["type"] {
                let names = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue].compactMap { $0 }
                types = names
                typeSet = TypeSet(names: names)
            } else {
                types = nil
                typeSet = TypeSet(rawValue: 0)
            }
            enumeration = s["enum"]?.arrayValue
            constant = s["const"]
            minimum = s["minimum"]?.numberValue
            maximum = s["maximum"]?.numberValue
            minLength = s["minLength"]?.numberValue.map { Int($0) }
            minItems = s["minItems"]?.numberValue.map { Int($0) }
            pattern = s["pattern"]?.stringValue.map { SchemaPattern($0) }
            required = s["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            var list: [(name: String, node: Node)] = []
            if case .object(let props)? = s["properties"] {
                for (k, v) in props { list.append((k, compile(v))) }
            }
            propertyList = list
            switch s["additionalProperties"] {
            case .bool(false)?: additionalAllowed = false; additional = nil
            case let a? where a.isObject: additionalAllowed = true; additional = compile(a)
            default: additionalAllowed = true; additional = nil
            }
            requiredIndex = required.map { name in list.prefix(64).firstIndex { $0.name == name } ?? -1 }
            items = s["items"].map(compile)
            allOf = s["allOf"]?.arrayValue?.map(compile) ?? []
            anyOf = s["anyOf"]?.arrayValue?.map(compile) ?? []
            oneOf = s["oneOf"]?.arrayValue?.map(compile) ?? []
            condition = s["if"].map(compile)
            then = s["then"].map(compile)
            otherwise = s["else"].map(compile)
        }

        func violation(_ path: Path, _ message: String) -> SchemaViolation {
            SchemaViolation(path: path.pointer, message: message)
        }

        func check(_ v: JSONValue, _ path: inout Path, _ out: inout [SchemaViolation]) {
            if let target { target.check(v, &path, &out) }
            else if let reference { out.append(violation(path, "unresolvable $ref \(reference)")) }
            if let types, !typeSet.admits(v) {
                out.append(violation(path, "expected \(types.joined(separator: " or "))"))
                return
            }
            if let enumeration, !enumeration.contains(v) {
                out.append(violation(path, "not one of the allowed values"))
            }
            if let constant, constant != v { out.append(violation(path, "not the constant value")) }
            switch v {
            case .number(let n):
                if let m = minimum, n < m { out.append(violation(path, "below \(m)")) }
                if let m = maximum, n > m { out.append(violation(path, "above \(m)")) }
            case .string(let s):
                // A scalar takes one to four UTF-8 bytes: count scalars only when the bytes cannot say.
                if let m = minLength, s.utf8.count < m || (s.utf8.count < 4 * m && s.unicodeScalars.count < m) {
                    out.append(violation(path, "shorter than \(m)"))
                }
                if let pattern, !Self.matches(s, pattern) {
                    out.append(violation(path, "does not match \(pattern.source)"))
                }
            case .array(let elements):
                if let m = minItems, elements.count < m {
                    out.append(violation(path, "fewer than \(m) items"))
                }
                if let items {
                    for (i, item) in elements.enumerated() {
                        path.steps.append(.index(i))
                        items.check(item, &path, &out)
                        path.steps.removeLast()
                    }
                }
            case .object(let pairs):
                // Keys usually come in the schema's order: look for each from where the last was
                // found, and note which properties were seen (for `required`).
                var seen: UInt64 = 0
                var cursor = 0
                for (k, value) in pairs {
                    var found: Node?
                    let n = propertyList.count
                    for step in 0..<n {
                        let i = (cursor + step) % n
                        if propertyList[i].name == k {
                            found = propertyList[i].node
                            if i < 64 { seen |= 1 << UInt64(i) }
                            cursor = i + 1
                            break
                        }
                    }
                    if let p = found {
                        path.steps.append(.key(k))
                        p.check(value, &path, &out)
                        path.steps.removeLast()
                    } else if !additionalAllowed {
                        path.steps.append(.key(k))
                        out.append(violation(path, "property not allowed"))
                        path.steps.removeLast()
                    } else if let additional {
                        path.steps.append(.key(k))
                        additional.check(value, &path, &out)
                        path.steps.removeLast()
                    }
                }
                for (name, index) in zip(required, requiredIndex) where index >= 0 ? seen & (1 << UInt64(index)) == 0
                    : !pairs.contains(where: { $0.0 == name }) {
                    out.append(violation(path, "missing required property \"\(name)\""))
                }
            default:
                break
            }
            for sub in allOf { sub.check(v, &path, &out) }
            if !anyOf.isEmpty && !anyOf.contains(where: { $0.passes(v, &path) }) {
                out.append(violation(path, "matches none of anyOf"))
            }
            if !oneOf.isEmpty { checkOneOf(v, &path, &out) }
            if let condition {
                if condition.passes(v, &path) { then?.check(v, &path, &out) } else { otherwise?.check(v, &path, &out) }
            }
        }

        /// `oneOf`: exactly one branch must pass. Branches whose `kind` constant differs from the
        /// value's fail without being walked.
        private func checkOneOf(_ v: JSONValue, _ path: inout Path, _ out: inout [SchemaViolation]) {
            let kind = v["kind"]
            var matching = 0
            var best: [SchemaViolation]?
            // The first branch refused for its kind alone: its one violation is worded only when
            // reported (most values match a branch, and each refuses the other kinds).
            var refusedKind: JSONValue?
            for sub in oneOf {
                if let k = sub.kind, let kind, k != kind {
                    if best == nil && refusedKind == nil || (best?.count ?? 0) > 1 { best = nil; refusedKind = k }
                    continue
                }
                var tmp: [SchemaViolation] = []
                sub.check(v, &path, &tmp)
                if tmp.isEmpty { matching += 1 } else if best == nil && refusedKind == nil || (best.map { tmp.count < $0.count } ?? false) {
                    best = tmp
                    refusedKind = nil
                }
            }
            if best == nil, let refusedKind { best = [violation(path, "kind is not \(refusedKind.serialized())")] }
            if matching == 0, let best { out.append(contentsOf: best) }
            else if matching > 1 { out.append(violation(path, "matches \(matching) of oneOf, not exactly 1")) }
        }

        func passes(_ v: JSONValue, _ path: inout Path) -> Bool {
            var tmp: [SchemaViolation] = []
            check(v, &path, &tmp)
            return tmp.isEmpty
        }

        static func matches(_ string: String, _ pattern: SchemaPattern) -> Bool { pattern.matches(string) }
    }

    /// Builds nodes from schema JSON; `$ref` targets are linked after the whole tree is built.
    private final class Compiler {
        let document: JSONValue
        var pending: [Node] = []
        var byReference: [String: Node] = [:]

        init(document: JSONValue) { self.document = document }

        /// Every node compiled.
        var all: [Node] = []

        func compile(_ s: JSONValue) -> Node {
            let n = Node(s, compile: compile)
            all.append(n)
            if n.reference != nil { pending.append(n) }
            return n
        }

        /// Sets each node's `kind` (the `const` of its, or its target's, `kind` property).
        func settleKinds() {
            for n in all { n.kind = (n.target ?? n).propertyList.first { $0.name == "kind" }?.node.constant }
            for n in all where !n.oneOf.isEmpty && !n.hasOwnChecks(besidesOneOf: true) {
                var branches: [(kind: JSONValue, node: Node)] = []
                for b in n.oneOf {
                    guard let r = b.followingReferences, let k = r.kind, !r.hasCombinators else { branches = []; break }
                    branches.append((k, r))
                }
                if !branches.isEmpty { n.branchesByKind = branches }
            }
        }

        func resolveReferences() {
            var i = 0
            while i < pending.count {
                let n = pending[i]
                i += 1
                guard let ref = n.reference, ref.hasPrefix("#") else { continue }
                if let known = byReference[ref] { n.target = known; continue }
                var node: JSONValue? = document
                for part in ref.dropFirst(1).split(separator: "/") { node = node?[String(part)] }
                guard let found = node else { continue }
                let compiled = compile(found)  // may add more pending references
                byReference[ref] = compiled
                n.target = compiled
            }
        }
    }
}
