import Foundation
import Testing
@testable import SoLieu

/// The schema's flat tables (`SchemaValidator.StreamPlan`) followed by `StreamCheck`: on schemas
/// and values beyond the article records, the fast check calls valid only what the full validator
/// accepts, and declines what it does not follow.
struct StreamPlanTests {
    /// Drives `sink` with the events of `value`; object keys must be record keys.
    static func emit<Sink: JSONEventSink & ~Copyable>(_ value: JSONValue, to sink: inout Sink) {
        switch value {
        case .null: sink.null()
        case .bool: Issue.record("no boolean events")
        case .number(let n): if n == n.rounded(), abs(n) < 1e15 { sink.integer(Int(n)) } else { sink.number(n) }
        case .string(let s): sink.string(s)
        case .array(let items):
            sink.beginArray()
            for item in items { emit(item, to: &sink) }
            sink.endArray()
        case .object(let pairs):
            sink.beginObject()
            for (k, v) in pairs {
                guard let key = RecordKey(named: k) else { Issue.record("\(k) is no record key"); return }
                sink.key(key)
                emit(v, to: &sink)
            }
            sink.endObject()
        }
    }

    /// The fast check's verdict on `value`.
    static func fast(_ validator: SchemaValidator, _ value: JSONValue) -> Bool {
        var check = SchemaValidator.StreamCheck(plan: validator.plan)
        emit(value, to: &check)
        return check.valid && check.finished
    }

    enum Verdict { case valid, invalid, declined }

