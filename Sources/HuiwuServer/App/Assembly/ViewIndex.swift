import Foundation
import LeafKit
import NIOCore
import NIOPosix

/// The templates of the shell and of every capability as one set, by name (`#extend("layout")`
/// finds the shell's layout from a capability's page). Each name is served from the folder that
/// holds it, through Leaf's own file source and its sandbox; a name in two folders stops start-up.
struct ViewIndex: LeafSource {
    let folders: [String: NIOLeafFiles]
    let names: [String: String]

    init(_ capabilities: CapabilityFolders, fileio: NonBlockingFileIO) throws {
        var names: [String: String] = [:]
        var owners: [String: String] = [:]
        for folder in capabilities.all {
            let views = folder.path + "/Views"
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: views) else { continue }
            for file in files.sorted() where file.hasSuffix(".leaf") {
                let name = String(file.dropLast(".leaf".count))
                if let first = owners[name] {
                    throw DuplicateResource(kind: "template", name: name, owners: [first, folder.owner])
                }
                owners[name] = folder.owner
                names[name] = views
            }
        }
        self.names = names
        var sources: [String: NIOLeafFiles] = [:]
        for directory in Set(names.values) {
            sources[directory] = NIOLeafFiles(
                fileio: fileio, limits: .default, sandboxDirectory: directory, viewDirectory: directory)
        }
        self.folders = sources
    }

    func file(template: String, escape: Bool, on eventLoop: any EventLoop) throws -> EventLoopFuture<ByteBuffer> {
        let name = template.hasSuffix(".leaf") ? String(template.dropLast(".leaf".count)) : template
        guard let directory = names[name], let source = folders[directory] else {
            throw LeafError(.noTemplateExists(template))
        }
        return try source.file(template: name, escape: escape, on: eventLoop)
    }
}
