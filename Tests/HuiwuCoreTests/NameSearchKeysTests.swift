import HuiwuCore
import Testing

/// People are found by the pinyin of their names (X6).
@Suite("Name search keys")
struct NameSearchKeysTests {
    @Test("a Chinese name gives its pinyin and initials; a Latin name its letters")
    func chineseAndLatinNames() {
        #expect(NameSearchKeys(name: "张伟") == NameSearchKeys(initials: "zw", pinyin: "zhangwei"))
        #expect(NameSearchKeys(name: "王芳").initials == "wf")
        #expect(NameSearchKeys(name: "欧阳娜娜").initials == "oynn")
        #expect(NameSearchKeys(name: "Alice Wang") == NameSearchKeys(initials: "aw", pinyin: "alicewang"))
    }

    @Test("what is typed is folded as the keys are stored; a prefix range ends where it should")
    func queriesAndRanges() {
        #expect(NameSearchKeys.query(" ZW ") == "zw")
        #expect(NameSearchKeys.query("张") == nil)
        #expect(NameSearchKeys.upperBound("zw") == "zx")
        #expect(NameSearchKeys.upperBound("az") == "a{")
    }
}
