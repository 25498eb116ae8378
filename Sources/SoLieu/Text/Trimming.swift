/// Trimming without Foundation's `trimmingCharacters(in:)`, which builds a character set and looks
/// up protocol conformances on every call (a measurable cost on the per-line tests of page chrome
/// and bylines).
extension StringProtocol {
    /// The text without the leading and trailing scalars for which `drop` holds.
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        var end = scalars.endIndex
        while end > first {
            let before = scalars.index(before: end)
            if !drop(scalars[before]) { break }
            end = before
        }
        return String(scalars: scalars[first..<end])
    }

    /// The text without leading and trailing horizontal space: tabs and space separators, as
    /// `CharacterSet.whitespaces` has them.
    func trimmingHorizontalSpace() -> String {
        trimmingScalars { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without the leading and trailing scalars of `set` ("  :» Tin liên quan –" with
    /// " :»-–" gives "Tin liên quan").
    func trimming(_ set: Set<Unicode.Scalar>) -> String {
        trimmingScalars { set.contains($0) }
    }
}
