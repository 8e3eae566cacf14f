import XCTest

/// A test class that shares one AWS test peer (moto and the checking proxy) among its tests:
/// started before the first test, stopped after the last.
class MotoPeerTestCase: XCTestCase {
    nonisolated(unsafe) static var peer: AWSPeer?
    nonisolated(unsafe) static var startError: Error?

    override class func setUp() {
        super.setUp()
        do { peer = try AWSPeer() } catch { startError = error }
    }

    override class func tearDown() {
        peer?.stop()
        peer = nil
        super.tearDown()
    }

    /// The running peer; throws (the test fails) with the reason it could not start.
    func startedPeer() throws -> AWSPeer {
        if let error = Self.startError { throw error }
        guard let peer = Self.peer else { throw PeerError("the AWS test peer is not running") }
        return peer
    }
}
