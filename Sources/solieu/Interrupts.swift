import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM as a callback, so a run can leave a valid output behind. The first
/// signal calls `handler`; a second one kills the process as usual.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Calls `handler` on a background queue at the first SIGINT or SIGTERM.
    static func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                signal(SIGINT, SIG_DFL)
                signal(SIGTERM, SIG_DFL)
                handler()
            }
            source.resume()
            sources.append(source)
        }
    }
}
