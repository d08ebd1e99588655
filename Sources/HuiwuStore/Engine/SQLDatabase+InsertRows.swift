import SQLKit

extension SQLDatabase {
    /// Multi-row inserts in chunks kept under the databases' bind limits (a notice to a thousand
    /// people, or a year of a series' checklists, is a few statements).
    func insertRows(into table: String, _ columns: [String], _ rows: [[any SQLExpression]]) async throws {
        let chunk = max(1, 30_000 / max(columns.count, 1))
        var start = 0
        while start < rows.count {
            var insert = self.insert(into: table).columns(columns)
            for row in rows[start..<min(start + chunk, rows.count)] { insert = insert.values(row) }
            try await insert.run()
            start += chunk
        }
    }
}
