import HuiwuCore
import HuiwuStore
import Vapor

/// Directory: accounts, people, departments, sessions and passwords (X1, R1.5).
struct DirectoryCapability: Capability {
    var name: String { "Directory" }

    func routes(_ app: Application) throws {
        try app.register(collection: AccountAPI())
        try app.register(collection: DirectoryAPI())
        try app.register(collection: PasswordAPI())
        try app.register(collection: PeopleSearchAPI())
        try app.register(collection: SessionPages())
        try app.register(collection: AdminPeoplePages())
        try app.register(collection: PasswordPages())
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var people: People { People(store: store) }
    public var sessions: Sessions { Sessions(store: store) }
    public var organisation: Organisation { Organisation(store: store) }
    public var loginAttempts: LoginAttempts { LoginAttempts(store: store) }
}
