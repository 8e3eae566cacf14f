/// Makes inputs: tokens of a target's language strung together, and mutations of seeds
/// (bit flips, bytes set, inserted, deleted, copied, tokens spliced in, seeds crossed, deep nesting).
struct Mutator {
    /// The longest input made (`--max-length`).
    let maxLength: Int
    let dictionary: [[UInt8]]
    let seeds: [[UInt8]]

    init(dictionary: [String], seeds: [[UInt8]], maxLength: Int) {
        self.dictionary = dictionary.map { Array($0.utf8) }
        self.seeds = seeds.isEmpty ? [[]] : seeds
        self.maxLength = maxLength
    }

    /// The next input: most often a mutated seed, sometimes one made from tokens alone.
    func next(_ random: inout FuzzRandom) -> [UInt8] {
        if random.oneIn(5) { return generate(&random) }
        var input = random.pick(seeds)
        for _ in 0...random.below(6) { mutate(&input, &random) }
        if input.count > maxLength { input.removeLast(input.count - maxLength) }
        return input
    }

    /// An input made of tokens and a few random bytes.
    func generate(_ random: inout FuzzRandom) -> [UInt8] {
        var input: [UInt8] = []
        let count = 1 + random.below(random.oneIn(10) ? 400 : 40)
        for _ in 0..<count {
            if random.oneIn(8) {
                input.append(UInt8(truncatingIfNeeded: random.next()))
            } else if !dictionary.isEmpty {
                input += random.pick(dictionary)
            }
        }
        return input
    }

    /// One mutation in place.
    func mutate(_ input: inout [UInt8], _ random: inout FuzzRandom) {
        let position = random.below(input.count + 1)
        switch random.below(11) {
        case 0 where !input.isEmpty:
            let index = random.below(input.count)
            input[index] ^= UInt8(1) << UInt8(random.below(8))
        case 1 where !input.isEmpty:
            input[random.below(input.count)] = Self.interestingBytes[random.below(Self.interestingBytes.count)]
        case 2:
            input.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 3 where !input.isEmpty:
            let length = min(input.count - min(position, input.count - 1), 1 + random.below(16))
            let start = min(position, input.count - 1)
            input.removeSubrange(start..<start + length)
        case 4 where !input.isEmpty:
            // Copy a piece elsewhere (repeats structure: nesting, long lists).
            let start = random.below(input.count)
            let length = min(input.count - start, 1 + random.below(64))
            let piece = Array(input[start..<start + length])
            input.insert(contentsOf: piece, at: random.below(input.count + 1))
        case 5, 6:
            if !dictionary.isEmpty { input.insert(contentsOf: random.pick(dictionary), at: position) }
        case 7:
            // Cross with another seed.
            let other = random.pick(seeds)
            guard !other.isEmpty else { return }
            let start = random.below(other.count)
            let length = min(other.count - start, 1 + random.below(256))
            input.insert(contentsOf: other[start..<start + length], at: position)
        case 8 where !input.isEmpty:
            input.removeLast(random.below(input.count))
        case 9 where random.oneIn(4):
            // Deep nesting or a long run: what recursive parsers and renderers trip on.
            guard !dictionary.isEmpty else { return }
            let token = random.pick(dictionary)
            let times = random.pick([100, 1_000, 10_000, 50_000])
            var run: [UInt8] = []
            run.reserveCapacity(token.count * times)
            for _ in 0..<times where run.count < maxLength / 2 { run += token }
            input.insert(contentsOf: run, at: position)
        default:
            // A number at the edge of the types that hold numbers.
            input.insert(contentsOf: Array(random.pick(Self.interestingNumbers).utf8), at: position)
        }
    }

    private static let interestingBytes: [UInt8] = [0, 0x0A, 0x0D, 0x09, 0x20, 0x22, 0x27, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xE2, 0xF0, 0xFF]
    private static let interestingNumbers = ["0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
                                             "-9223372036854775809", "1e308", "1e309", "-0", "0x7fffffff", "4294967296", "NaN", "1.7976931348623157E308", "99999999999999999999"]
}
