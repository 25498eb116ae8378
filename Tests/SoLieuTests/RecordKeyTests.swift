import Foundation
import Testing
@testable import SoLieu

/// `RecordKey` names the contract's keys: exactly the property names of the bundled schema.
struct RecordKeyTests {
    /// Every property name in the schema, at any depth.
    static func propertyNames(_ v: JSONValue) -> Set<String> {
        var out: Set<String> = []
        switch v {
        case .object(let pairs):
            for (k, sub) in pairs {
                if k == "properties", case .object(let props) = sub { out.formUnion(props.map(\.0)) }
                out.formUnion(propertyNames(sub))
            }
        case .array(let items):
            for item in items { out.formUnion(propertyNames(item)) }
        default: break
        }
        return out
    }

    @Test func keysAreTheSchemasPropertyNames() throws {
        let schema = try JSONValue.parse(SchemaValidator.articleSchemaText)
        let names = RecordKey.allCases.map { $0.name.description }
        #expect(Set(names).count == names.count, "no name twice")
        #expect(Set(names) == Self.propertyNames(schema))
    }

    @Test func keysAreFoundByName() {
        for key in RecordKey.allCases {
            #expect(RecordKey(named: key.name.description) == key)
        }
        #expect(RecordKey(named: "no_such_key") == nil)
    }
}

extension RecordKeyTests {
    /// Every key fits its slot in `RecordKey.quotedSlots`, as `,"name":`.
    @Test func everyKeyHasItsQuotedSlot() {
        for key in RecordKey.allCases {
            let slot = RecordKey.quotedSlots + key.rawValue * RecordKey.quotedSlotStride
            let length = Int(slot[RecordKey.quotedSlotStride - 1])
            #expect(Array(UnsafeBufferPointer(start: slot, count: length)) == Array(",\"\(key.name)\":".utf8), "\(key)")
        }
    }
}
