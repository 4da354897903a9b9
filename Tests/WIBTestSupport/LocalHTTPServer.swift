import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a port the system picks), for tests that fetch: it serves
/// the pages set in it, answers a request whose `If-None-Match` names the page's ETag (or whose
/// `If-Modified-Since` is its Last-Modified date) with 304, can fail a page with 503 a number of
/// times first, and records every request. One connection at a time; each answer closes it.
public final class LocalHTTPServer: @unchecked Sendable {
    /// A page it serves.
    public struct Page: Sendable {
        /// What a 200 answer carries.
        public var body: String
        /// The `Content-Type` header.
        public var contentType: String
        /// The `ETag` header, if any; a request naming it in `If-None-Match` gets 304.
        public var etag: String?
        /// The `Last-Modified` header, if any; without an ETag, a request naming it in
        /// `If-Modified-Since` gets 304.
        public var lastModified: String?
        /// How many requests get 503 before the page is served.
        public var failures: Int

        /// A page.
        public init(_ body: String, contentType: String = "text/html; charset=utf-8", etag: String? = nil, lastModified: String? = nil, failures: Int = 0) {
            self.body = body
            self.contentType = contentType
            self.etag = etag
            self.lastModified = lastModified
            self.failures = failures
        }
    }

    /// A request it received.
    public struct Request: Sendable, Hashable {
        init(path: String, headers: [String: String], status: Int) {
            self.path = path
            self.headers = headers
            self.status = status
        }

        /// The path asked for.
        public let path: String
        /// Header names in lower case.
        public let headers: [String: String]
        /// The status it was answered with.
        public let status: Int
    }

    private let state = State()
    private let socket: Int32
    /// The port it listens on.
    public let port: UInt16

    /// The address of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts listening.
    public init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        port = UInt16(bigEndian: address.sin_port)
        socket = fd
        let (state, listener) = (state, socket)
        Thread {
            while true {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                state.handle(client)
                close(client)
            }
        }.start()
    }

    /// Stops listening.
    deinit { shutdown(socket, Int32(SHUT_RDWR)); close(socket) }

    /// Serves `page` at `path` (replacing what was there).
    public func set(_ path: String, _ page: Page) { state.lock.withLock { state.pages[path] = page } }

    /// Every request so far, in order.
    public var requests: [Request] { state.lock.withLock { state.received } }
}

/// What the server serves and has received, shared with its thread.
private final class State: @unchecked Sendable {
    let lock = NSLock()
    var pages: [String: LocalHTTPServer.Page] = [:]
    var received: [LocalHTTPServer.Request] = []

    func handle(_ client: Int32) {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !data.containsHeaderEnd {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            data += buffer[0..<count]
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let path = lines[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let (status, extra, body): (Int, [String], String) = lock.withLock {
            guard var page = pages[path] else { return (404, [], "not found") }
            if page.failures > 0 {
                page.failures -= 1
                pages[path] = page
                return (503, [], "busy")
            }
            let validators = [page.etag.map { "ETag: \($0)" }, page.lastModified.map { "Last-Modified: \($0)" }].compactMap { $0 }
            if let etag = page.etag, headers["if-none-match"] == etag { return (304, validators, "") }
            if page.etag == nil, let date = page.lastModified, headers["if-modified-since"] == date { return (304, validators, "") }
            return (200, validators + ["Content-Type: \(page.contentType)"], page.body)
        }
        lock.withLock { received.append(LocalHTTPServer.Request(path: path, headers: headers, status: status)) }
        let bytes = Array(body.utf8)
        let head = (["HTTP/1.1 \(status) \(status == 200 ? "OK" : status == 304 ? "Not Modified" : "Error")", "Content-Length: \(status == 304 ? 0 : bytes.count)",
                     "Connection: close"] + extra).joined(separator: "\r\n") + "\r\n\r\n"
        let answer = Array(head.utf8) + (status == 304 ? [] : bytes)
        var sent = 0
        while sent < answer.count {
            let count = answer[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }
}

private extension Array where Element == UInt8 {
    var containsHeaderEnd: Bool {
        count >= 4 && (0...(count - 4)).contains { self[$0] == 13 && self[$0 + 1] == 10 && self[$0 + 2] == 13 && self[$0 + 3] == 10 }
    }
}
