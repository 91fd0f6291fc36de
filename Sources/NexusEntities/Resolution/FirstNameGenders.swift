import Foundation

/// First names that are (almost) always a man's or a woman's: `Resources/names/first-name-genders.tsv`,
/// built by `Scripts/make-first-name-genders.py` from the US Census Bureau 1990 first-name lists
/// (a name is listed when one gender uses it at least ten times as often as the other).
///
/// - Complexity: lookup O(1).
public struct FirstNameGenders: Sendable {
    private let genders: [String: PersonGender]

    public init(_ genders: [String: PersonGender]) {
        self.genders = genders
    }

    /// The gender of a first name (any case), if the table has it.
    public func gender(of firstName: String) -> PersonGender? {
        genders[firstName.lowercased()]
    }

    /// Reads `name<TAB>m|f` lines; `#` starts a comment.
    public init(tsv: String, path: String) throws {
        var genders: [String: PersonGender] = [:]
        for (n, line) in tsv.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count == 2, let g = columns[1] == "m" ? PersonGender.male : columns[1] == "f" ? PersonGender.female : nil else {
                throw ResolutionError.resourceMalformed(path, line: n + 1, problem: "expected name<TAB>m or name<TAB>f")
            }
            genders[String(columns[0]).lowercased()] = g
        }
        self.init(genders)
    }

    /// The shipped table.
    public static func shipped() throws -> FirstNameGenders {
        guard let url = Bundle.module.url(forResource: "first-name-genders", withExtension: "tsv", subdirectory: "Resources/names") else {
            throw ResolutionError.resourceMissing("Resources/names/first-name-genders.tsv")
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) }
        catch { throw ResolutionError.resourceMissing(url.path) }
        return try FirstNameGenders(tsv: text, path: url.path)
    }
}