    static let cases: [(schema: String, value: String, verdict: Verdict)] = [
        (#"{"properties": {"value": {"enum": [1, 2, null]}}}"#, #"{"value": 2}"#, .valid),
        (#"{"properties": {"value": {"enum": [1, 2, null]}}}"#, #"{"value": null}"#, .valid),
        (#"{"properties": {"value": {"enum": [1, 2, null]}}}"#, #"{"value": 3}"#, .invalid),
        (#"{"properties": {"value": {"enum": [1, 2, null]}}}"#, #"{"value": "1"}"#, .invalid),
        (#"{"properties": {"value": {"const": null}}}"#, #"{"value": 0}"#, .invalid),
        (#"{"properties": {"value": {"const": "a"}}}"#, #"{"value": "a"}"#, .valid),
        (#"{"properties": {"value": {"const": "a"}}}"#, #"{"value": "ab"}"#, .invalid),
        (#"{"properties": {"id": {"type": "string"}}, "additionalProperties": {"type": "integer", "minimum": 0}}"#, #"{"id": "a", "line": 3}"#, .valid),
        (#"{"properties": {"id": {"type": "string"}}, "additionalProperties": {"type": "integer", "minimum": 0}}"#, #"{"line": -1}"#, .invalid),
        (#"{"properties": {"id": {"type": "string"}}, "additionalProperties": {"type": "integer", "minimum": 0}}"#, #"{"line": 1.5}"#, .invalid),
        (#"{"properties": {"id": {"type": "string"}}, "additionalProperties": false}"#, #"{"url": "x"}"#, .invalid),
        (#"{"properties": {"id": {"type": "string"}}}"#, #"{"url": {"facts": [1, "x", null]}}"#, .valid),
        (#"{"type": "array", "minItems": 2}"#, #"[1]"#, .invalid),
        (#"{"type": "array", "minItems": 2}"#, #"[1, [2]]"#, .valid),
        (#"{"type": "array", "items": {"type": "string", "minLength": 2}}"#, #"["ab", "cd"]"#, .valid),
        (#"{"type": "array", "items": {"type": "string", "minLength": 2}}"#, #"["ab", "c"]"#, .invalid),
        (#"{"type": "object"}"#, #"[]"#, .invalid),
        (#"{"type": ["array", "null"]}"#, #"null"#, .valid),
        (#"{"type": "thing"}"#, #"{}"#, .invalid),
        (#"{"minLength": 3}"#, #""ạb""#, .invalid),
        (#"{"minLength": 3}"#, #""ạbc""#, .valid),
        (#"{"type": "number", "maximum": 10}"#, #"10.5"#, .invalid),
        (#"{"type": "integer"}"#, #"2.5"#, .invalid),
        (#"{"properties": {"code": {"type": "string", "pattern": "^[a-z]+$"}}}"#, #"{"code": "abc"}"#, .valid),
        (#"{"properties": {"code": {"type": "string", "pattern": "^[a-z]+$"}}}"#, #"{"code": "aBc"}"#, .invalid),
        (#"{"required": ["id", "text"], "properties": {"id": {}, "text": {}}}"#, #"{"text": 1, "id": 2}"#, .valid),
        (#"{"required": ["id", "text"], "properties": {"id": {}, "text": {}}}"#, #"{"text": 1}"#, .invalid),
        (##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "string"}}}"##, #""x""#, .valid),
        (##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "string"}}}"##, #"1"#, .invalid),
        (##"{"$ref": "#/$defs/n", "$defs": {"n": {"type": "object", "properties": {"evidence": {"$ref": "#/$defs/n"}, "value": {"type": "integer"}}}}}"##,
         #"{"evidence": {"evidence": {"value": 1}}}"#, .valid),
        (##"{"$ref": "#/$defs/n", "$defs": {"n": {"type": "object", "properties": {"evidence": {"$ref": "#/$defs/n"}, "value": {"type": "integer"}}}}}"##,
         #"{"evidence": {"evidence": {"value": "x"}}}"#, .invalid),
        (##"{"$ref": "#/$defs/n", "$defs": {"n": {"type": "object", "properties": {"evidence": {"$ref": "#/$defs/n"}, "value": {"type": "integer"}}}}}"##,
         #"{"evidence": []}"#, .invalid),
        // What the fast check does not follow.
        (#"{"const": {}}"#, #"{}"#, .declined),
        (#"{"enum": [[]]}"#, #"[]"#, .declined),
        (#"{"properties": {"id": {"type": "string"}, "id": {"type": "string"}}}"#, #"{"id": "a"}"#, .declined),
        (##"{"$ref": "#/$defs/a", "type": "string", "$defs": {"a": {"minLength": 1}}}"##, #""x""#, .declined),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}}}, "b": {"required": ["value"], "properties": {"kind": {"const": "a"}, "value": {}}}}}"##,
         #"{"facts": [{"kind": "a"}]}"#, .declined),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}}}, "b": {"properties": {"kind": {"const": "b"}}}}}"##,
         #"{"facts": [{"value": 1, "kind": "a"}]}"#, .declined),
        // Branches chosen by `kind`.
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}, "value": {"type": "string"}}}, "b": {"properties": {"kind": {"const": "b"}, "value": {"type": "integer"}}}}}"##,
         #"{"facts": [{"kind": "a", "value": "x"}, {"kind": "b", "value": 1}]}"#, .valid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}, "value": {"type": "string"}}}, "b": {"properties": {"kind": {"const": "b"}, "value": {"type": "integer"}}}}}"##,
         #"{"facts": [{"kind": "b", "value": "x"}]}"#, .invalid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}, "value": {"type": "string"}}}, "b": {"properties": {"kind": {"const": "b"}, "value": {"type": "integer"}}}}}"##,
         #"{"facts": [{"kind": "c"}]}"#, .invalid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": 1}}}, "b": {"properties": {"kind": {"const": null}}}}}"##,
         #"{"facts": [{"kind": null}, {"kind": 1}]}"#, .valid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"type": "string", "properties": {"kind": {"const": "a"}}}, "b": {"properties": {"kind": {"const": "b"}}}}}"##,
         #"{"facts": [{"kind": "a"}]}"#, .invalid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}}}, "b": {"properties": {"kind": {"const": "b"}}}}}"##,
         #"{"facts": [{"kind": {}}]}"#, .invalid),
        (##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a"}}}, "b": {"properties": {"kind": {"const": "b"}}}}}"##,
         #"{"facts": ["a"]}"#, .invalid),
    ]

    /// A branch's `kind` with checks beside its constant is checked; one that is only the constant
    /// is settled by the choice.
    @Test func checksAKindWithMoreThanItsConstant() throws {
        let schema = ##"{"properties": {"facts": {"items": {"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}}}, "$defs": {"a": {"properties": {"kind": {"const": "a", "minLength": 2}}}, "b": {"properties": {"kind": {"const": "b"}}}}}"##
        let validator = SchemaValidator(schema: try JSONValue.parse(schema))
        let settled = validator.plan.branches.map(\.kindSettled)
        #expect(settled == [false, true])
        for (text, valid) in [(#"{"facts": [{"kind": "a"}]}"#, false), (#"{"facts": [{"kind": "b"}]}"#, true)] {
            let value = try JSONValue.parse(text)
            #expect(validator.validate(value).isEmpty == valid)
            #expect(Self.fast(validator, value) == valid, "\(text)")
        }
        let articleSettled = SchemaValidator.article.plan.branches.map(\.kindSettled)
        #expect(articleSettled == [true, true, true, true], "the article schema's kinds are constants")
    }

    @Test func followsTheSchemaAsTheValidatorDoes() throws {
        for (schemaText, valueText, verdict) in Self.cases {
            let validator = SchemaValidator(schema: try JSONValue.parse(schemaText))
            let value = try JSONValue.parse(valueText)
            let full = validator.validate(value).isEmpty
            let fast = Self.fast(validator, value)
            switch verdict {
            case .valid: #expect(full && fast, "\(schemaText) \(valueText)")
            case .invalid: #expect(!full && !fast, "\(schemaText) \(valueText)")
            case .declined: #expect(full && !fast, "\(schemaText) \(valueText)")
            }
        }
    }

    /// Events out of place never make a document valid.
    @Test func refusesEventsOutOfPlace() throws {
        let validator = SchemaValidator(schema: try JSONValue.parse("{}"))
        func verdict(_ events: (inout SchemaValidator.StreamCheck) -> Void) -> Bool {
            var check = SchemaValidator.StreamCheck(plan: validator.plan)
            events(&check)
            return check.valid && check.finished
        }
        #expect(verdict { $0.beginObject(); $0.endObject() })
        #expect(!verdict { $0.beginObject(); $0.endArray() })
        #expect(!verdict { $0.beginArray(); $0.key(.id); $0.null(); $0.endArray() })
        #expect(!verdict { $0.beginObject(); $0.key(.id); $0.endObject() })
        #expect(!verdict { $0.beginObject(); $0.key(.id); $0.key(.url); $0.null(); $0.endObject() })
        #expect(!verdict { $0.beginObject(); $0.null(); $0.endObject() })
        #expect(!verdict { $0.null(); $0.null() })
        #expect(!verdict { $0.beginObject() })
        #expect(!verdict { $0.endObject() })
        #expect(!verdict { _ in })
    }

    /// Random values and randomly changed corpus records and facts, against the article schema and
    /// its parts: whatever the fast check calls valid, the full validator accepts (the converse
    /// needs the emitter's key order, and is tested on the records themselves).
    @Test func neverCallsValidWhatTheValidatorRefuses() throws {
        let article = try JSONValue.parse(SchemaValidator.articleSchemaText)
        let defs = try #require(article["$defs"])
        let records = RecordStreamTests.records.map { $0.json() }
        let facts = RecordStreamTests.records.flatMap(\.facts).map(ArticleRecord.factJSON)
        try #require(!records.isEmpty && !facts.isEmpty)
        let schemas: [(JSONValue, [JSONValue])] = [
            (article, records),
            (.object([("$ref", .string("#/$defs/fact")), ("$defs", defs)]), facts),
            (.object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/fact"))])), ("$defs", defs)]),
             records.compactMap { $0["facts"] }),
            (.object([("$ref", .string("#/$defs/diagnostic")), ("$defs", defs)]), []),
        ]
        var generator = SeededGenerator(seed: 11)
        var accepted = 0, refused = 0
        for (schema, valid) in schemas {
            let validator = SchemaValidator(schema: schema)
            for round in 0..<2_000 {
                let value = valid.isEmpty || round % 4 == 0 ? Self.randomValue(&generator, depth: 0)
                    : Self.changed(valid.randomElement(using: &generator)!, &generator)
                if Self.fast(validator, value) {
                    accepted += 1
                    #expect(validator.validate(value).isEmpty, "\(value.serialized())")
                } else {
                    refused += 1
                }
            }
        }
        #expect(accepted > 300 && refused > 300, "both verdicts are reached")
    }

    /// `value` with one random change somewhere inside: a member removed, replaced or added.
    static func changed(_ value: JSONValue, _ g: inout SeededGenerator) -> JSONValue {
        switch value {
        case .object(var pairs) where !pairs.isEmpty:
            let i = Int.random(in: 0..<pairs.count, using: &g)
            switch Int.random(in: 0..<8, using: &g) {
            case 0: pairs.remove(at: i)
            case 1: pairs[i].1 = randomValue(&g, depth: 2)
            case 2: pairs.append((keys.randomElement(using: &g)!.name.description, randomValue(&g, depth: 2)))
            default: pairs[i].1 = changed(pairs[i].1, &g)
            }
            return .object(pairs)
        case .array(var items) where !items.isEmpty:
            let i = Int.random(in: 0..<items.count, using: &g)
            switch Int.random(in: 0..<6, using: &g) {
            case 0: items.remove(at: i)
            case 1: items.append(randomValue(&g, depth: 1))
            default: items[i] = changed(items[i], &g)
            }
            return .array(items)
        default:
            return randomValue(&g, depth: 3)
        }
    }

    static let keys: [RecordKey] = [.kind, .value, .unit, .measure, .qualifier, .modality, .mentions, .evidence, .text,
                                    .sentence, .start, .end, .subject, .period, .group, .valueMax, .number, .date,
                                    .level, .code, .message, .offset, .facts, .id]
    static let strings = ["count", "percentage", "document_ref", "training", "", "x", "party_members.total", "other",
                          "exact", "about", "actual", "target", "warning", "error", "bad_code", "Bad", "2024-01-02", "2024-1-2", "Đảng"]
    static let numbers: [Double] = [-1, 0, 1, 2, 1.5, 100]

    /// A value shaped like a fact (an object of fact keys, `kind` usually first) with random members.
    static func randomValue(_ g: inout SeededGenerator, depth: Int) -> JSONValue {
        let roll = Int.random(in: 0..<10, using: &g)
        if depth < 3 && roll < 5 {
            var pairs: [(String, JSONValue)] = []
            if Bool.random(using: &g) { pairs.append(("kind", .string(strings[Int.random(in: 0..<4, using: &g)]))) }
            for _ in 0..<Int.random(in: 0..<12, using: &g) {
                let key = keys.randomElement(using: &g)!.name.description
                pairs.append((key, randomValue(&g, depth: depth + 1)))
            }
            return .object(pairs)
        }
        if depth < 3 && roll == 5 {
            return .array((0..<Int.random(in: 0..<3, using: &g)).map { _ in randomValue(&g, depth: depth + 1) })
        }
        switch Int.random(in: 0..<3, using: &g) {
        case 0: return .string(strings.randomElement(using: &g)!)
        case 1: return .number(numbers.randomElement(using: &g)!)
        default: return .null
        }
    }
}
