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
    private let root: Node

    public init(schema: JSONValue) {
        let compiler = Compiler(document: schema)
        root = compiler.compile(schema)
        compiler.resolveReferences()
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
        root.check(value, "", &out)
        return out
    }

    /// A compiled schema.
    private final class Node {
        var reference: String?
        var target: Node?
        var types: [String]?
        var enumeration: [JSONValue]?
        var constant: JSONValue?
        var minimum: Double?, maximum: Double?
        var minLength: Int?, minItems: Int?
        var pattern: SchemaPattern?
        var required: [String] = []
        var properties: [String: Node] = [:]
        var additionalAllowed = true
        var additional: Node?
        var items: Node?
        var allOf: [Node] = [], anyOf: [Node] = [], oneOf: [Node] = []
        var condition: Node?, then: Node?, otherwise: Node?
        /// `properties.kind.const`, to skip `oneOf` branches that cannot match.
        var kind: JSONValue? { (target ?? self).properties["kind"]?.constant }

        func check(_ v: JSONValue, _ path: String, _ out: inout [SchemaViolation]) {
            if let target { target.check(v, path, &out) }
            else if let reference { out.append(SchemaViolation(path: path, message: "unresolvable $ref \(reference)")) }
            if let types, !types.contains(where: { Self.typeMatches(v, $0) }) {
                out.append(SchemaViolation(path: path, message: "expected \(types.joined(separator: " or "))"))
                return
            }
            if let enumeration, !enumeration.contains(v) {
                out.append(SchemaViolation(path: path, message: "not one of the allowed values"))
            }
            if let constant, constant != v { out.append(SchemaViolation(path: path, message: "not the constant value")) }
            switch v {
            case .number(let n):
                if let m = minimum, n < m { out.append(SchemaViolation(path: path, message: "below \(m)")) }
                if let m = maximum, n > m { out.append(SchemaViolation(path: path, message: "above \(m)")) }
            case .string(let s):
                if let m = minLength, s.unicodeScalars.count < m {
                    out.append(SchemaViolation(path: path, message: "shorter than \(m)"))
                }
                if let pattern, !Self.matches(s, pattern) {
                    out.append(SchemaViolation(path: path, message: "does not match \(pattern.source)"))
                }
            case .array(let elements):
                if let m = minItems, elements.count < m {
                    out.append(SchemaViolation(path: path, message: "fewer than \(m) items"))
                }
                if let items {
                    for (i, item) in elements.enumerated() { items.check(item, "\(path)/\(i)", &out) }
                }
            case .object(let pairs):
                for name in required where !pairs.contains(where: { $0.0 == name }) {
                    out.append(SchemaViolation(path: path, message: "missing required property \"\(name)\""))
                }
                for (k, value) in pairs {
                    if let p = properties[k] { p.check(value, "\(path)/\(k)", &out) }
                    else if !additionalAllowed { out.append(SchemaViolation(path: "\(path)/\(k)", message: "property not allowed")) }
                    else if let additional { additional.check(value, "\(path)/\(k)", &out) }
                }
            default:
                break
            }
            for sub in allOf { sub.check(v, path, &out) }
            if !anyOf.isEmpty && !anyOf.contains(where: { $0.passes(v, path) }) {
                out.append(SchemaViolation(path: path, message: "matches none of anyOf"))
            }
            if !oneOf.isEmpty {
                let kind = v["kind"]
                var results: [[SchemaViolation]] = []
                for sub in oneOf {
                    if let k = sub.kind, let kind, k != kind {
                        results.append([SchemaViolation(path: path, message: "kind is not \(k.serialized())")])
                        continue
                    }
                    var tmp: [SchemaViolation] = []
                    sub.check(v, path, &tmp)
                    results.append(tmp)
                }
                let matching = results.filter(\.isEmpty).count
                if matching == 0, let best = results.min(by: { $0.count < $1.count }) { out.append(contentsOf: best) }
                else if matching > 1 { out.append(SchemaViolation(path: path, message: "matches \(matching) of oneOf, not exactly 1")) }
            }
            if let condition {
                if condition.passes(v, path) { then?.check(v, path, &out) } else { otherwise?.check(v, path, &out) }
            }
        }

        func passes(_ v: JSONValue, _ path: String) -> Bool {
            var tmp: [SchemaViolation] = []
            check(v, path, &tmp)
            return tmp.isEmpty
        }

        static func typeMatches(_ v: JSONValue, _ type: String) -> Bool {
            switch (type, v) {
            case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
                 ("number", .number): return true
            case ("integer", .number(let n)): return n == n.rounded()
            default: return false
            }
        }

        static func matches(_ string: String, _ pattern: SchemaPattern) -> Bool { pattern.matches(string) }
    }

    /// Builds nodes from schema JSON; `$ref` targets are linked after the whole tree is built.
    private final class Compiler {
        let document: JSONValue
        var pending: [Node] = []
        var byReference: [String: Node] = [:]

        init(document: JSONValue) { self.document = document }

        func compile(_ s: JSONValue) -> Node {
            let n = Node()
            guard case .object = s else { return n }
            if let ref = s["$ref"]?.stringValue { n.reference = ref; pending.append(n) }
            if let t = s["type"] { n.types = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue].compactMap { $0 } }
            n.enumeration = s["enum"]?.arrayValue
            n.constant = s["const"]
            n.minimum = s["minimum"]?.numberValue
            n.maximum = s["maximum"]?.numberValue
            n.minLength = s["minLength"]?.numberValue.map { Int($0) }
            n.minItems = s["minItems"]?.numberValue.map { Int($0) }
            if let p = s["pattern"]?.stringValue { n.pattern = SchemaPattern(p) }
            n.required = s["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if case .object(let props)? = s["properties"] {
                for (k, v) in props { n.properties[k] = compile(v) }
            }
            if let a = s["additionalProperties"] {
                if case .bool(false) = a { n.additionalAllowed = false } else if case .object = a { n.additional = compile(a) }
            }
            if let i = s["items"] { n.items = compile(i) }
            n.allOf = s["allOf"]?.arrayValue?.map(compile) ?? []
            n.anyOf = s["anyOf"]?.arrayValue?.map(compile) ?? []
            n.oneOf = s["oneOf"]?.arrayValue?.map(compile) ?? []
            if let c = s["if"] { n.condition = compile(c) }
            if let t = s["then"] { n.then = compile(t) }
            if let e = s["else"] { n.otherwise = compile(e) }
            return n
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
