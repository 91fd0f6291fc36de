import Foundation
import Testing
@testable import NexusStore

/// SHA-256 against the NIST FIPS 180-4 examples (csrc.nist.gov, "SHA256.pdf" and
/// "SHA2_Additional.pdf") and against padding edge lengths whose digests were computed with
/// Python's `hashlib.sha256`.
@Suite struct SHA256Tests {
    @Test func nistOneBlockMessage() {
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func nistTwoBlockMessage() {
        #expect(SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func nist896BitMessage() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(of: message) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func emptyMessage() {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func oneMillionA() {
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// 55 bytes leave room for the length in the last block; 56 do not; 64 fill a block exactly.
    @Test func paddingBoundaries() {
        #expect(SHA256.hex(of: String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(of: String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(of: String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func digestIs32Bytes() {
        #expect(SHA256.digest(of: Array("abc".utf8)).count == 32)
    }

    /// The NIST two-block message fed in pieces of every size from 1 to 70 bytes (pieces
    /// that cross block boundaries) gives the one-shot digest.
    @Test func piecewiseUpdatesGiveTheDigestOfTheWhole() {
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        for size in 1...70 {
            var hasher = SHA256.Hasher()
            for start in stride(from: 0, to: message.count, by: size) {
                hasher.update(message[start..<min(start + size, message.count)])
            }
            let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            #expect(hex == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "pieces of \(size)")
        }
    }

    /// A file larger than one read chunk (1 MiB): NIST's one million "a" plus a 1,048,576-byte
    /// tail whose digest was computed with Python's `hashlib.sha256`.
    @Test func fileDigestReadInChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 0x61, count: 1_000_000).write(to: url)
        let million = try SHA256.hex(ofFileAt: url)
        #expect(million.hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" && million.bytes == 1_000_000)
        try Data(repeating: 0x61, count: 2_048_576).write(to: url)
        let overOneChunk = try SHA256.hex(ofFileAt: url)
        #expect(overOneChunk.hex == "b4516abe8192d6c60021ec3a8d0781c069578eddb10c9ee8e793a29f5d579a11" && overOneChunk.bytes == 2_048_576)
        try Data().write(to: url)
        let empty = try SHA256.hex(ofFileAt: url)
        #expect(empty.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" && empty.bytes == 0)
    }
}
