import Velocity

/// The elements of a body that is a JSON array, read one by one as a template reaches them
/// (`#foreach` stops at 1,000, so most of a big array is never built). The whole body is
/// checked first, so reading an element cannot fail.
final class LazyJSONArray: VListSource {
    /// Bodies at least this long are read lazily when they are arrays.
    static let minimumLength = 16_384

    private let text: String
    private let offsets: [Int]

    /// Checks `text` (a body starting with `[` after white space) as `JSONParser.parseBody`
    /// reads it, throwing the same error when it is not valid.
    static func checked(_ text: String) throws(JSONSyntaxError) -> LazyJSONArray {
        let result: Result<[Int], JSONSyntaxError> = JSONParser.withBytes(of: text) { bytes in
            var reader = JSONByteReader<JSONCheckingBuilder>(bytes: bytes)
            reader.recordedDepth = 1
            reader.skipWhitespace()
            do throws(JSONReadFailure) {
                try reader.readValue(depth: 0)
                return .success(reader.elementOffsets)
            } catch {
                return .failure(JSONSyntaxError(message: error.message, offset: error.offset, in: text))
            }
        }
        return LazyJSONArray(text: text, offsets: try result.get())
    }

    private init(text: String, offsets: [Int]) {
        self.text = text
        self.offsets = offsets
    }

    var count: Int { offsets.count }

    func element(at index: Int) -> Value {
        JSONParser.withBytes(of: text) { bytes in
            var reader = JSONByteReader<VelocityValueBuilder>(bytes: bytes)
            reader.position = offsets[index]
            return (try? reader.readValue(depth: 1)) ?? .null
        }
    }
}
