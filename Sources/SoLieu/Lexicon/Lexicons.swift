import Foundation

/// A hedge on a figure, as named by the output contract.
public enum Qualifier: String, Sendable, CaseIterable {
    case exact, nearly, about, over, under
    case atLeast = "at_least"
    case atMost = "at_most"
}

/// What a counted noun is.
public enum UnitRole: String, Sendable {
    /// People; may be the participants of a training class.
    case person
    /// Party organisations.
    case organisation
    /// A training class (`lớp`).
    case `class`
    /// Anything else.
    case thing
}

/// A counted noun from `units.tsv`.
public struct UnitEntry: Sendable {
    /// The measure the noun gives when no trigger verb says otherwise.
    public let measure: String
    /// What the noun is.
    public let role: UnitRole
    /// The measure family (`party_members`, `party_units`, `candidates`, `other`, `training`).
    public let family: String

    public init(measure: String, role: UnitRole) {
        self.measure = measure
        self.role = role
        family = measure.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(measure[..<$0]) } ?? measure
    }
}

/// What a number word does in a numeral (`number_words.tsv`).
public enum NumberWordRole: String, Sendable {
    case digit, tail, ten, tens, hundred, zero, dozen, big, half
}

/// A number word: its value and role.
public struct NumberWord: Sendable {
    public let value: Double
    public let role: NumberWordRole
}

/// A trigger word from `triggers.tsv`.
public struct TriggerEntry: Sendable {
    /// The measure it gives, or `base` to keep the unit's own.
    public let measure: String
    /// The measure family it applies to, `any`, `party` (members and party organisations), or
    /// `people`: people outside the party ("giới thiệu 52 hội viên" introduces candidates); said of
    /// anything else, it keeps the unit's measure.
    public let appliesTo: String
    /// Whether its own words name the fact's sub-group (the forms of discipline: "khiển trách 1
    /// đảng viên, cảnh cáo 1 đảng viên" are two facts).
    public var namesGroup = false
    /// Whether, said after the counted noun in the passive, it names a state the members are in
    /// rather than something done to them: "612 đồng chí được miễn sinh hoạt đảng" are members of
    /// that category, "miễn sinh hoạt cho 37 đảng viên" is what was applied to them.
    public var namesStatus = false
    /// Whether it applies to party members' own nouns only ("công nhận 8 đồng chí"), not to other
    /// people ("công nhận 238 người có uy tín": recognised as such, not made official members).
    public var membersOnly = false

    /// The measure it gives a count of `unit`, or nil when it keeps the unit's own: `base`, or a
    /// verb of people outside the party said of anything else. `pass` is returned as such.
    public func givenMeasure(for unit: UnitEntry) -> String? {
        if measure == "base" { return nil }
        if appliesTo == "people" { return unit.role == .person && unit.family != "party_members" ? measure : nil }
        return measure
    }
}

/// The level of an organisation, used to resolve "Đảng bộ", "Thành ủy", "xã" back to a name.
public enum OrganisationLevel: String, Sendable {
    case chiBo = "chi_bo"
    case dangBo = "dang_bo"
    case city, province, district, town, commune, hamlet, entity, country
}

/// What an organisation head word does.
public enum OrganisationHeadKind: String, Sendable {
    /// A party body ("Đảng bộ", "Thành ủy"): capitalised and alone, it refers back.
    case party
    /// A territory ("xã", "thành phố"): alone, it refers back to the last one of its level.
    case area
    /// An organisation type ("Công ty", "Trường"): only with a name.
    case entity
    /// A whole area as worded ("toàn tỉnh", "cả nước"): a subject in itself.
    case whole
    /// A word that always refers back, in any case ("đơn vị").
    case refer
    /// A word between an area word and its name ("xã biên giới Lũng Nặm Đông").
    case descriptor
    /// A school or centre that trains cadres for others ("Trung tâm Chính trị"): never a subject.
    case provider
    /// A mass organisation ("Đoàn Thanh niên", "Công đoàn", "Huyện đoàn"): with or without the
    /// words after it, the subject of the figures of its sentence, never the organisation in view.
    case mass
    /// A state office that serves the public ("Trung tâm Phục vụ hành chính công"): like a mass
    /// organisation, the subject of the figures of its sentence, never the organisation in view (a
    /// bare "Đảng bộ" after it is the party organisation it serves).
    case office
    /// A street word ("đường", "phố"): the places named after it in its clause are an address.
    case street
    /// A common word that holds an area word ("văn bản", "xã hội", "xã viên"): no organisation,
    /// and the area word inside it is none either.
    case word

