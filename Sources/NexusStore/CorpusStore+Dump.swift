import Foundation
import GRDB

extension CorpusStore {
    /// Every row of every Nexus table as text, table by table in schema order, rows sorted by
    /// primary key: two stores hold the same data exactly when their dumps are equal. The
    /// `analysis` column is compared as its bytes' SHA-256, not printed.
    ///
    /// ```
    /// [entities]
    /// "country:italy"|"Italy"|"country"
    /// ```
    ///
    /// - Complexity: O(size of the store).
    public func dump() throws(StoreError) -> String {
        try run {
            try queue.read { db in
                var out = ""
                for table in StoreSchema.tables {
                    out += "[\(table.name)]\n"
                    for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.order)") {
                        out += row.columnNames.map { column in
                            let value = row[column] as DatabaseValue
                            if column == "analysis", let data = Data.fromDatabaseValue(value) { return "sha256:" + SHA256.hex(of: data) }
                            return value.description
                        }.joined(separator: "|") + "\n"
                    }
                }
                return out
            }
        }
    }
}
