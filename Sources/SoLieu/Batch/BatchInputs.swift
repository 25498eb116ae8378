import Foundation

/// The article files under a folder, in sorted path order, found as the walk goes (the list of a
/// corpus is never held whole; only the folders on the current path are).
///
/// Files ending in `.txt`, `.html`, `.htm` and `.jsonl` are taken; names starting with `.` are
/// skipped, and so are symbolic links to folders. Order is byte order of the relative paths, as
/// `sort` in the C locale gives it: `a.txt` before `a/b.txt` before `b.txt`.
///
/// ```swift
/// for entry in BatchInputs(root: "corpus") { print(entry.path, entry.size) }
/// ```
public struct BatchInputs: Sequence {
    /// One file to read, or a folder that could not be listed (`problem` says why).
    public struct Entry: Sendable, Equatable {
        public let path: String
        public let size: Int
        public let problem: String?
    }

    /// The file name extensions read, lower case.
    public static let extensions: Set<String> = ["txt", "html", "htm", "jsonl"]

    public let root: String
    /// Canonical paths never taken, by file name (only files of those names are compared).
    private let excluded: [String: Set<String>]

    /// - Parameter excluding: paths never taken (the output file, when it lies in the folder).
    public init(root: String, excluding: [String] = []) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        excluded = Dictionary(grouping: excluding.map(Self.canonical)) { URL(fileURLWithPath: $0).lastPathComponent }
            .mapValues(Set.init)
    }

    /// How many files there are and their total size in bytes (a first walk, for progress and ETA).
    public func totals() -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        for entry in self where entry.problem == nil {
            files += 1
            bytes += entry.size
        }
        return (files, bytes)
    }

    public func makeIterator() -> Iterator { Iterator(inputs: self) }

    /// A depth-first walk that lists each folder once, sorted.
    public struct Iterator: IteratorProtocol {
        private struct Level {
            let path: String
            let names: [(name: String, isDirectory: Bool)]
            var next = 0
        }
        private let inputs: BatchInputs
        private var levels: [Level] = []
        private var pending: [Entry] = []

        init(inputs: BatchInputs) {
            self.inputs = inputs
            enter(inputs.root)
        }

        public mutating func next() -> Entry? {
            while true {
                if let entry = pending.popLast() { return entry }
                guard var level = levels.popLast() else { return nil }
                guard level.next < level.names.count else { continue }
                let (name, isDirectory) = level.names[level.next]
                level.next += 1
                levels.append(level)
                let path = level.path == "/" ? "/" + name : level.path + "/" + name
                if isDirectory {
                    enter(path)
                    continue
                }
                if let paths = inputs.excluded[name], paths.contains(BatchInputs.canonical(path)) { continue }
                var info = stat()
                let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
                return Entry(path: path, size: size, problem: nil)
            }
        }

        private mutating func enter(_ folder: String) {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
                pending.append(Entry(path: folder, size: 0, problem: "\(folder): cannot list the folder (\(error.localizedDescription))"))
                return
            }
            var kept: [(name: String, isDirectory: Bool, key: [UInt8])] = []
            for name in names where !name.hasPrefix(".") {
                let path = folder == "/" ? "/" + name : folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                var mode = info.st_mode & S_IFMT
                if mode == S_IFLNK {
                    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                    mode = S_IFREG
                }
                if mode == S_IFDIR {
                    kept.append((name, true, Array((name + "/").utf8)))
                } else if mode == S_IFREG, let dot = name.lastIndex(of: "."),
                          BatchInputs.extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    kept.append((name, false, Array(name.utf8)))
                }
            }
            kept.sort { $0.key.lexicographicallyPrecedes($1.key) }
            levels.append(Level(path: folder, names: kept.map { ($0.name, $0.isDirectory) }))
        }
    }

    /// An absolute, standardised form of `path`, for comparing paths written differently.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