    /// Mass organisations and offices: with or without words after the head, a subject of their
    /// sentence only.
    var isSentenceOnly: Bool { self == .mass || self == .office }
}

/// An organisation head word from `organisations.tsv`.
public struct OrganisationHead: Sendable {
    public let level: OrganisationLevel
    public let kind: OrganisationHeadKind
    /// Whether the lexicon writes the head capitalised ("Công ty"): then only a capitalised
    /// occurrence heads a name ("trường" in lower case is a common noun).
    public var capitalized = false
}

/// All language data SoLieu uses, compiled from the lexicon files.
///
/// ```swift
/// let lexicons = try Lexicons.bundled()
/// ```
public struct Lexicons: Sendable {
    /// Folded keys of words written with a dot that does not end a sentence (`tp` for `TP.`).
    public let abbreviations: Set<String>
    public let qualifiersBefore: PhraseTable<Qualifier>
    public let qualifiersAfter: PhraseTable<Qualifier>
    /// Hedges before a figure that also compare ("nhiều hơn", "ít hơn"): with "so với" after the
    /// figure, or opening a clause after a count, the figure is a difference, not a hedged count
    /// (`qualifiers.tsv`, position `comparison`).
    public let comparisons: PhraseTable<Bool>
    public let units: PhraseTable<UnitEntry>
    public let triggers: PhraseTable<TriggerEntry>
    /// Document type names as printed, keyed by their words.
    public let documentTypes: PhraseTable<String>
    /// Numbered papers that are not document references (`Giấy phép`).
    public let ignoredDocumentTypes: PhraseTable<Bool>
    /// Document type names whose bare number without "số" names a programme (`Chương trình` 135).
    public let programmeDocumentTypes: Set<String>
    /// Document type names by the type letters of codes (`CT` → `Chỉ thị`).
    public let documentTypeByLetters: [String: String]
    public let organisationHeads: PhraseTable<OrganisationHead>
    /// Abbreviated heads by the folded keys of the head they stand for (`htx` → the keys of "Hợp tác
    /// xã"): `organisations.tsv`, fourth column.
    public let headExpansions: [String: String]
    public let notFigureBefore: PhraseTable<Bool>
    public let notFigureAfter: PhraseTable<Bool>
    /// Words right after the counted noun that make the number a reference back, not a figure
    /// ("hai tổ chức này"): `not_figures.tsv`, position `after_noun`.
    public let notFigureAfterNoun: PhraseTable<Bool>
    /// Words naming what a figure after "là" in their clause measures, when it is no count ("tuổi
    /// bình quân của đảng viên là 36"): `not_figures.tsv`, position `attribute`.
    public let notFigureAttributes: PhraseTable<Bool>
    /// Words opening a ratio before its base ("cứ 10 đảng viên mới thì có 7 người …"): neither the
    /// base nor the part after "thì" is a figure (`not_figures.tsv`, position `ratio`).
    public let ratioOpeners: PhraseTable<Bool>
    /// Publications whose name may hold an organisation's, then an issue number ("Bản tin Bảo tàng
    /// số 18"): `not_figures.tsv`, position `issue`.
    public let publicationWords: PhraseTable<Bool>
    /// Words that deny what follows them in their clause, when it opens with a figure or a
    /// document ("…, không phải 9 chi bộ với 215 đảng viên như bài đã đăng", "không phải Kết luận số
    /// 12-KL/TU"): `not_figures.tsv`, position `denial`.
    public let denials: PhraseTable<Bool>
    public let periods: PhraseTable<Bool>
    /// Words joining a class count to its participants (`cho`, `với`).
    public let trainingLinks: PhraseTable<Bool>
    /// Words after people sent to a class (`đi học lớp`): true; false for a verb that says so only
    /// before a count of classes (`tham gia` in "9 quần chúng ưu tú tham gia 02 lớp").
    public let trainingAttend: PhraseTable<Bool>
    /// Verbs before `lớp` that open one class (`mở`, `tổ chức`).
    public let trainingOpen: PhraseTable<Bool>
    /// Pupils of a school ("học sinh", "trẻ"): "1.032 học sinh ở 30 lớp" counts school classes,
    /// not training classes.
    public let schoolPupils: PhraseTable<Bool>
    /// Lower-case words that end an organisation name (`name_stops.tsv`).
    public let nameStops: PhraseTable<Bool>
    /// Words opening a breakdown (`trong đó`): true; false for words that break down only what was
    /// done, or a count followed by a colon after them (", gồm", role `list`).
    public let breakdownMarkers: PhraseTable<Bool>
    /// Nouns that count the same people as the figure they break down, naming no sub-group
    /// (`breakdowns.tsv`, role `restates`: "đồng chí", "người").
    public let restatingNouns: PhraseTable<Bool>
    /// Words that name the figure before as a kind, before "là" and a figure of another period
    /// (`breakdowns.tsv`, role `same`: "năm 2024 con số này là 13 đảng viên").
    public let sameFigureWords: PhraseTable<Bool>
    /// Words that name a tier with a number of years after them (`breakdowns.tsv`, role `tier`:
    /// "Huy hiệu 70 năm tuổi Đảng"): the sub-group of a figure in the same clause.
    public let tierWords: PhraseTable<Bool>
    /// Words giving a list of figures to the organisations listed before, in order (`lần lượt`).
    public let respectiveMarkers: PhraseTable<Bool>
    /// Words after which the organisations named are examples (`breakdowns.tsv`, role `example`:
    /// "như", "tiêu biểu là"): they stay in their sentence, not in view after it.
    public let exampleMarkers: PhraseTable<Bool>
    /// Words after an organisation that single it out in a comparison (`breakdowns.tsv`, role
    /// `standout`: "đông nhất", "nhiều nhất"): it stays in its sentence.
    public let standoutWords: PhraseTable<Bool>
    /// Words that place a unit in a ranking (`breakdowns.tsv`, role `rank`: "đứng đầu", "đứng thứ
    /// hai"): the figure after "với" counts what the ranking ranks.
    public let rankWords: PhraseTable<Bool>
    /// Sub-group labels (`nữ`, `dân tộc thiểu số`).
    public let groupLabels: PhraseTable<Bool>
    /// Family names (`surnames.tsv`), folded.
    public let surnames: Set<String>
    /// `surnames` and `middleNames` matched by token hash.
    let surnameKeys: KeySet, middleNameKeys: KeySet
    /// Middle names that mark a person's name ("Văn", "Thị"), folded.
    public let middleNames: Set<String>
    /// Number words by folded key (`number_words.tsv`).
    public let numberWords: [String: NumberWord]
    /// `numberWords` matched by token hash (`numberWord(_:)`).
    let numberWordTable: PhraseTable<NumberWord>

