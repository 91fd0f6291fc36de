internal import CGraphviz
import Foundation

/// The whole C boundary: every call into Graphviz's cgraph and gvc libraries.
///
/// Graphviz keeps process-wide state (its error log, plugin tables, the prototype graph,
/// layout globals) and is not thread-safe: two threads rendering at once crash even with
/// separate contexts. Every function here therefore runs inside `serially`, which holds
/// one process-wide lock for the whole call. The lock is the only static, and it holds no
/// data.
///
/// Graphviz's messages never reach stderr. They come by two roads, both closed while the lock
/// is held:
/// - cgraph's `agerr` (warnings and errors of the parser and the layout engines): `agseterrf`
///   hands every one to ``collect``, a C callback that appends it to ``Messages/text``; a
///   failing step's messages go into the thrown `GraphvizError`, the warnings of a successful
///   one into ``Drawn/warnings``.
/// - plugins that `fprintf(stderr, ...)` directly (cairo's "graph is too large for
///   cairo-renderer bitmaps. Scaling by ... to fit", pango's font warnings): file descriptor
///   2 is pointed at a temporary file during `gvLayout` and `gvRenderData` (``capturingStderr``),
///   and what was written there becomes warnings too (``GraphvizMessage``). Another thread's
///   write to stderr in that window is captured with them and shown after the drawing.
/// The callback has no context pointer, so the collected text must live in a static: the only
/// mutable state, touched only while `lock` is held, emptied at the start of every call.
///
/// Every C object is released on every path by a `defer` placed right after its creation:
/// `agclose`, `gvFreeLayout`, `gvFreeRenderData`, `free`. The one exception is the
/// context (`GVC_t`), which lives for the whole process (see `SharedContext`).
enum CGraph {
    /// The serial owner of Graphviz.
    private static let lock = NSLock()

    /// The one Graphviz context of the process, created on first use under `lock` and
    /// kept until exit. A context per call would be cleaner, but Graphviz 2.43 leaks about
    /// 3.6 KB per `gvContext`/`gvFreeContext` pair (measured with `nexus-bench
    /// graphviz-memory`), so the context is reused; graphs, layouts and render buffers are
    /// still freed after every call.
    private final class SharedContext: @unchecked Sendable {
        /// Touched only while `lock` is held.
        let gvc: OpaquePointer?
        init() { gvc = gvContext() }
    }

    private static let shared = SharedContext()

    /// What cgraph's `agerr` reported during the current call (through ``collect``). Graphviz's
    /// error callback takes no context, so this is process-wide; touched only while `lock` is held.
    private final class Messages: @unchecked Sendable {
        var text = ""
    }

    private static let messages = Messages()

