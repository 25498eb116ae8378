/// For each content position of a text, an index into another array (the figure or mention at that
/// position), or none. A read is an array access, where a `[Int: Int]` keyed by position hashes the
/// position at every read and write.
///
/// ```swift
/// var figureAt = PositionIndex(count: analysis.contentTokens.count)
/// figureAt[12] = 0
/// figureAt[12]    // 0
/// figureAt[13]    // nil
/// figureAt[-1]    // nil: outside the text
/// ```
struct PositionIndex: Sendable {
    private var slots: [Int32]

    /// An index with no entries, for the positions `0..<count`.
    init(count: Int) {
        slots = [Int32](repeating: -1, count: max(0, count))
    }

    /// The index stored for `position`; nil when none is, or when `position` is outside
    /// `0..<count`. Setting nil removes the entry; setting outside `0..<count` traps.
    subscript(position: Int) -> Int? {
        get {
            guard position >= 0 && position < slots.count else { return nil }
            let slot = slots[position]
            return slot < 0 ? nil : Int(slot)
        }
        set {
            slots[position] = newValue.map { Int32($0) } ?? -1
        }
    }
}
