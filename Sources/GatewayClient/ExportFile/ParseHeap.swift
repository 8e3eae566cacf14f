#if canImport(Glibc)
import CShims
import Glibc
#endif

/// Memory for parsing a big export in 2 MB pages.
///
/// Reading a 10,000-resource export allocates about ten times the file in small pieces, and
/// the heap grows a page at a time: a third of the time went to the kernel (a page fault per
/// 4 KB, a `mprotect` per step of glibc's heap). Before such a parse, the calling thread's heap
/// is grown once to what the parse will use (blocks allocated and freed again: glibc keeps the
/// address range, the memory itself is given back) and the kernel is asked to back that range
/// with transparent huge pages (`MADV_HUGEPAGE`): one fault per 2 MB. Nothing here changes
/// what is parsed; where the system says no (another allocator, THP off), it does nothing.
/// Its cost, when it works: the parse's memory is counted in 2 MB steps.
enum ParseHeap {
    /// Files smaller than this parse fast enough as they are.
    static let threshold = 1 << 20

    /// Prepares the calling thread's heap for a parse of `size` bytes; when it returns true,
    /// call `finish()` after the parse.
    static func prepare(forFileOfSize size: Int) -> Bool {
        #if canImport(Glibc)
        guard size >= threshold else { return false }
        // Two blocks from the heap itself (glibc maps blocks over its threshold on their own:
        // the threshold is raised for them, then set back to glibc's default), each growing it
        // in one step and touching only the page of its header; the range is marked for huge
        // pages before anything else touches it (a 2 MB range with a 4 KB page in it stays in
        // 4 KB pages), then freed for the parse to use.
        // The threshold stays raised through the parse, so that its big arrays come from the
        // same 2 MB pages; `finish` sets it back.
        let half = min(size * 6, 24 << 20)
        guard gwx_set_mmap_threshold(Int32(half + (1 << 20))) == 1 else { return false }
        // On the main thread (a command) the heap is the program break, whose free top glibc
        // gives back at once: kept through the parse, or the blocks below would grow it again
        // a page at a time.
        _ = gwx_set_trim_threshold(Int32(4 * half + (16 << 20)))
        guard let first = malloc(half) else { return true }
        defer { free(first) }
        guard let second = malloc(half) else { return true }
        defer { free(second) }
        // Both addresses used: a block that is only freed again is a malloc the optimizer may
        // drop (it did: the heap grew by half as much).
        if let range = anonymousMapping(containing: min(UInt(bitPattern: first), UInt(bitPattern: second))) {
            _ = madvise(UnsafeMutableRawPointer(bitPattern: range.lowerBound), Int(range.upperBound - range.lowerBound), MADV_HUGEPAGE)
        }
        return true
        #else
        return false
        #endif
    }

    /// Sets glibc's thresholds (blocks mapped on their own, the free top given back) back to
    /// their defaults.
    static func finish() {
        #if canImport(Glibc)
        _ = gwx_set_mmap_threshold(128 << 10)
        _ = gwx_set_trim_threshold(128 << 10)
        #endif
    }

    #if canImport(Glibc)
    /// The private anonymous mapping holding an address, with the reserved (`---p`) mapping
    /// right after it (a thread's heap), or the main thread's `[heap]`, from `/proc/self/maps`.
    static func anonymousMapping(containing address: UInt) -> Range<UInt>? {
        let descriptor = open("/proc/self/maps", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while text.count < 4 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            text.append(contentsOf: chunk[0..<count])
        }
        var found: Range<UInt>?
        for line in text.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
            guard fields.count >= 5 else { continue }
            let bounds = fields[0].split(separator: UInt8(ascii: "-"))
            guard bounds.count == 2, let start = hex(bounds[0]), let end = hex(bounds[1]) else { continue }
            let permissions = String(decoding: fields[1], as: UTF8.self)
            let anonymous = (fields.count == 5 && fields[4].elementsEqual("0".utf8))
                || (fields.count == 6 && fields[5].elementsEqual("[heap]".utf8))
            if let current = found {
                // The reserved rest of the same heap, if it follows directly.
                if start == current.upperBound, anonymous, permissions == "---p" { return current.lowerBound..<end }
                return current
            }
            if start <= address, address < end {
                guard anonymous, permissions == "rw-p" else { return nil }
                found = start..<end
            }
        }
        return found
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt? {
        UInt(String(decoding: digits, as: UTF8.self), radix: 16)
    }
    #endif
}
