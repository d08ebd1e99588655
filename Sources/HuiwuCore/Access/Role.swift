/// Roles a person holds (X1). One role per person; the room office is 行政部's role (R1.1).
public enum Role: String, CaseIterable, Codable, Sendable {
    case admin
    case roomOffice = "room_office"
    case infoCentre = "info_centre"
    case departmentHead = "department_head"
    case staff
    case cleaning
}
