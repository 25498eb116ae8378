/// The size limit on one article (`ReadOptions.maximumBytes`, `--max-bytes`) and how it is reported.
///
/// An input over the limit is refused rather than read: its record has no facts and an
/// `input_too_large` error diagnostic, and the other inputs of the run go on.
///
/// ```swift
/// InputLimit.describe(size: 52_428_800, limit: 5_242_880)
/// // "52428800 bytes, more than the limit of 5242880 (--max-bytes): refused, not read"
/// ```
public enum InputLimit {
    /// The diagnostic code of a refused input.
    public static let code = "input_too_large"

    /// Why an input of `size` bytes (nil: more than the limit, read no further) is refused.
    public static func describe(size: Int?, limit: Int) -> String {
        guard let size else { return "more than \(limit) bytes, the limit (--max-bytes): refused, read no further" }
        return "\(size) bytes, more than the limit of \(limit) (--max-bytes): refused, not read"
    }

    /// Parses a size as `--max-bytes` takes it: bytes, or a number with `K`, `M` or `G` (powers of
    /// 1024; `KB`, `MiB` also read): `5M` is 5242880. Nil for anything else, or less than 1.
    public static func parse(_ text: String) -> Int? {
        var digits = Substring(text.uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        var scale = 1
        switch digits.last {
        case "K": scale = 1 << 10
        case "M": scale = 1 << 20
        case "G": scale = 1 << 30
        default: break
        }
        if scale > 1 { digits = digits.dropLast() }
        guard let n = Int(digits), n >= 1, n <= Int.max / scale else { return nil }
        return n * scale
    }
}