    /// The `agusererrf` callback: cgraph calls it with "Warning", ": " and the formatted
    /// message in turn (or only the message for a continuation line).
    private static let collect: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
        guard let piece else { return 0 }
        let text = String(cString: piece)
        messages.text += text
        return Int32(text.utf8.count)
    }

    /// A drawing and the warnings Graphviz gave while making it, in Nexus's words.
    struct Drawn {
        var data: Data
        var warnings: [String]
    }

    /// The process's Graphviz context; call only inside `serially`.
    private static func context() throws(GraphvizError) -> OpaquePointer {
        guard let gvc = shared.gvc else { throw .graphviz(operation: "create a context", message: lastError()) }
        return gvc
    }

    /// Runs `body` while holding the process-wide Graphviz lock, with cgraph's messages
    /// routed to its log instead of stderr.
    private static func serially<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterrf(collect)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
        messages.text = ""
        return try body()
    }

    // MARK: - Operations

    /// Names of the installed plugins of one kind (`"layout"`, `"device"`), sorted.
    static func pluginNames(kind: String) -> [String] {
        serially {
            guard let gvc = try? context() else { return [] }
            var count: Int32 = 0
            guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
            defer { nexus_free(list) }
            var names: [String] = []
            for index in 0..<Int(count) {
                if let item = list[index] {
                    names.append(String(cString: item))
                    nexus_free(item)
                }
            }
            return Array(Set(names)).sorted()
        }
    }

    /// `graph` written as DOT by cgraph's `agwrite`, without layout.
    static func dotSource(of graph: StyledGraph) throws(GraphvizError) -> String {
        try serially { () throws(GraphvizError) -> String in
            _ = try context()  // opened before any graph: it sets the default node label, \N, every graph inherits
            let g = try build(graph)
            defer { agclose(g) }
            return try write(g)
        }
    }

    /// Lays `graph` out with `engine` and renders it with the output plugin `device`
    /// (`"svg"`, `"png:cairo"`, `"pdf:cairo"`, `"dot"`), in memory, with the warnings Graphviz
    /// gave on the way.
    static func render(_ graph: StyledGraph, engine: String, device: String) throws(GraphvizError) -> Drawn {
        try serially { () throws(GraphvizError) -> Drawn in
            let gvc = try context()
            let g = try build(graph)
            defer { agclose(g) }
            var printed = ""
            let laidOut = capturingStderr(into: &printed) { gvLayout(gvc, g, engine) }
            guard laidOut == 0 else {
                throw .layoutFailed(engine: engine, message: failure(printed))
            }
            defer { gvFreeLayout(gvc, g) }
            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = capturingStderr(into: &printed) { gvRenderData(gvc, g, device, &bytes, &length) }
            defer { if let bytes { gvFreeRenderData(bytes) } }
            let said = GraphvizMessage.lines(messages.text + printed)
            if let fatal = said.first(where: \.isFatal) {
                throw .renderFailed(format: device, message: fatal.text)
            }
            guard status == 0, let bytes, length > 0 else {
                throw .renderFailed(format: device, message: failure(printed))
            }
            return Drawn(data: Data(bytes: bytes, count: Int(length)), warnings: said.map(\.warning))
        }
    }

    /// Runs `body` with file descriptor 2 pointed at a temporary file, and appends what was
    /// written there to `printed`. When no temporary file can be made, stderr is left alone.
    private static func capturingStderr<T>(into printed: inout String, _ body: () -> T) -> T {
        fflush(nil)
        guard let file = tmpfile() else { return body() }
        defer { fclose(file) }
        let saved = dup(2)
        guard saved >= 0, dup2(fileno(file), 2) >= 0 else {
            if saved >= 0 { close(saved) }
            return body()
        }
        let result = body()
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        rewind(file)
        var buffer = [CChar](repeating: 0, count: 4096)
        var bytes: [UInt8] = []
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count].map { UInt8(bitPattern: $0) }
        }
        printed += String(decoding: bytes, as: UTF8.self)
        return result
    }

    /// The message of a failed step: cgraph's errors, else what a plugin printed, else a fixed sentence.
    private static func failure(_ printed: String) -> String {
        let said = GraphvizMessage.lines(messages.text + printed)
        let chosen = said.filter(\.isError).last ?? said.last
        return chosen?.text ?? "Graphviz reported no message"
    }

    /// Reads DOT text with cgraph's own parser (`agmemread`) into a `StyledGraph`.
    ///
    /// An attribute appears on a node or edge only where its value differs from the declared
    /// default; defaults appear in `nodeDefaults` / `edgeDefaults` when non-empty.
    static func parse(dot: String) throws(GraphvizError) -> StyledGraph {
        try serially { () throws(GraphvizError) -> StyledGraph in
            _ = try context()  // opened before any graph: it sets the default node label, \N, every graph inherits
            _ = agreseterrors()
            guard let g = agmemread(dot) else { throw .dotSyntax(message: lastError()) }
            defer { agclose(g) }
            return read(g)
        }
    }

    // MARK: - Building

    private static func build(_ graph: StyledGraph) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        let descriptor = graph.isDirected ? nexus_agdirected() : nexus_agundirected()
        guard let g = graph.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), descriptor, nil) }) else {
            throw .graphviz(operation: "create a graph", message: lastError())
        }
        for (name, value) in graph.attributes.sorted(by: { $0.key < $1.key }) {
            set(g, name, value, in: g)
        }
        for (kind, defaults) in [(AGNODE, graph.nodeDefaults), (AGEDGE, graph.edgeDefaults)] {
            for (name, value) in defaults.sorted(by: { $0.key < $1.key }) {
                withStored(value, in: g) { stored in
                    name.withCString { _ = agattr(g, Int32(kind), UnsafeMutablePointer(mutating: $0), stored) }
                }
            }
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in graph.nodes {
            guard let n = node.name.withCString({ agnode(g, UnsafeMutablePointer(mutating: $0), 1) }) else {
                agclose(g)
                throw .graphviz(operation: "create node \(node.name)", message: lastError())
            }
            nodes[node.name] = n
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) { set(n, name, value, in: g) }
        }
        for edge in graph.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                let e = agedge(g, tail, head, nil, 1)
            else {
                agclose(g)
                throw .graphviz(operation: "create edge \(edge.tail) -> \(edge.head)", message: lastError())
            }
            for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) { set(e, name, value, in: g) }
        }
        return g
    }

    /// Sets an attribute on a graph, node or edge, declaring it with an empty default when new.
    private static func set(
        _ object: UnsafeMutableRawPointer, _ name: String, _ value: StyledGraph.AttributeValue,
        in g: UnsafeMutablePointer<Agraph_t>
    ) {
        withStored(value, in: g) { stored in
            name.withCString { cName in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: cName), stored, UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    /// Passes `value` to `body` as a C string; HTML-like values are first interned as HTML
    /// strings (`agstrdup_html`) so cgraph keeps their kind, and released afterwards.
    private static func withStored<T>(
        _ value: StyledGraph.AttributeValue, in g: UnsafeMutablePointer<Agraph_t>,
        _ body: (UnsafeMutablePointer<CChar>) -> T
    ) -> T {
        switch value {
        case .text(let text):
            return text.withCString { body(UnsafeMutablePointer(mutating: $0)) }
        case .html(let text):
            let interned = text.withCString { agstrdup_html(g, UnsafeMutablePointer(mutating: $0)) }!
            defer { agstrfree(g, interned) }
            return body(interned)
        }
    }

    private static func write(_ g: UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> String {
        var length = 0
        guard let buffer = nexus_agwrite_to_buffer(g, &length) else {
            throw .graphviz(operation: "write DOT", message: lastError())
        }
        defer { nexus_free(buffer) }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
    }

    // MARK: - Reading

    private static func read(_ g: UnsafeMutablePointer<Agraph_t>) -> StyledGraph {
        var result = StyledGraph(name: String(cString: agnameof(g)), isDirected: agisdirected(g) != 0)
        for sym in symbols(g, kind: AGRAPH) {
            let value = agxget(g, sym)
            if let value, value.pointee != 0 { result.attributes[String(cString: sym.pointee.name)] = attribute(value) }
        }
        let nodeSymbols = symbols(g, kind: AGNODE)
        let edgeSymbols = symbols(g, kind: AGEDGE)
        result.nodeDefaults = defaults(nodeSymbols)
        result.edgeDefaults = defaults(edgeSymbols)
        var n = agfstnode(g)
        while let node = n {
            result.nodes.append(.init(name: String(cString: agnameof(node)), attributes: ownAttributes(node, nodeSymbols)))
            n = agnxtnode(g, node)
        }
        n = agfstnode(g)
        while let node = n {
            var e = agfstout(g, node)
            while let edge = e {
                result.edges.append(.init(
                    tail: String(cString: agnameof(nexus_agtail(edge))),
                    head: String(cString: agnameof(nexus_aghead(edge))),
                    attributes: ownAttributes(edge, edgeSymbols)
                ))
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        return result
    }

    private static func symbols(_ g: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var result: [UnsafeMutablePointer<Agsym_t>] = []
        var sym = agnxtattr(g, kind, nil)
        while let current = sym {
            result.append(current)
            sym = agnxtattr(g, kind, current)
        }
        return result
    }

    private static func defaults(_ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: StyledGraph.AttributeValue] {
        var result: [String: StyledGraph.AttributeValue] = [:]
        for sym in symbols where sym.pointee.defval.pointee != 0 {
            result[String(cString: sym.pointee.name)] = attribute(sym.pointee.defval)
        }
        return result
    }

    private static func ownAttributes(
        _ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]
    ) -> [String: StyledGraph.AttributeValue] {
        var result: [String: StyledGraph.AttributeValue] = [:]
        for sym in symbols {
            guard let value = agxget(object, sym), strcmp(value, sym.pointee.defval) != 0
                || aghtmlstr(value) != aghtmlstr(sym.pointee.defval)
            else { continue }
            result[String(cString: sym.pointee.name)] = attribute(value)
        }
        return result
    }

    private static func attribute(_ value: UnsafeMutablePointer<CChar>) -> StyledGraph.AttributeValue {
        let text = String(cString: value)
        return aghtmlstr(value) != 0 ? .html(text) : .text(text)
    }

    // MARK: - Errors

    /// The message of the last error cgraph reported during this call, or a fixed sentence
    /// when it reported none.
    private static func lastError() -> String {
        failure("")
    }
}
