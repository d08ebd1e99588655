import FluentKit

/// How a group robot @-mentions a person (R5.2, X2): DingTalk and WeCom by mobile number (or
/// their user id), Feishu by open_id / user_id.
struct AddPersonChatAccounts: AsyncMigration, StoredMigration {
    static let columns = ["mobile", "dingtalk_user_id", "wecom_user_id", "feishu_user_id"]

    func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema("people").field(FieldKey(stringLiteral: column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema("people").deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
