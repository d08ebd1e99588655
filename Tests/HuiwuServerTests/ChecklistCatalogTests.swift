import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing

@Suite("The standard checklist's titles are in every catalog (R5.3)")
struct ChecklistCatalogTests {
    @Test("each standard item's title key has a text in zh-Hans, zh-Hant and en")
    func titlesInEveryLanguage() throws {
        for locale in ["zh-Hans", "zh-Hant", "en"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/Resources/Locales/\(locale).json"))
            let table = try JSONSerialization.jsonObject(with: data) as? [String: String] ?? [:]
            for item in PreparationChecklist.standard {
                #expect(!(table[item.titleCode] ?? "").isEmpty, "\(item.titleCode) missing in \(locale)")
            }
        }
    }
}
