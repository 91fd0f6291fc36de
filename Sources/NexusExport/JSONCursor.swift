/// A JSON value that does not have the shape a reader expects, with the path to it.
public struct JSONShapeError: Error, CustomStringConvertible, Equatable {
    /// Where the problem is, as a path from the root: `documents[0].entities[2].mentions[0].start`.
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        "\(path.isEmpty ? "the top-level value" : path): \(problem)"
    }
}

/// A position in a parsed ``JSONValue`` that knows its path, for typed reading with
/// errors that say exactly which field is wrong.
struct JSONCursor {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    private func fail(_ problem: String) -> JSONShapeError {
        JSONShapeError(path: path, problem: problem)
    }

    private func child(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func members() throws(JSONShapeError) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw fail("expected an object") }
        return members
    }

    /// The member `key`, which must be present (it may be `null`).
    func field(_ key: String) throws(JSONShapeError) -> JSONCursor {
        guard let member = try members()[key] else {
            throw JSONShapeError(path: child(key), problem: "missing field")
        }
        return JSONCursor(member, path: child(key))
    }

    /// The member `key`, which must be present, or `nil` when it is `null`: the contract's
    /// explicit nulls.
    func nullableField(_ key: String) throws(JSONShapeError) -> JSONCursor? {
        let member = try field(key)
        return member.value == .null ? nil : member
    }

    /// The member `key`, or `nil` when it is absent or `null`.
    func optionalField(_ key: String) throws(JSONShapeError) -> JSONCursor? {
        guard let member = try members()[key], member != .null else { return nil }
        return JSONCursor(member, path: child(key))
    }

    func items() throws(JSONShapeError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw fail("expected an array") }
        return items.enumerated().map { JSONCursor($0.element, path: "\(path)[\($0.offset)]") }
    }

    func string() throws(JSONShapeError) -> String {
        guard case .string(let text) = value else { throw fail("expected a string") }
        return text
    }

    func double() throws(JSONShapeError) -> Double {
        guard case .number(let number) = value else { throw fail("expected a number") }
        return number
    }

    func bool() throws(JSONShapeError) -> Bool {
        guard case .bool(let flag) = value else { throw fail("expected true or false") }
        return flag
    }

    func int() throws(JSONShapeError) -> Int {
        let number = try double()
        guard number == number.rounded(), abs(number) < 9_007_199_254_740_992 else {
            throw fail("expected an integer, found \(ExportNumber.format(number))")
        }
        return Int(number)
    }

    /// A non-negative integer offset.
    func offset() throws(JSONShapeError) -> Int {
        let number = try int()
        guard number >= 0 else { throw fail("expected an offset of 0 or more, found \(number)") }
        return number
    }

    func strings() throws(JSONShapeError) -> [String] {
        var out: [String] = []
        for item in try items() { out.append(try item.string()) }
        return out
    }

    /// A string that must be the raw value of `T`; the error lists the accepted values.
    func enumeration<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(JSONShapeError) -> T where T.RawValue == String {
        let raw = try string()
        guard let parsed = T(rawValue: raw) else {
            let accepted = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("unknown value '\(raw)'; expected one of \(accepted)")
        }
        return parsed
    }
}
