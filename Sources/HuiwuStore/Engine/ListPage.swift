import Foundation
import SQLKit

/// Where a page of a list starts and how long it is. A position is a row's `seq`
/// (`AddListSequence`): pages run forward in write order, or — for lists read newest first, such
/// as notifications — backward from the newest row.
public struct PageRequest: Sendable, Equatable {
    public var limit: Int
    /// The `seq` of the last row of the previous page; nil for the first page.
    public var after: Int64?
    public init(limit: Int, after: Int64? = nil) {
        self.limit = limit
        self.after = after
    }
}

/// One page of rows, and the position of the next page if there are more rows.
public struct Page<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var next: Int64?
    public init(rows: [Row], next: Int64?) {
        self.rows = rows
        self.next = next
    }
}

enum Paging {
    /// Appends the page's bound, order and length to a query that ends inside its WHERE clause.
    /// One row more than asked for is read: it says whether there is a next page.
    static func append(
        _ request: PageRequest, seq column: String, newestFirst: Bool = false,
        to sql: inout SQLQueryString
    ) {
        if let after = request.after {
            sql.appendInterpolation(unsafeRaw: " AND \(column) \(newestFirst ? "<" : ">") ")
            sql.appendInterpolation(bind: after)
        }
        sql.appendInterpolation(unsafeRaw: " ORDER BY \(column)\(newestFirst ? " DESC" : "") LIMIT \(max(1, request.limit) + 1)")
    }

    /// The page of rows a query built by `append` returned; rows carry their position as `seq`.
    static func page<Row: Sendable>(
        _ rows: [any SQLRow], _ request: PageRequest,
        _ decode: (any SQLRow) throws -> Row
    ) throws -> Page<Row> {
        let kept = rows.prefix(max(1, request.limit))
        let next = rows.count > kept.count ? try kept.last?.decode(column: "seq", as: Int64.self) : nil
        return Page(rows: try kept.map(decode), next: next)
    }
}
