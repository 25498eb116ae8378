import Foundation
import SoLieu

/// Batch progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise, and a summary at the end.
final class ProgressDisplay {
    private let enabled: Bool
    private let terminal: Bool
    private var lastDraw = Date()
    private var drawn = false
    /// Seconds between redraws of the bar and between plain lines.
    private let barInterval = 0.1, lineInterval = 5.0

    init(enabled: Bool) {
        self.enabled = enabled
        terminal = isatty(2) == 1
    }

    /// Shows `progress` if enough time has passed since the last time.
    func update(_ progress: BatchProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= (terminal ? barInterval : lineInterval) else { return }
        lastDraw = now
        if terminal {
            emit("\r\u{1B}[K" + bar(progress))
            drawn = true
        } else if progress.filesDone < progress.filesTotal {
            emit("solieu: " + Self.status(progress) + "\n")
        }
    }

    /// A message about one input (an error), printed even when quiet.
    func message(_ text: String) {
        clearBar()
        emit("solieu: " + text + "\n")
    }

    /// The summary: files, records, facts per kind, errors, time.
    func finish(_ summary: BatchSummary, output: String?) {
        clearBar()
        guard enabled else {
            if summary.interrupted { emit("solieu: interrupted\n") }
            return
        }
        let p = summary.progress
        var line = "solieu: \(p.filesDone) files, \(p.records) records, \(p.failed) with errors"
        if summary.resumed > 0 { line += ", \(summary.resumed) already in the output" }
        line += String(format: "; %.1f MB in %.1f s (%.1f MB/s)", Double(p.bytesDone) / 1e6, p.elapsed,
                       Self.rate(p))
        let kinds = FactKind.allCases.map { "\($0.rawValue) \(summary.factsByKind[$0.rawValue] ?? 0)" }
        emit(line + "\nsolieu: facts: " + kinds.joined(separator: ", ") + "\n")
        if summary.interrupted {
            let resume = output.map { " run again with --resume to continue \($0)" } ?? ""
            emit("solieu: interrupted after \(p.records) records;\(resume)\n")
        }
    }

    private func bar(_ p: BatchProgress) -> String {
        let width = 24
        let share = p.bytesTotal > 0 ? min(1, Double(p.bytesDone) / Double(p.bytesTotal))
            : (p.filesTotal > 0 ? Double(p.filesDone) / Double(p.filesTotal) : 0)
        let filled = Int(share * Double(width))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(format: "%3.0f%% ", share * 100) + Self.status(p)
    }

    private static func status(_ p: BatchProgress) -> String {
        var eta = "--:--"
        let rate = rate(p)
        if rate > 0, p.bytesTotal >= p.bytesDone {
            let seconds = Int(Double(p.bytesTotal - p.bytesDone) / 1e6 / rate)
            eta = String(format: "%d:%02d", seconds / 60, seconds % 60)
        }
        return "\(p.filesDone)/\(p.filesTotal) files, " + String(format: "%.1f MB/s", rate) + ", ETA \(eta), \(p.failed) errors"
    }

    private static func rate(_ p: BatchProgress) -> Double {
        p.elapsed > 0 ? Double(p.bytesDone) / 1e6 / p.elapsed : 0
    }

    private func clearBar() {
        if drawn { emit("\r\u{1B}[K"); drawn = false }
    }

    private func emit(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
