/// Counts the steps of the hot loops of the recognisers, the rules and the readers, so that tests
/// can check that the work done on an input grows linearly with its size: counted, not timed.
///
/// Counting is compiled into debug builds only (`SOLIEU_WORK_COUNTER`, set in Package.swift for the
/// debug configuration, the one `swift test` uses): a release build pays nothing. Steps go to the
/// meter bound by `measure` on the calling task or thread, so tests that run in parallel, and batch
/// workers, never mix their counts; with no meter bound a step costs one task-local read.
///
/// ```swift
/// let (extraction, steps) = WorkCounter.measure { try extractor.extract(text: text) }
/// ```
enum WorkCounter {
    #if SOLIEU_WORK_COUNTER
    /// The steps counted while a meter is bound.
    final class Meter: @unchecked Sendable {
        var steps = 0
    }

    @TaskLocal static var meter: Meter?

    /// Whether steps are counted in this build.
    static let isEnabled = true

    /// Counts `steps` steps of work (a token looked at, a scalar scanned, a candidate compared).
    @inline(__always) static func tick(_ steps: Int = 1) {
        meter?.steps += steps
    }

    /// Runs `body` and returns its result with the steps it counted.
    static func measure<T>(_ body: () throws -> T) rethrows -> (value: T, steps: Int) {
        let meter = Meter()
        let value = try $meter.withValue(meter) { try body() }
        return (value, meter.steps)
    }
    #else
    static let isEnabled = false

    @inline(__always) static func tick(_ steps: Int = 1) {}

    static func measure<T>(_ body: () throws -> T) rethrows -> (value: T, steps: Int) {
        (try body(), 0)
    }
    #endif
}
