import Foundation
import HuiwuCore

/// Reads the shipped meeting-type templates (`Resources/Templates/meeting-types.json`) and
/// refuses to start with a broken one: a template an admin loads must be a valid type.
enum MeetingTemplates {
    struct Broken: Error, CustomStringConvertible {
        var code: String
        var problems: [FieldError]
        var description: String {
            "meeting-type template \(code): " + problems.map { "\($0.field) \($0.code)" }.joined(separator: ", ")
        }
    }

    static func load(from path: String) throws -> [MeetingTemplate] {
        let templates = try JSONDecoder().decode([MeetingTemplate].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for t in templates {
            let problems = t.problems()
            if !problems.isEmpty { throw Broken(code: t.code, problems: problems) }
        }
        return templates
    }
}
