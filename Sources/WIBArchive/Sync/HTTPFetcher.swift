import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches pages over HTTP(S) politely: at most ``rate`` requests a second, a User-Agent naming
/// wib, conditional requests (`If-None-Match` with the ETag, `If-Modified-Since` with the
/// Last-Modified date kept from the last fetch) so that an unchanged page costs a 304, and
/// retries with a doubling delay on 5xx answers and timeouts (``attempts`` in all). Nothing is
/// cached on the way: URLSession's cache is off, so a 304 reaches the caller as a 304.
public actor HTTPFetcher {
    /// What a fetch gave.
    public enum Response: Sendable, Equatable {
        /// 304: the page is as it was last fetched.
        case notModified
        /// 200: the page, and its validators for the next fetch.
        case fetched(bytes: [UInt8], validators: Validators)
    }

    /// A page's ETag and Last-Modified date, as its server gave them.
    public struct Validators: Sendable, Hashable {
        /// The `ETag` header.
        public var etag: String?
        /// The `Last-Modified` header.
        public var lastModified: String?

        /// Validators.
        public init(etag: String? = nil, lastModified: String? = nil) {
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    /// Requests a second at most.
    public let rate: Double
    /// The User-Agent header: `wib/VERSION (+https://github.com/…/WIBKit)`.
    public let userAgent: String
    /// Tries per page, the first included.
    public let attempts: Int
    /// The delay before the first retry, in seconds; it doubles for each one after.
    public let retryDelay: Double
    /// Seconds to wait for an answer.
    public let timeout: Double
    private let session: URLSession
    private var lastRequest: ContinuousClock.Instant?
    /// Requests sent, retries included.
    public private(set) var requests = 0

    /// A fetcher.
    public init(rate: Double = 1, userAgent: String, attempts: Int = 4, retryDelay: Double = 1, timeout: Double = 30) {
        self.rate = rate
        self.userAgent = userAgent
        self.attempts = attempts
        self.retryDelay = retryDelay
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.timeoutIntervalForRequest = timeout
        session = URLSession(configuration: configuration)
    }

    /// Fetches `url`, sending `validators` as conditions. Throws a message for a page that cannot
    /// be fetched (4xx, 5xx or no answer after every try, not HTTP).
    public func fetch(_ url: URL, validators: Validators = Validators()) async throws(FetchError) -> Response {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        var delay = retryDelay
        for attempt in 1...max(attempts, 1) {
            await waitForTurn()
            requests += 1
            let last = attempt == attempts
            do {
                let (data, response) = try await session.data(for: request)
                guard let http = response as? HTTPURLResponse else { throw FetchError("the answer is not HTTP") }
                switch http.statusCode {
                case 304:
                    return .notModified
                case 200..<300:
                    let header = { (name: String) in http.value(forHTTPHeaderField: name) }
                    return .fetched(bytes: Array(data), validators: Validators(etag: header("ETag"), lastModified: header("Last-Modified")))
                case 500..<600 where !last:
                    break
                default:
                    throw FetchError("HTTP \(http.statusCode)" + (http.statusCode >= 500 ? " after \(attempts) tries" : ""))
                }
            } catch let error as FetchError {
                throw error
            } catch let error as URLError where [.timedOut, .networkConnectionLost].contains(error.code) && !last {
                // Retried below.
            } catch {
                throw FetchError(HTTPFetcher.describe(error) + (attempt > 1 ? " after \(attempt) tries" : ""))
            }
            try? await Task.sleep(for: .seconds(delay))
            delay *= 2
        }
        throw FetchError("no answer after \(attempts) tries")
    }

    /// Waits until a request may go out at ``rate``.
    private func waitForTurn() async {
        let clock = ContinuousClock()
        if let lastRequest, rate > 0 {
            let next = lastRequest.advanced(by: .seconds(1 / rate))
            if next > clock.now { try? await Task.sleep(until: next, clock: clock) }
        }
        lastRequest = clock.now
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return "\(error)" }
        switch error.code {
        case .timedOut: return "no answer in time"
        case .cannotConnectToHost: return "the server refused the connection"
        case .cannotFindHost: return "no such host"
        case .notConnectedToInternet: return "not connected to the internet"
        default: return error.localizedDescription
        }
    }
}
