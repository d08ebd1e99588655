/// Which files may be attached to a meeting (R5.3), decided by their bytes, not by what the
/// uploader claims: PDF, images, Office documents (OOXML zip or legacy OLE), and UTF-8 text.
/// The stored content type comes from this check; downloads are always attachments.
public enum MaterialCheck {
    public enum Problem: String, Error, Sendable {
        case empty = "material.empty"
        case tooLarge = "material.too_large"
        case badName = "material.bad_name"
        case unsupportedType = "material.unsupported_type"
    }

    static let office: [String: String] = [
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]
    static let legacy: [String: String] = [
        "doc": "application/msword", "xls": "application/vnd.ms-excel", "ppt": "application/vnd.ms-powerpoint",
    ]

    /// The cleaned file name and the content type its bytes show, or the problem.
    public static func check(filename: String, bytes: [UInt8], maxBytes: Int) throws -> (name: String, contentType: String) {
        guard !bytes.isEmpty else { throw Problem.empty }
        guard bytes.count <= maxBytes else { throw Problem.tooLarge }
        // Only the last path component; no control characters; a sane length.
        let base = String(filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
            .filter { !($0.unicodeScalars.first.map { $0.value < 0x20 || $0.value == 0x7F } ?? true) }
            .trimmedWhitespace
        guard !base.isEmpty, base.count <= 200, base != ".", base != ".." else { throw Problem.badName }
        let ext = base.split(separator: ".").count > 1 ? String(base.split(separator: ".").last!).lowercased() : ""
        func starts(_ magic: [UInt8]) -> Bool { bytes.count >= magic.count && Array(bytes.prefix(magic.count)) == magic }
        if starts(Array("%PDF-".utf8)) && ext == "pdf" { return (base, "application/pdf") }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && ext == "png" { return (base, "image/png") }
        if starts([0xFF, 0xD8, 0xFF]) && (ext == "jpg" || ext == "jpeg") { return (base, "image/jpeg") }
        if starts([0x50, 0x4B, 0x03, 0x04]), let type = office[ext] { return (base, type) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), let type = legacy[ext] { return (base, type) }
        if ["txt", "md", "csv"].contains(ext), String(validating: bytes, as: UTF8.self) != nil,
            !bytes.contains(where: { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) })
        {
            return (base, ext == "csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8")
        }
        throw Problem.unsupportedType
    }
}
