import CHash
import Testing
@testable import SoLieu

/// SHA-256: the FIPS 180-4 examples, digests computed once with Python's hashlib, and the two
/// compression paths (portable C and the x86 SHA extensions) against each other.
struct SHA256Tests {
    /// Whether this CPU has the SHA extensions; without them only the portable path is checked.
    static let accelerated = acceleratedHex([]) != nil

    /// Bytes 13, 180, 91, …: byte i is (167 i + 13) mod 256. Python: `bytes((i*167+13)&255 for i in range(n))`.
    static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 167 &+ 13) } }

    @Test func fipsExamples() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths on both sides of the padding's one-block and two-block cases, and many blocks.
    @Test(arguments: [
        (55, "b2ca0adc388a66d3a5a7f6541239331d5a867eede554e11262241271faaf36c5"),
        (56, "3768eff44f1df02704a832cf708935fbed9bb74d0714fbe75454c266c4e12856"),
        (63, "dc06ea9e456da9f9fc2276564018231c36196ff7745bf505fd7f503aec5c67fd"),
        (64, "b68fe543b0b5a544e32eb08712e697bfcd3a3cb491563c3b1cba112d378f4bdb"),
        (65, "587cdb9ad9be371721f2f84a84eb09f2b698ec19bbe2d7c222179996547a04a6"),
        (119, "b27b61037be684924f5497ee79c784f09c971d8c8c3136f6270e0fd34775aa1b"),
        (120, "00c666e960132985e9c99dc98bf25782df791138d0f1252b69781694ed97d693"),
        (128, "cd77acfc16d0964a4c3ef06f0678a5c88d2d610de00f7b997676fea5b4d2ae9e"),
        (100_000, "3611c3ee90568d7ffceb48cc3a47728427c12f14a2c73b3a2d3a5621c4e978e1"),
    ])
    func hashlibDigestsOfThePattern(_ count: Int, _ expected: String) {
        let bytes = Self.pattern(count)
        #expect(SHA256.hex(bytes) == expected)
        #expect(Self.hex(bytes, with: chash_sha256_portable) == expected)
        if Self.accelerated { #expect(Self.acceleratedHex(bytes) == expected) }
    }

    @Test func hashlibDigestOfVietnameseText() {
        let text = "Đảng bộ TP. Sông Công có 5.971 đảng viên; 96,9% đạt chuẩn."
        #expect(SHA256.hex(Array(text.utf8)) == "09bf8828ee469c1dbddeca25c98d96e7f0ebfa6635db3432fa5bf7ec95382fda")
    }

    /// Every length from 0 to 200 bytes of the pattern, by each path. The digests, joined, have a
    /// digest from hashlib: `sha256("".join(sha256(pattern[:n]).hexdigest() for n in range(201)))`.
    @Test func everyLengthUpTo200() {
        var joined: [UInt8] = []
        for count in 0...200 {
            let bytes = Self.pattern(count)
            let digest = SHA256.hex(bytes)
            #expect(Self.hex(bytes, with: chash_sha256_portable) == digest, "length \(count)")
            if Self.accelerated { #expect(Self.acceleratedHex(bytes) == digest, "length \(count)") }
            joined += Array(digest.utf8)
        }
        #expect(SHA256.hex(joined) == "e7b239674ad544550c90f62f8854a25efb963cda921c9c7c65a0f5b646da8b7e")
    }

    /// 2,000 seeded random inputs of random length (up to 1,000 bytes, so up to 16 blocks) at
    /// random offsets in a buffer, so most are not aligned: both paths give the same digest.
    @Test(.enabled(if: accelerated)) func pathsAgreeOnRandomInputs() {
        var random = SeededGenerator(seed: 0x5EED_5A25)
        let buffer = (0..<4_096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        for _ in 0..<2_000 {
            let count = Int(random.next() % 1_001)
            let offset = Int(random.next() % UInt64(buffer.count - count + 1))
            let bytes = Array(buffer[offset..<offset + count])
            buffer.withUnsafeBufferPointer { all in
                let start = all.baseAddress! + offset
                var portable = [UInt8](repeating: 0, count: 32)
                var accelerated = [UInt8](repeating: 1, count: 32)
                chash_sha256_portable(start, count, &portable)
                #expect(chash_sha256_accelerated(start, count, &accelerated) == 0)
                #expect(portable == accelerated, "length \(count) at offset \(offset)")
                #expect(Self.hex(digest: portable) == SHA256.hex(bytes))
            }
        }
    }

    private static func hex(_ bytes: [UInt8],
                            with hash: (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> Void) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { hash($0.baseAddress, $0.count, &digest) }
        return hex(digest: digest)
    }

    private static func acceleratedHex(_ bytes: [UInt8]) -> String? {
        var digest = [UInt8](repeating: 0, count: 32)
        let status = bytes.withUnsafeBufferPointer { chash_sha256_accelerated($0.baseAddress, $0.count, &digest) }
        return status == 0 ? hex(digest: digest) : nil
    }

    private static func hex(digest: [UInt8]) -> String {
        digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
