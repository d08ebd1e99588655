/// A destructive web form sent with its confirmation (`ConfirmFirst`): the row exercises the
/// action itself, not the page that asks first.
extension Dictionary where Key == String, Value == String {
    static let confirmed = ["confirmed": "yes"]
}