    /// The number word a token is, if any.
    @inline(__always)
    func numberWord(_ token: Token) -> NumberWord? { numberWordTable.value(of: token) }
    /// Words that make a figure a target (`chỉ tiêu`, `phấn đấu`): `true`; phrases holding one that
    /// set no target (`được giao quản lý`): `false`.
    public let targetMarkers: PhraseTable<Bool>
    /// Target words that name a quota of party members, with the activity such a quota is of when
    /// the text names none (`chỉ tiêu 180 đảng viên` is a quota of admissions).
    public let quotaMeasures: PhraseTable<String>
    /// Bodies of an organisation whose own members are counted (`Ban Chấp hành`, `Ban Thường vụ`).
    public let bodies: PhraseTable<Bool>
    /// Heads of a department inside an institution (`departments.tsv`: "Khoa", "Phòng"): no antecedent
    /// of a later "Đảng ủy".
    public let departmentHeads: PhraseTable<Bool>
    /// Words that open a new clause inside a sentence (`nhưng`, `còn`).
    public let clauseOpeners: PhraseTable<Bool>
    /// Words before a list of merged units (`sáp nhập`) and after a former unit's name (`cũ`).
    public let mergeWords: PhraseTable<Bool>, formerWords: PhraseTable<Bool>
    /// Phrases opening a sentence about units before a merger ("Trước khi ghép, …"): its units are former ones.
    public let formerOpeners: PhraseTable<Bool>
    /// Words that introduce a short name in brackets (`aliases.tsv`: "gọi tắt là").
    public let aliasMarkers: PhraseTable<Bool>
    /// Words that open the name of a day or an occasion (`occasions.tsv`: "Ngày truyền thống"): an
    /// organisation named inside one is neither a subject nor in view.
    public let occasionOpeners: PhraseTable<Bool>
    /// Months named in words after "tháng" in a date written out (`month_names.tsv`: "Một" → 1,
    /// "Giêng" → 1, "Chạp" → 12).
    public let monthNames: PhraseTable<Int>
    /// Lower-case fields written with a comma inside a name (`name_fields.tsv`: "phòng cháy, chữa
    /// cháy"): the name runs on through the comma.
    public let nameFields: PhraseTable<Bool>
    /// Words that open a correction notice (`corrections.tsv`, role `opener`: "Đính chính", true) or
    /// an editor's note (role `note`: "Ghi chú của Tòa soạn", false), and words that mark a figure in
    /// one as the wrong one printed before (role `retraction`: "ghi nhầm").
    public let correctionOpeners: PhraseTable<Bool>, retractionWords: PhraseTable<Bool>
    /// Labels that open an interviewer's question (`corrections.tsv`, role `asker`: "PV", "Hỏi"), and
    /// words of an answer that say the question's figure was wrong (role `answer`: "không phải").
    public let interviewAskers: PhraseTable<Bool>, answerCorrections: PhraseTable<Bool>
    /// Words before a figure a speaker takes back (`corrections.tsv`, role `slip`: "không phải" of
    /// "không phải 45 mà là 54").
    public let slipWords: PhraseTable<Bool>
    /// How far a plan reaches (`plan_scope.tsv`): words before a target word that make it a plan
    /// referred to (`đạt` … `chỉ tiêu`), words that end a plan's reach (`đã`, `kết quả`), words that
    /// plan what follows them (`sẽ`), plan nouns whose figure follows closely (`kế hoạch`), and
    /// words of a norm (`mỗi`, `hằng năm`), and the names of columns of planned (true) and done
    /// (false) figures on a labelled line (`kế hoạch 12, thực hiện 13`).
    public let planReferences: PhraseTable<Bool>, planBreaks: PhraseTable<Bool>, futureMarkers: PhraseTable<Bool>,
               planNouns: PhraseTable<Bool>, normWords: PhraseTable<Bool>, columnWords: PhraseTable<Bool>
    /// The last words of `columnWords`, tested before a figure ahead of the phrase table.
    let columnWordEnds: KeySet
    /// Titles of people (`titles.tsv`): an organisation right after one is the person's.
    public let personTitles: PhraseTable<Bool>
    /// Verbs of saying (`titles.tsv`, role `says`): an official's organisation before one is what
    /// the words that follow are about.
    public let sayingVerbs: PhraseTable<Bool>
    /// Words that open an apposition after a name (`titles.tsv`, role `apposition`: "một" of "Công
    /// ty A, một doanh nghiệp tư nhân ở huyện B, …"): the places in it describe the one named.
    public let appositionOpeners: PhraseTable<Bool>

