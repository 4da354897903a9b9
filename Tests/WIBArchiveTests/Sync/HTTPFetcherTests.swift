import Foundation
import Testing
import WIBArchive
import WIBTestSupport

/// Fetching from a server on 127.0.0.1 that the test starts.
@Suite struct HTTPFetcherTests {
    @Test func aConditionalRequestForAnUnchangedPageIsA304() async throws {
        let server = try LocalHTTPServer()
        server.set("/page", .init("<p>hello</p>", etag: "\"v1\"", lastModified: "Tue, 01 Mar 2022 10:00:00 GMT"))
        let fetcher = HTTPFetcher(rate: 0, userAgent: "wib/test")
        let first = try await fetcher.fetch(URL(string: server.url("/page"))!)
        let validators = HTTPFetcher.Validators(etag: "\"v1\"", lastModified: "Tue, 01 Mar 2022 10:00:00 GMT")
        #expect(first == .fetched(bytes: Array("<p>hello</p>".utf8), validators: validators))
        #expect(try await fetcher.fetch(URL(string: server.url("/page"))!, validators: validators) == .notModified)
        let requests = server.requests
        #expect(requests.map(\.status) == [200, 304])
        #expect(requests[0].headers["user-agent"] == "wib/test")
        #expect(requests[0].headers["if-none-match"] == nil)
        #expect(requests[1].headers["if-none-match"] == "\"v1\"")
        #expect(requests[1].headers["if-modified-since"] == "Tue, 01 Mar 2022 10:00:00 GMT")
    }

    @Test func serverErrorsAreRetriedThenGiveUp() async throws {
        let server = try LocalHTTPServer()
        server.set("/flaky", .init("ok", failures: 2))
        server.set("/down", .init("never", failures: 10))
        let fetcher = HTTPFetcher(rate: 0, userAgent: "wib/test", attempts: 3, retryDelay: 0.01)
        #expect(try await fetcher.fetch(URL(string: server.url("/flaky"))!) == .fetched(bytes: Array("ok".utf8), validators: .init()))
        await #expect {
            try await fetcher.fetch(URL(string: server.url("/down"))!)
        } throws: { error in
            "\(error)" == "HTTP 503 after 3 tries"
        }
        await #expect(throws: FetchError.self) { try await fetcher.fetch(URL(string: server.url("/missing"))!) }
        #expect(server.requests.map(\.status) == [503, 503, 200, 503, 503, 503, 404])
    }

    @Test func requestsAreSpacedByTheRate() async throws {
        let server = try LocalHTTPServer()
        server.set("/page", .init("ok"))
        let fetcher = HTTPFetcher(rate: 20, userAgent: "wib/test")
        let clock = ContinuousClock()
        let started = clock.now
        for _ in 0..<4 { _ = try await fetcher.fetch(URL(string: server.url("/page"))!) }
        // Four requests at 20 a second are at least three intervals of 50 ms apart: a lower
        // bound, which a busy machine cannot break.
        #expect(started.duration(to: clock.now) >= .milliseconds(150))
        #expect(await fetcher.requests == 4)
    }
}
