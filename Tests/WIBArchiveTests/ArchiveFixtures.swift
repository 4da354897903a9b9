import Foundation
import WIBArchive
import WIBTestSupport

/// The archive tests' posts (`Tests/Fixtures/Archive`: four invented posts, 2021–2024) and a
/// fresh archive of them.
enum ArchiveFixtures {
    /// `Tests/Fixtures/Archive`.
    static let folder = TestPaths.repository.appendingPathComponent("Tests/Fixtures/Archive")

    /// A new archive in a temporary folder, with the fixture posts indexed.
    static func indexed() async throws -> (TemporaryFolder, Archive) {
        let temporary = try TemporaryFolder()
        let archive = try Archive(folder: temporary.url.appendingPathComponent("archive").path, creating: true)
        let outcome = await ArchiveIndexing(inputs: [folder.path]).run(into: archive)
        guard !outcome.failed, outcome.changes.added == 4 else { throw CocoaError(.fileReadCorruptFile) }
        return (temporary, archive)
    }
}
