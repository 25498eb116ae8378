import Foundation

/// One way a JSON value breaks its schema: where (a JSON Pointer) and what.
public struct SchemaViolation: Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
}

/// A validator for the JSON Schema (Draft 2020-12) keywords SoLieu's schema uses: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties`, `items`, `minItems`, `minimum`,
/// `maximum`, `minLength`, `pattern`, `$ref` to `#/$defs/…`, `oneOf`, `anyOf`, `allOf`, `if`/`then`.
/// Unknown keywords are ignored, as the specification says of annotations.
public struct SchemaValidator: @unchecked Sendable {
    private let root: JSONValue
    /// `$ref` targets, resolved once.
    private let refs: [String: JSONValue]
    /// Compiled `pattern` expressions (NSRegularExpression is immutable and thread-safe).
    private let patterns: [String: NSRegularExpression]

    public init(schema: JSONValue) {
        root = schema
        var refs: [String: JSONValue] = [:]
        var patterns: [String: NSRegularExpression] = [:]
        func walk(_ v: JSONValue) {
            switch v {
            case .object(let pairs):
                for (k, child) in pairs {
                    if k == "$ref", let ref = child.stringValue, refs[ref] == nil, let target = Self.resolve(ref, in: schema) {
                        refs[ref] = target
                    }
                    if k == "pattern", let p = child.stringValue, patterns[p] == nil {
                        patterns[p] = try? NSRegularExpression(pattern: p)
                    }
                    walk(child)
                }
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(schema)
        self.refs = refs
        self.patterns = patterns
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
        check(value, root, "", &out)
        return out
    }

    private static func resolve(_ ref: String, in root: JSONValue) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func resolve(_ ref: String) -> JSONValue? { refs[ref] ?? Self.resolve(ref, in: root) }

    /// The `const` of `properties.kind` of a (resolved) schema, used to skip `oneOf` branches
    /// that cannot match without evaluating them.
    private func kindConst(_ schema: JSONValue) -> JSONValue? {
        let target = schema["$ref"]?.stringValue.flatMap { resolve($0) } ?? schema
        return target["properties"]?["kind"]?["const"]
    }

    private func typeMatches(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number): return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }

    private func matches(_ string: String, _ pattern: String) -> Bool {
        guard let regex = patterns[pattern] else { return string.range(of: pattern, options: .regularExpression) != nil }
        let range = NSRange(string.startIndex..., in: string)
        return regex.firstMatch(in: string, range: range) != nil
    }

    private func check(_ v: JSONValue, _ s: JSONValue, _ path: String, _ out: inout [SchemaViolation]) {
        if let ref = s["$ref"]?.stringValue {
            if let target = resolve(ref) { check(v, target, path, &out) }
            else { out.append(SchemaViolation(path: path, message: "unresolvable $ref \(ref)")) }
        }
        if let t = s["type"] {
            let types = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue].compactMap { $0 }
            if !types.contains(where: { typeMatches(v, $0) }) {
                out.append(SchemaViolation(path: path, message: "expected \(types.joined(separator: " or "))"))
                return
            }
        }
        if let e = s["enum"]?.arrayValue, !e.contains(v) {
            out.append(SchemaViolation(path: path, message: "not one of the allowed values"))
        }
        if let c = s["const"], c != v { out.append(SchemaViolation(path: path, message: "not the constant value")) }
        if case .number(let n) = v {
            if let m = s["minimum"]?.numberValue, n < m { out.append(SchemaViolation(path: path, message: "below \(m)")) }
            if let m = s["maximum"]?.numberValue, n > m { out.append(SchemaViolation(path: path, message: "above \(m)")) }
        }
        if case .string(let str) = v {
            if let m = s["minLength"]?.numberValue, str.unicodeScalars.count < Int(m) {
                out.append(SchemaViolation(path: path, message: "shorter than \(Int(m))"))
            }
            if let p = s["pattern"]?.stringValue, !matches(str, p) {
                out.append(SchemaViolation(path: path, message: "does not match \(p)"))
            }
        }
        if case .array(let items) = v {
            if let m = s["minItems"]?.numberValue, items.count < Int(m) {
                out.append(SchemaViolation(path: path, message: "fewer than \(Int(m)) items"))
            }
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() { check(item, itemSchema, "\(path)/\(i)", &out) }
            }
        }
        if case .object(let pairs) = v {
            for name in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !pairs.contains(where: { $0.0 == name }) {
                out.append(SchemaViolation(path: path, message: "missing required property \"\(name)\""))
            }
            let properties = s["properties"]
            for (k, value) in pairs {
                if let ps = properties?[k] {
                    check(value, ps, "\(path)/\(k)", &out)
                } else if let additional = s["additionalProperties"] {
                    if case .bool(false) = additional {
                        out.append(SchemaViolation(path: "\(path)/\(k)", message: "property not allowed"))
                    } else if case .object = additional {
                        check(value, additional, "\(path)/\(k)", &out)
                    }
                }
            }
        }
        if let all = s["allOf"]?.arrayValue { for sub in all { check(v, sub, path, &out) } }
        if let any = s["anyOf"]?.arrayValue, !any.contains(where: { sub in
            var tmp: [SchemaViolation] = []; check(v, sub, path, &tmp); return tmp.isEmpty }) {
            out.append(SchemaViolation(path: path, message: "matches none of anyOf"))
        }
        if let one = s["oneOf"]?.arrayValue {
            var results: [[SchemaViolation]] = []
            let kind = v["kind"]
            for sub in one {
                // A branch whose `kind` constant differs fails without a full check.
                if let k = kindConst(sub), let kind, k != kind {
                    results.append([SchemaViolation(path: path, message: "kind is not \(k.serialized())")])
                    continue
                }
                var tmp: [SchemaViolation] = []
                check(v, sub, path, &tmp)
                results.append(tmp)
            }
            let matching = results.filter(\.isEmpty).count
            if matching != 1 {
                if matching == 0, let best = results.min(by: { $0.count < $1.count }) { out.append(contentsOf: best) }
                else { out.append(SchemaViolation(path: path, message: "matches \(matching) of oneOf, not exactly 1")) }
            }
        }
        if let condition = s["if"] {
            var tmp: [SchemaViolation] = []
            check(v, condition, path, &tmp)
            if tmp.isEmpty, let then = s["then"] { check(v, then, path, &out) }
            else if !tmp.isEmpty, let otherwise = s["else"] { check(v, otherwise, path, &out) }
        }
    }
}