    /// The names of the lexicon files, in the order they are read.
    public static let fileNames = ["abbreviations.tsv", "qualifiers.tsv", "units.tsv", "triggers.tsv",
                                   "doc_types.tsv", "organisations.tsv", "not_figures.tsv", "periods.tsv",
                                   "training.tsv", "targets.tsv", "name_stops.tsv", "number_words.tsv",
                                   "breakdowns.tsv", "surnames.tsv", "bodies.tsv", "clause_openers.tsv", "former_units.tsv", "titles.tsv",
                                   "aliases.tsv", "occasions.tsv", "name_fields.tsv", "corrections.tsv",
                                   "plan_scope.tsv", "departments.tsv", "month_names.tsv"]

    /// The lexicons compiled into the binary, extended by the files of the same names in
    /// `extraDirectory` when given (their lines are added; a phrase listed again takes the new value).
    public static func bundled(extraDirectory: URL? = nil) throws -> Lexicons {
        var sources: [String: [Source]] = [:]
        for name in fileNames {
            sources[name] = [Source(file: name, text: String(decoding: BundledData.lexicon(name), as: UTF8.self))]
            if let dir = extraDirectory {
                let url = dir.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: url.path) {
                    // The user's lines come after the bundled ones; errors name the user's file.
                    sources[name]?.append(Source(file: url.path, text: try String(contentsOf: url, encoding: .utf8)))
                }
            }
        }
        return try Lexicons(sources: sources)
    }

    /// The text of one lexicon file and the name its errors give.
    struct Source {
        let file: String
        let text: String
    }

    /// Compiles lexicons from file texts keyed by file name.
    public init(texts: [String: String]) throws {
        try self.init(sources: texts.mapValues { [Source(file: "", text: $0)] })
    }

    /// Compiles lexicons from the texts of each file name, in order (a phrase listed again takes the
    /// later value).
    init(sources: [String: [Source]]) throws {
        func rows(_ name: String) -> [LexiconRow] {
            (sources[name] ?? []).flatMap { LexiconFile.rows($0.text, file: $0.file.isEmpty ? name : $0.file) }
        }

        var abbreviations: Set<String> = []
        for row in rows("abbreviations.tsv") {
            let entry = try row.field(0, "abbreviation")
            guard entry.hasSuffix(".") else { throw row.error("an abbreviation ends with '.'") }
            let word = entry.dropLast().split(separator: ".").last.map(String.init) ?? ""
            abbreviations.insert(FoldedKey.fold(word))
        }
        self.abbreviations = abbreviations
        // Plain phrases (all the bundled ones) get their keys without ICU; the analyzer is opened
        // only for a phrase that needs it.
        var analyzer: Analyzer?
        func keys(_ phrase: String, _ row: LexiconRow) throws -> [String] {
            let k: [String]
            if let plain = PhraseKeys.keys(phrase) {
                k = plain
            } else {
                if analyzer == nil { analyzer = try Analyzer(abbreviations: abbreviations) }
                k = try Self.analyzedKeys(phrase, analyzer!)
            }
            if k.isEmpty { throw row.error("empty phrase") }
            return k
        }

        var before = PhraseTable<Qualifier>(), after = PhraseTable<Qualifier>()
        var comparisons = PhraseTable<Bool>()
        for row in rows("qualifiers.tsv") {
            let name = try row.field(1, "qualifier")
            // `exact`: words that end like a hedge but are none ("nộp lên cấp trên 44 triệu đồng").
            guard let q = Qualifier(rawValue: name) else { throw row.error("unknown qualifier '\(name)'") }
            switch try row.field(2, "position") {
            case "before": before.insert(try keys(row.field(0, "phrase"), row), q)
            case "comparison": comparisons.insert(try keys(row.field(0, "phrase"), row), true)
            case "after": after.insert(try keys(row.field(0, "phrase"), row), q)
            case let other: throw row.error("position is 'before', 'after' or 'comparison', not '\(other)'")
            }
        }
        qualifiersBefore = before
        qualifiersAfter = after
        self.comparisons = comparisons

        var units = PhraseTable<UnitEntry>()
        for row in rows("units.tsv") {
            let measure = try row.field(1, "measure")
            guard Measures.count.contains(measure) || measure == "training.classes" else {
                throw row.error("unknown measure '\(measure)'")
            }
            let roleName = try row.field(2, "role")
            guard let role = UnitRole(rawValue: roleName) else { throw row.error("unknown role '\(roleName)'") }
            units.insert(try keys(row.field(0, "phrase"), row), UnitEntry(measure: measure, role: role))
        }
        self.units = units

        var triggers = PhraseTable<TriggerEntry>()
        for row in rows("triggers.tsv") {
            let measure = try row.field(1, "measure")
            guard Measures.count.contains(measure) || measure == "base" || measure == "pass" else {
                throw row.error("unknown measure '\(measure)'")
            }
            let scope = try row.field(2, "applies to")
            guard ["any", "people", "party"].contains(scope) || Measures.count.contains(where: { $0 == scope || $0.hasPrefix(scope + ".") }) else {
                throw row.error("unknown family '\(scope)' (a measure family, 'any', 'people' or 'party')")
            }
            var entry = TriggerEntry(measure: measure, appliesTo: scope)
            switch row.optionalField(3) {
            case nil: break
            case "group": entry.namesGroup = true
            case "status": entry.namesStatus = true
            case "members": entry.membersOnly = true
            case let other?: throw row.error("the fourth column is empty, 'group', 'status' or 'members', not '\(other)'")
            }
            triggers.insert(try keys(row.field(0, "phrase"), row), entry)
        }
        self.triggers = triggers

        var types = PhraseTable<String>(), ignored = PhraseTable<Bool>()
        var byLetters: [String: String] = [:], programmes: Set<String> = []
        for row in rows("doc_types.tsv") {
            let name = try row.field(0, "name")
            switch row.optionalField(2) {
            case nil: break
            case "ignore": ignored.insert(try keys(name, row), true); continue
            case "programme": programmes.insert(name)
            case let other?: throw row.error("the third column is empty, 'ignore' or 'programme', not '\(other)'")
            }
            types.insert(try keys(name, row), name)
            for letters in (row.optionalField(1) ?? "").split(separator: ",") {
                let l = letters.trimmingHorizontalSpace()
                if byLetters[l] == nil { byLetters[l] = name }
            }
        }
        documentTypes = types
        ignoredDocumentTypes = ignored
        programmeDocumentTypes = programmes
        documentTypeByLetters = byLetters

        var heads = PhraseTable<OrganisationHead>()
        var expansions: [String: String] = [:]
        for row in rows("organisations.tsv") {
            let levelName = try row.field(1, "level"), kindName = try row.field(2, "kind")
            guard let level = OrganisationLevel(rawValue: levelName) else { throw row.error("unknown level '\(levelName)'") }
            guard let kind = OrganisationHeadKind(rawValue: kindName) else { throw row.error("unknown kind '\(kindName)'") }
            let phrase = try row.field(0, "phrase")
            var head = OrganisationHead(level: level, kind: kind)
            head.capitalized = phrase.first?.isUppercase ?? false
            heads.insert(try keys(phrase, row), head)
            if let full = row.optionalField(3) { expansions[FoldedKey.fold(phrase)] = FoldedKey.fold(full) }
        }
        organisationHeads = heads
        headExpansions = expansions

        var nfBefore = PhraseTable<Bool>(), nfAfter = PhraseTable<Bool>(), nfAfterNoun = PhraseTable<Bool>()
        var nfAttributes = PhraseTable<Bool>(), nfIssues = PhraseTable<Bool>(), nfDenials = PhraseTable<Bool>()
        var nfRatios = PhraseTable<Bool>()
        for row in rows("not_figures.tsv") {
            let notFigure = row.optionalField(2) != "figure"
            switch try row.field(1, "position") {
            case "before": nfBefore.insert(try keys(row.field(0, "phrase"), row), notFigure)
            case "after": nfAfter.insert(try keys(row.field(0, "phrase"), row), notFigure)
            case "after_noun": nfAfterNoun.insert(try keys(row.field(0, "phrase"), row), notFigure)
            case "attribute": nfAttributes.insert(try keys(row.field(0, "phrase"), row), notFigure)
            case "issue": nfIssues.insert(try keys(row.field(0, "phrase"), row), true)
            case "denial": nfDenials.insert(try keys(row.field(0, "phrase"), row), true)
            case "ratio":
                nfRatios.insert(try keys(row.field(0, "phrase"), row), true)
                nfBefore.insert(try keys(row.field(0, "phrase"), row), true)
            case let other:
                throw row.error("position is 'before', 'after', 'after_noun', 'attribute', 'issue', 'denial' or 'ratio', not '\(other)'")
            }
        }
        publicationWords = nfIssues
        denials = nfDenials
        notFigureBefore = nfBefore
        notFigureAfter = nfAfter
        notFigureAfterNoun = nfAfterNoun
        notFigureAttributes = nfAttributes
        ratioOpeners = nfRatios

        /// A one-column file of phrases as a set.
        func phraseSet(_ file: String) throws -> PhraseTable<Bool> {
            var table = PhraseTable<Bool>()
            for row in rows(file) { table.insert(try keys(row.field(0, "phrase"), row), true) }
            return table
        }
        periods = try phraseSet("periods.tsv")

        nameStops = try phraseSet("name_stops.tsv")
        var words: [String: NumberWord] = [:]
        for row in rows("number_words.tsv") {
            let word = try row.field(0, "word")
            guard let value = Double(try row.field(1, "value")) else { throw row.error("value is not a number") }
            let roleName = try row.field(2, "role")
            guard let role = NumberWordRole(rawValue: roleName) else { throw row.error("unknown role '\(roleName)'") }
            words[FoldedKey.fold(word)] = NumberWord(value: value, role: role)
        }
        numberWords = words
        var numberWordTable = PhraseTable<NumberWord>()
        for (key, word) in words { numberWordTable.insert([key], word) }
        self.numberWordTable = numberWordTable
        var markers = PhraseTable<Bool>(), groups = PhraseTable<Bool>()
        var respective = PhraseTable<Bool>(), restating = PhraseTable<Bool>(), tiers = PhraseTable<Bool>()
        var examples = PhraseTable<Bool>(), standouts = PhraseTable<Bool>(), sameFigure = PhraseTable<Bool>()
        var ranks = PhraseTable<Bool>()
        for row in rows("breakdowns.tsv") {
            let k = try keys(row.field(0, "phrase"), row)
            switch try row.field(1, "role") {
            case "marker": markers.insert(k, true)
            case "list": markers.insert(k, false)
            case "group": groups.insert(k, true)
            case "respective": respective.insert(k, true)
            case "restates": restating.insert(k, true)
            case "tier": tiers.insert(k, true)
            case "example": examples.insert(k, true)
            case "standout": standouts.insert(k, true)
            case "same": sameFigure.insert(k, true)
            case "rank": ranks.insert(k, true)
            case let other: throw row.error("role is marker, list, group, respective, restates, tier, example, standout, same or rank, not '\(other)'")
            }
        }
        breakdownMarkers = markers
        respectiveMarkers = respective
        exampleMarkers = examples
        standoutWords = standouts
        rankWords = ranks
        sameFigureWords = sameFigure
        restatingNouns = restating
        tierWords = tiers
        var surnames: Set<String> = [], middles: Set<String> = []
        for row in rows("surnames.tsv") {
            let word = FoldedKey.fold(try row.field(0, "word"))
            switch try row.field(1, "role") {
            case "surname": surnames.insert(word)
            case "middle": middles.insert(word)
            case let other: throw row.error("role is surname or middle, not '\(other)'")
            }
        }
        self.surnames = surnames
        middleNames = middles
        surnameKeys = KeySet(surnames)
        middleNameKeys = KeySet(middles)
        groupLabels = groups
        var targets = PhraseTable<Bool>(), quotas = PhraseTable<String>()
        for row in rows("targets.tsv") {
            let k = try keys(row.field(0, "phrase"), row)
            // "not": a phrase that holds a target word but sets no target ("được giao quản lý").
            let notTarget = row.optionalField(1) == "not"
            targets.insert(k, !notTarget)
            if let measure = row.optionalField(1), !notTarget {
                guard Measures.count.contains(measure) else { throw row.error("unknown measure '\(measure)'") }
                quotas.insert(k, measure)
            }
        }
        targetMarkers = targets
        quotaMeasures = quotas
        self.bodies = try phraseSet("bodies.tsv")
        departmentHeads = try phraseSet("departments.tsv")
        clauseOpeners = try phraseSet("clause_openers.tsv")
        aliasMarkers = try phraseSet("aliases.tsv")
        occasionOpeners = try phraseSet("occasions.tsv")
        var months = PhraseTable<Int>()
        for row in rows("month_names.tsv") {
            guard let month = Int(try row.field(1, "month")), (1...12).contains(month) else { throw row.error("month is not 1–12") }
            months.insert(try keys(row.field(0, "phrase"), row), month)
        }
        monthNames = months
        nameFields = try phraseSet("name_fields.tsv")
        /// A file of phrases with a role column, as one set per role (in `roles` order), each phrase
        /// with the value true; a role of `falseIn` goes into the set of the role it names, with the
        /// value false ("note" into "opener").
        func phraseSets(_ file: String, roles: [String], falseIn: [String: String] = [:]) throws -> [PhraseTable<Bool>] {
            var tables = [PhraseTable<Bool>](repeating: PhraseTable<Bool>(), count: roles.count)
            for row in rows(file) {
                let k = try keys(row.field(0, "phrase"), row)
                let role = try row.field(1, "role")
                if let i = roles.firstIndex(of: role) {
                    tables[i].insert(k, true)
                } else if let host = falseIn[role], let i = roles.firstIndex(of: host) {
                    tables[i].insert(k, false)
                } else {
                    throw row.error("role is \((roles + falseIn.keys.sorted()).joined(separator: " or ")), not '\(role)'")
                }
            }
            return tables
        }
        let training = try phraseSets("training.tsv", roles: ["link", "attend", "open", "pupil"],
                                      falseIn: ["attend_count": "attend"])
        (trainingLinks, trainingAttend, trainingOpen, schoolPupils) = (training[0], training[1], training[2], training[3])
        let corrections = try phraseSets("corrections.tsv", roles: ["opener", "retraction", "asker", "answer", "slip"],
                                         falseIn: ["note": "opener"])
        (correctionOpeners, retractionWords, interviewAskers, answerCorrections, slipWords)
            = (corrections[0], corrections[1], corrections[2], corrections[3], corrections[4])
        let plans = try phraseSets("plan_scope.tsv", roles: ["reference", "break", "future", "plan", "each", "planned"],
                                   falseIn: ["done": "planned"])
        (planReferences, planBreaks, futureMarkers, planNouns, normWords, columnWords)
            = (plans[0], plans[1], plans[2], plans[3], plans[4], plans[5])
        var columnEnds: [String] = []
        for row in rows("plan_scope.tsv") where row.fields.count > 1 && (row.fields[1] == "planned" || row.fields[1] == "done") {
            if let last = try keys(row.field(0, "phrase"), row).last { columnEnds.append(last) }
        }
        columnWordEnds = KeySet(columnEnds)
        let former = try phraseSets("former_units.tsv", roles: ["merge", "former", "before"])
        (mergeWords, formerWords, formerOpeners) = (former[0], former[1], former[2])
        let people = try phraseSets("titles.tsv", roles: ["title", "says", "apposition"])
        (personTitles, sayingVerbs, appositionOpeners) = (people[0], people[1], people[2])
    }
}

extension Lexicons {
    /// The keys of `phrase` as the text pipeline sees it: normalised, tokenised by `analyzer`, the
    /// keys of its non-space tokens. `PhraseKeys` gives the same without ICU for plain phrases.
    static func analyzedKeys(_ phrase: String, _ analyzer: Analyzer) throws -> [String] {
        let analysis = try analyzer.analyze(try Normalizer.normalize(phrase))
        return analysis.contentTokens.map { analysis.tokens[$0].key }
    }
}

/// The measures of the output contract.
public enum Measures {
    /// Every `count` measure.
    public static let count: Set<String> = [
        "party_members.total", "party_members.admitted", "party_members.struck_off", "party_members.dismissed",
        "party_members.expelled", "party_members.disciplined", "party_members.badge_awarded",
        "party_members.official", "party_units.total", "party_units.new", "candidates.total", "other",
    ]
}
