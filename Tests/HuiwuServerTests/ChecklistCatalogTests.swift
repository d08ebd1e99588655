import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing

@testable import HuiwuServer

@Suite("The standard checklist's titles are in every catalog (R5.3)")
struct ChecklistCatalogTests {
    @Test("each standard item's title key has a text in zh-Hans, zh-Hant and en")
    func titlesInEveryLanguage() throws {
        let catalogs = try Catalogs.load(Huiwu.capabilityFolders(root: packageRoot))
        for locale in UILocale.allCases {
            let table = catalogs.table(locale)
            for item in PreparationChecklist.standard {
                #expect(!(table[item.titleCode] ?? "").isEmpty, "\(item.titleCode) missing in \(locale)")
            }
        }
    }
}
