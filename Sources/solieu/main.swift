import Foundation
import SoLieu

let extractor = try Extractor()
for path in CommandLine.arguments.dropFirst() {
    let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
    let r = extractor.record(for: InputDocument(id: "x", path: path, bytes: bytes))
    print(r.json().serialized(pretty: true))
}
