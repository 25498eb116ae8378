extension String {
    /// A string of `scalars`, encoded to UTF-8 in one pass. The generic
    /// `String.UnicodeScalarView.append(contentsOf:)` maps each scalar through a closure and
    /// validates again; this is several times cheaper on the short lines of page heads and codes.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars {
                UTF8.encode(scalar) { buffer[i] = $0; i += 1 }
            }
            return i
        }
    }
}
