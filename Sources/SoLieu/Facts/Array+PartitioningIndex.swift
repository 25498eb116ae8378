extension Array {
    /// The first index where `belongs` holds, found by bisection; `belongs` must be false then true
    /// along the array (the items are in text order). `count` when it holds nowhere.
    ///
    /// ```swift
    /// [3, 8, 12, 20].partitioningIndex { $0 >= 10 }  // 2
    /// ```
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
