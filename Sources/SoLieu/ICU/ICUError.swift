import CICU
import Foundation

/// A failure reported by ICU, carrying ICU's `UErrorCode` value and its name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's numeric `UErrorCode`.
    public let code: Int32
    /// What the project was doing when ICU failed.
    public let operation: String

    /// ICU's name for the code, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String { "ICU \(operation) failed: \(name) (\(code))" }

    /// Throws when `status` is an ICU failure (positive); warnings (negative) pass.
    static func check(_ status: Int32, _ operation: String) throws {
        if status > 0 { throw ICUError(code: status, operation: operation) }
    }
}
