/// One choice of a `<select>` on a page, as templates render it: its value, its words, and
/// whether it is the one chosen.
struct SelectOption: Encodable {
    var value: String
    var label: String
    var selected: Bool
}
