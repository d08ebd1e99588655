import CQRCodeGen
import Foundation

/// A QR code made by libqrcodegen (R5.6 check-in), drawn as SVG: one path of unit squares inside a
/// four-module quiet zone, so it scales sharply on a kiosk screen and a phone reads it.
enum QRCode {
    /// The SVG of `text` (medium error correction), nil when the text is too long for any QR version.
    static func svg(_ text: String, pixelsPerModule: Int = 8) -> String? {
        let length = Int(huiwu_qrcodegen_buffer_len_max)
        var code = [UInt8](repeating: 0, count: length)
        var temp = [UInt8](repeating: 0, count: length)
        let ok = text.withCString { c in
            qrcodegen_encodeText(
                c, &temp, &code, qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true)
        }
        guard ok else { return nil }
        let size = Int(qrcodegen_getSize(code))
        let quiet = 4
        let total = size + 2 * quiet
        var path = ""
        path.reserveCapacity(size * size * 4)
        for y in 0..<size {
            for x in 0..<size where qrcodegen_getModule(code, Int32(x), Int32(y)) {
                path += "M\(x + quiet),\(y + quiet)h1v1h-1z"
            }
        }
        let pixels = total * pixelsPerModule
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(total) \(total)" width="\(pixels)" height="\(pixels)" \
            shape-rendering="crispEdges" role="img"><rect width="\(total)" height="\(total)" fill="#fff"/>\
            <path d="\(path)" fill="#000"/></svg>
            """
    }
}
