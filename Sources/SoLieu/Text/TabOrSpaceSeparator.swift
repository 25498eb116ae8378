extension Unicode.Scalar {
    /// Whether the scalar is in `CharacterSet.whitespaces`: a tab or a space separator (not a line
    /// break), tested without Foundation.
    var isTabOrSpaceSeparator: Bool {
        self == " " || self == "\t" || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
    }
}
