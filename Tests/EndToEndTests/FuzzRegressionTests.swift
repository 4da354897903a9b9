import Foundation
import Testing
import WIBTestSupport

/// Every input the fuzzer (`Fuzz/run`) once crashed on, replayed through the fuzz target's own
/// entry point: read, annotate, render, read back.
@Suite struct FuzzRegressionTests {
    static let regressions = TestPaths.repository.appendingPathComponent("Fuzz/regressions")

    @Test func everyKeptInputRunsClean() throws {
        let inputs = try FileManager.default.contentsOfDirectory(atPath: FuzzRegressionTests.regressions.path).sorted()
            .map { FuzzRegressionTests.regressions.appendingPathComponent($0).path }
        try #require(!inputs.isEmpty)
        let replay = WibProcess.executable.deletingLastPathComponent().appendingPathComponent("wib-fuzz-readers")
        let result = try WibProcess.run(inputs, timeout: 120, program: replay)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
    }
}
