/// Folded keys of the few function words that recognisers test directly (grammar, not vocabulary:
/// vocabulary lives in the lexicons), and of the punctuation they test, as `KeyConstant`s: tested
/// with `Token.hasKey`, `TextAnalysis.keyIs` or `FactContext.keyIs`, by hash first.
enum Keys {
    /// The words that join the items of a list: "," and "và".
    static let listJoins: KeySet = [comma, va]
    /// The dashes that set apart columns and captions: "-", "–", "—".
    static let dashes: KeySet = [hyphen, enDash, emDash]
    /// Verbs of going that a destination follows ("trung chuyển rau đi TP. Hồ Chí Minh", "Chuyến thứ
    /// hai ra đặc khu Hòn Mỏ").
    static let goingTo: KeySet = [KeyConstant(folding: "đi"), KeyConstant(folding: "sang"), KeyConstant(folding: "ra")]
    static let them = KeyConstant(folding: "thêm")
    /// "thì": opens the part of a ratio ("cứ 10 đảng viên thì có 7 người …").
    static let thi = KeyConstant(folding: "thì")
    /// "tuổi": an age after its number ("dưới 35 tuổi").
    static let tuoi = KeyConstant(folding: "tuổi")
    static let tu = KeyConstant(folding: "từ")
    static let nay = KeyConstant(folding: "nay")
    static let nam = KeyConstant(folding: "năm")
    static let het = KeyConstant(folding: "hết")
    static let ngay = KeyConstant(folding: "ngày")
    static let thang = KeyConstant(folding: "tháng")
    /// "mùng", "mồng" before the day of a month (the first ten days: "mùng 5 tháng Sáu").
    static let mung = KeyConstant(folding: "mùng"), mong = KeyConstant(folding: "mồng")
    static let dau = KeyConstant(folding: "đầu")
    static let cuoi = KeyConstant(folding: "cuối")
    /// Words of periods: "tính đến", "9 tháng qua", "tháng 5 vừa qua", "dịp 3/2", "đợt 19/5".
    static let tinh = KeyConstant(folding: "tính"), past = KeyConstant(folding: "qua"), vua = KeyConstant(folding: "vừa")
    static let dip = KeyConstant(folding: "dịp"), dot = KeyConstant(folding: "đợt")
    static let trong = KeyConstant(folding: "trong")
    static let tong = KeyConstant(folding: "tổng")
    static let gom = KeyConstant(folding: "gồm")
    static let giai = KeyConstant(folding: "giai")
    static let doan = KeyConstant(folding: "đoạn")
    static let nhiem = KeyConstant(folding: "nhiệm")
    static let quy = KeyConstant(folding: "quý")
    static let ky = KeyConstant(folding: "kỳ")
    static let hoc = KeyConstant(folding: "học")
    static let so = KeyConstant(folding: "số")
    static let phan = KeyConstant(folding: "phần")
    static let tram = KeyConstant(folding: "trăm")
    static let cua = KeyConstant(folding: "của")
    static let ve = KeyConstant(folding: "về")
    static let nhu = KeyConstant(folding: "như")
    static let tai = KeyConstant(folding: "tại")
    static let o = KeyConstant(folding: "ở")
    static let thuoc = KeyConstant(folding: "thuộc")
    /// "nguyên", "cựu" before a title: former.
    static let nguyenFormer = KeyConstant(folding: "nguyên"), cuuFormer = KeyConstant(folding: "cựu")
    static let duoc = KeyConstant(folding: "được"), bi = KeyConstant(folding: "bị")
    static let va = KeyConstant(folding: "và")
    static let vao = KeyConstant(folding: "vào")
    static let thanhInto = KeyConstant(folding: "thành")
    static let truong = KeyConstant(folding: "trưởng")
    static let cac = KeyConstant(folding: "các")
    static let uy = KeyConstant(folding: "ủy")
    static let vien = KeyConstant(folding: "viên")
    static let nhung = KeyConstant(folding: "những")
    static let den = KeyConstant(folding: "đến")
    static let toi = KeyConstant(folding: "tới")
    static let tro = KeyConstant(folding: "trở")
    static let doBy = KeyConstant(folding: "do")
    static let moi = KeyConstant(folding: "mỗi")
    static let ban = KeyConstant(folding: "bản")
    static let voi = KeyConstant(folding: "với")
    static let cho = KeyConstant(folding: "cho")
    /// "phẩy": the decimal comma said in words ("năm mươi hai phẩy năm").
    static let phay = KeyConstant(folding: "phẩy")
    /// "không": zero among spoken decimals ("phẩy không năm"), a negation elsewhere.
    static let khong = KeyConstant(folding: "không")
    /// "so" of "so với" (compared with).
    static let soCompared = KeyConstant(folding: "so")
    static let cung = KeyConstant(folding: "cùng")
    /// "con" of "con số" ("con số 94 đảng viên": a figure named as such).
    static let conNoun = KeyConstant(folding: "con")
    /// "gấp" of "gấp đôi", "gấp 3 lần": a multiple of what is compared.
    static let gap = KeyConstant(folding: "gấp")
    static let cungAlso = KeyConstant(folding: "cũng")
    static let noi = KeyConstant(folding: "nơi")
    static let la = KeyConstant(folding: "là")
    static let tung = KeyConstant(folding: "từng")
    static let von = KeyConstant(folding: "vốn")
    static let da = KeyConstant(folding: "đã")
    static let co = KeyConstant(folding: "có")
    static let moiNew = KeyConstant(folding: "mới")
    static let len = KeyConstant(folding: "lên")
    static let xuong = KeyConstant(folding: "xuống")
    static let con = KeyConstant(folding: "còn")
    static let chiem = KeyConstant(folding: "chiếm")
    static let donVi = ["đơn", "vị"].map { KeyConstant(folding: $0) }
    static let theo = KeyConstant(folding: "theo")
    static let rieng = KeyConstant(folding: "riêng")
    static let nhat = KeyConstant(folding: "nhất")
    static let thu = KeyConstant(folding: "thứ")
    static let sau = KeyConstant(folding: "sau")
    /// "kết quả" (the results of), opening a list's label.
    static let ket = KeyConstant(folding: "kết")
    static let qua = KeyConstant(folding: "quả")
    /// "bình quân" (on average).
    static let binh = KeyConstant(folding: "bình")
    static let quan = KeyConstant(folding: "quân")
    /// Words before "sau" in a ranking ("chỉ sau", "đứng sau", "xếp sau": second only to …).
    static let rankedBehind: KeySet = [KeyConstant(folding: "chỉ"), KeyConstant(folding: "đứng"), KeyConstant(folding: "xếp")]
    /// Words that follow a subject's name and end it ("Chi bộ Phòng khám đa khoa có 16 đảng viên").
    static let afterSubject = KeySet(["có", "với", "hiện", "đã", "vừa", "được", "là", "gồm"].map(FoldedKey.fold))
    static let phia = KeyConstant(folding: "phía")
    static let giao = KeyConstant(folding: "giao")
    static let gui = KeyConstant(folding: "gửi")
    static let maThat = KeyConstant(folding: "mà")
    /// The generic noun of people counted ("450 người").
    static let nguoi = KeyConstant(folding: "người")

    // Punctuation (a punctuation token's key is its text).
    static let comma = KeyConstant(key: ",")
    static let semicolon = KeyConstant(key: ";")
    static let bar = KeyConstant(key: "|")
    static let colon = KeyConstant(key: ":")
    static let fullStop = KeyConstant(key: ".")
    static let slash = KeyConstant(key: "/")
    static let hyphen = KeyConstant(key: "-")
    static let ampersand = KeyConstant(key: "&")
    static let enDash = KeyConstant(key: "–")
    static let emDash = KeyConstant(key: "—")
    static let openingBracket = KeyConstant(key: "(")
    static let closingBracket = KeyConstant(key: ")")
    static let percentSign = KeyConstant(key: "%")
    static let fullwidthPercentSign = KeyConstant(key: "％")
    static let lineBreak = KeyConstant(key: "\n")
}
