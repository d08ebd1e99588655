import Foundation
import HuiwuCore
import Testing

@testable import HuiwuServer

private let catalogs = try! Catalogs.load(
    Huiwu.capabilityFolders(
        root: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path))

private func words(_ rule: String, _ start: String, _ locale: UILocale) throws -> String {
    RecurrenceWords(catalogs: catalogs, locale: locale).describe(try RecurrenceRule(parsing: rule), start: LocalDateTime(start)!)
}

@Suite("Recurrence rules in words (R2.2), in every UI language")
struct RecurrenceWordsTests {
    @Test(
        "the seed cadences read naturally",
        arguments: [
            (
                "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "2026-12-01T09:00",
                "每月25日前的周五 09:00", "每月25日前的週五 09:00", "Monthly on the Friday before the 25th at 09:00"
            ),
            ("FREQ=WEEKLY;BYDAY=TU", "2026-12-01T14:30", "每周二 14:30", "每週二 14:30", "Weekly on Tuesday at 14:30"),
            ("FREQ=WEEKLY;BYDAY=FR", "2026-12-04T16:00", "每周五 16:00", "每週五 16:00", "Weekly on Friday at 16:00"),
            ("FREQ=MONTHLY;INTERVAL=3", "2026-12-31T10:00", "每季度31日 10:00", "每季31日 10:00", "Quarterly on the 31st at 10:00"),
            ("FREQ=DAILY", "2026-12-01T07:45", "每天 07:45", "每天 07:45", "Daily at 07:45"),
            ("FREQ=MONTHLY", "2026-12-01T09:00", "每月1日 09:00", "每月1日 09:00", "Monthly on the 1st at 09:00"),
        ] as [(String, String, String, String, String)])
    func seedCadences(_ rule: String, _ start: String, _ hans: String, _ hant: String, _ en: String) throws {
        #expect(try words(rule, start, .zhHans) == hans)
        #expect(try words(rule, start, .zhHant) == hant)
        #expect(try words(rule, start, .en) == en)
    }

    @Test("ordinals, last days, positions, months and endings are all said")
    func richerRules() throws {
        #expect(
            try words("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6", "2026-12-01T09:00", .en)
                == "Monthly on the last Friday at 09:00, 6 times")
        #expect(try words("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6", "2026-12-01T09:00", .zhHans) == "每月最后一个周五 09:00，共6次")
        #expect(
            try words("FREQ=YEARLY;BYDAY=2MO;BYMONTH=3,9", "2026-12-01T09:00", .en)
                == "Yearly on the 2nd Monday of March and September at 09:00")
        #expect(try words("FREQ=YEARLY;BYDAY=2MO;BYMONTH=3,9", "2026-12-01T09:00", .zhHans) == "每年3月、9月第2个周一 09:00")
        #expect(
            try words("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20271231T235959", "2026-12-01T17:00", .en)
                == "Monthly on every Monday, Tuesday, Wednesday, Thursday and Friday, only the last of each period at 17:00, until 2027-12-31"
        )
        #expect(try words("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-12-01T09:00", .zhHant) == "每月最後一天 09:00")
        #expect(try words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR", "2026-12-01T09:00", .zhHans) == "每2周的周一、周五 09:00")
        #expect(
            try words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;BYMONTH=6", "2026-12-01T09:00", .en)
                == "Every 2 weeks on Monday and Friday, in June only at 09:00")
    }

    @Test(
        "English ordinals",
        arguments: [
            (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
            (13, "13th"), (21, "21st"), (22, "22nd"), (31, "31st"),
        ])
    func englishOrdinals(_ n: Int, _ text: String) {
        #expect(RecurrenceWords.englishOrdinal(n) == text)
    }
}
