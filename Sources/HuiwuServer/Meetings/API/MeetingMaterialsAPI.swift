import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting's materials (R5.4): files uploaded for the participants, read only by those who may
/// see the meeting.
struct MeetingMaterialsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .materials), use: materials)
        routes.upload(APIURL.meetingPart(.key, .materials), maxSize: "11mb", use: upload)
        routes.get(APIURL.meetingMaterial(.key, .key), use: download)
        routes.delete(APIURL.meetingMaterial(.key, .key), use: detach)
    }

    struct MaterialDTO: Content {
        var id: String
        var filename: String
        var contentType: String
        var size: Int
        var sha256: String
        var uploadedByName: String
        var uploadedAt: String
    }

    /// `GET /api/v1/meetings/{id}/materials`.
    func materials(req: Request) async throws -> [MaterialDTO] {
        let view = try await MeetingsAPI.visible(req)
        let time = req.huiwu.time
        return try await req.huiwu.materials.materials(of: view.meeting.id).map { m in
            MaterialDTO(
                id: m.id.uuidString, filename: m.filename, contentType: m.contentType, size: m.size, sha256: m.sha256,
                uploadedByName: m.uploadedByName, uploadedAt: time.format(m.uploadedAt))
        }
    }

    struct Upload: Content {
        var file: File
    }

    /// `POST /api/v1/meetings/{id}/materials` (multipart/form-data, field `file`): checked by its
    /// bytes (PDF, PNG, JPEG, Office, text), at most 10 MB.
    func upload(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard let type = req.headers.contentType, type.type == "multipart", type.subType == "form-data" else {
            throw ProblemError(.unsupportedMediaType, "unsupported_media_type")
        }
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw ValidationFailure([FieldError("file", "field.required")])
        }
        let id = try await Self.attach(upload.file, to: view.meeting.id, by: actor, req: req)
        let response = try await materials(req: req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: APIURL.meetingMaterial(.value(view.meeting.id), .value(id)).path)
        return response
    }

    /// Checks and stores an uploaded file (shared with the meeting page's form).
    static func attach(_ file: File, to meeting: UUID, by actor: Actor, req: Request) async throws -> UUID {
        var buffer = file.data
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let checked: (name: String, contentType: String)
        do {
            checked = try MaterialCheck.check(
                filename: file.filename, bytes: bytes, maxBytes: MeetingMaterials.maxMaterialBytes)
        } catch let problem as MaterialCheck.Problem {
            throw ValidationFailure([FieldError("file", problem.rawValue)])
        }
        return try await req.huiwu.materials.attach(
            meeting, filename: checked.name,
            contentType: checked.contentType, bytes: bytes,
            by: actor, now: req.now)
    }

    /// `GET /api/v1/meetings/{id}/materials/{material}`: the file, always as an attachment.
    func download(req: Request) async throws -> Response {
        let view = try await MeetingsAPI.visible(req)
        guard
            let (info, data) = try await req.huiwu.materials
                .content(of: try req.idParameter("material"), meeting: view.meeting.id)
        else { throw ProblemError(.notFound, "not_found") }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: info.contentType)
        let encoded = info.filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "material"
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"material\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .eTag, value: "\"\(info.sha256)\"")
        return response
    }

    /// `DELETE /api/v1/meetings/{id}/materials/{material}`.
    func detach(req: Request) async throws -> HTTPStatus {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard
            try await req.huiwu.materials.detach(
                try req.idParameter("material"), of: view.meeting.id,
                by: actor)
        else { throw ProblemError(.notFound, "not_found") }
        return .noContent
    }
}
