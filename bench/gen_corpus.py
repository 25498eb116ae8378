#!/usr/bin/env python3
"""Generates a benchmark corpus of Vietnamese party-building articles, deterministically.

    python3 bench/gen_corpus.py DIR --mb 100 [--seed 7]

Writes about --mb megabytes of UTF-8 .txt articles (3-5 KB each, like the annotated corpus) into
DIR/NNNN/ sub-folders of 1,000 files. Each article has a headline, a date line, 5-9 paragraphs
assembled from sentence patterns of the genre with varied figures (digits, grouped thousands,
decimals, number words, ranges, hedges), organisation names, document codes and dates, and a
byline. The same seed and size give the same bytes.
"""
import argparse
import os
import random

PROVINCES = ["Bình Định", "Khánh Hòa", "Quảng Nam", "Hà Tĩnh", "Cà Mau", "Lai Châu", "Yên Bái", "Trà Vinh",
             "Đồng Nai", "Bắc Giang", "Quảng Ninh", "Bình Thuận", "Nghệ An", "Thanh Hóa", "Sơn La", "Gia Lai"]
SYLLABLES = ["Bá", "Xuyên", "Tân", "Hòa", "An", "Phú", "Phước", "Hảo", "Mường", "Tà", "Vĩnh", "Lạc", "Điện",
             "Hàm", "Bình", "Khánh", "Nam", "Cẩm", "Lâm", "Giang", "Sơn", "Thủy", "Đông", "Tây", "Trung", "Hưng",
             "Long", "Thành", "Minh", "Quang", "Hồng", "Lĩnh", "Yên", "Thượng", "Hạ", "Kim", "Ngọc"]
LEVELS = ["xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố"]
ENTITIES = ["Công ty cổ phần", "Trường Đại học", "Bệnh viện Đa khoa", "Trung đoàn", "Đồn Biên phòng", "Tổng công ty"]
AUTHORS = ["Quỳnh Mai", "Thu Trang", "Ngọc Hân", "Minh Đức", "Thanh Hà", "Bài, ảnh: Lê Hoa", "Hoàng Anh (TTXVN)"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
DOC_TYPES = [("Chỉ thị", "CT/TW"), ("Nghị quyết", "NQ/TW"), ("Quy định", "QĐ/TW"), ("Hướng dẫn", "HD/BTCTW"),
             ("Kết luận", "KL/TW"), ("Kế hoạch", "KH/TU"), ("Chương trình", "CTr/HU")]
ISSUERS = ["Ban Bí thư", "Bộ Chính trị", "Ban Chấp hành Trung ương", "Ban Tổ chức Trung ương",
           "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Huyện ủy"]
WORDS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười",
         15: "mười lăm", 21: "hai mươi mốt", 24: "hai mươi tư", 25: "hai mươi lăm", 50: "năm mươi",
         105: "một trăm linh năm", 3000: "ba nghìn"}


def name(rng):
    return " ".join(rng.sample(SYLLABLES, rng.choice([2, 2, 3])))


def grouped(n):
    return f"{n:,}".replace(",", ".")


def figure(rng, lo, hi):
    n = rng.randint(lo, hi)
    if n in WORDS and rng.random() < 0.5:
        return WORDS[n]
    return grouped(n)


def date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2023)
    # Callers write "ngày {date}", so the worded form leaves out its own "ngày".
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d} tháng {m} năm {y}"])


def org(rng):
    if rng.random() < 0.7:
        return f"Đảng bộ {rng.choice(LEVELS)} {name(rng)}"
    return f"Đảng bộ {rng.choice(ENTITIES)} {name(rng)}"


def doc(rng):
    kind, code = rng.choice(DOC_TYPES)
    number = f"{rng.randint(1, 120):02d}-{code}"
    return f"{kind} số {number} ngày {date(rng)} của {rng.choice(ISSUERS)}"


SENTENCES = [
    lambda r, s: f"{s} hiện có {figure(r, 80, 9000)} đảng viên, sinh hoạt ở {r.randint(5, 60)} chi bộ.",
    lambda r, s: f"Từ đầu nhiệm kỳ đến nay, {s} đã kết nạp {figure(r, 3, 900)} đảng viên mới, đạt {r.randint(80, 130)}% chỉ tiêu.",
    lambda r, s: f"Năm {r.randint(2019, 2023)}, Đảng bộ kết nạp được {figure(r, 2, 400)} đảng viên, trong đó nữ {r.randint(1, 60)}.",
    lambda r, s: f"Đảng ủy phấn đấu kết nạp từ {r.randint(10, 40)} đến {r.randint(41, 80)} đảng viên mỗi năm.",
    lambda r, s: f"Trung tâm Chính trị huyện {name(r)} đã mở {r.randint(2, 15)} lớp bồi dưỡng nhận thức về Đảng cho {grouped(r.randint(60, 1500))} quần chúng ưu tú.",
    lambda r, s: f"Gần {r.randint(50, 99)}% đảng viên mới có trình độ chuyên môn từ trung cấp trở lên; khoảng {r.randint(10, 40)},{r.randint(1, 9)}% là đoàn viên thanh niên.",
    lambda r, s: f"Thực hiện {doc(r)} về nâng cao chất lượng kết nạp đảng viên, {s} đã rà soát nguồn quần chúng ưu tú.",
    lambda r, s: f"Trong năm, các cấp ủy đã xóa tên {r.randint(1, 40)} đảng viên, cho ra khỏi Đảng {r.randint(1, 20)} đảng viên; thi hành kỷ luật {r.randint(5, 80)} đảng viên, trong đó khai trừ {r.randint(1, 9)}.",
    lambda r, s: f"Nhân dịp kỷ niệm ngày thành lập Đảng, Huyện ủy đã trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho {grouped(r.randint(20, 1500))} đảng viên.",
    lambda r, s: f"Đồng chí {r.choice(['Nguyễn', 'Trần', 'Lê', 'Phạm'])} Văn {r.choice(SYLLABLES)}, Bí thư Đảng ủy, cho biết: Đảng bộ đã công nhận đảng viên chính thức cho {r.randint(5, 200)} đồng chí.",
    lambda r, s: f"Toàn huyện hiện còn {r.randint(1, 30)} thôn, bản chưa có chi bộ; hơn {grouped(r.randint(100, 4000))} hộ nghèo đã được hỗ trợ {r.randint(1, 9)},{r.randint(1, 9)} tỷ đồng.",
    lambda r, s: f"Chi bộ thôn {r.randint(1, 12)} có {r.randint(8, 60)} đảng viên, trong {r.randint(5, 17)} năm qua mới kết nạp được {r.randint(1, 5)} đảng viên.",
    lambda r, s: f"Ủy ban Kiểm tra các cấp đã kiểm tra {r.randint(5, 90)} tổ chức đảng và {r.randint(10, 300)} đảng viên; giám sát {r.randint(5, 120)} tổ chức đảng.",
    lambda r, s: f"Theo Quyết định số {r.randint(100, 4999)}/QĐ-UBND ngày {date(r)} của UBND tỉnh, kinh phí hỗ trợ là {r.randint(1, 90)} tỷ đồng.",
    lambda r, s: f"Mục tiêu đến năm {r.randint(2025, 2030)}, 100% thôn, tổ dân phố có chi bộ; mỗi chi bộ kết nạp ít nhất 01 đảng viên.",
    lambda r, s: f"Công tác phát triển đảng viên được thực hiện theo {doc(r)} và hướng dẫn của cấp trên, bảo đảm đúng quy trình, thủ tục.",
    lambda r, s: f"Nhờ làm tốt công tác tạo nguồn, chất lượng đảng viên mới ngày càng được nâng lên, góp phần xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.",
]


def article(rng):
    subject = org(rng)
    province = rng.choice(PROVINCES)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2021, 2024)
    lines = [f"{subject} kết nạp {rng.randint(5, 500)} đảng viên mới",
             f"{rng.choice(WEEKDAYS)}, {d:02d}/{m:02d}/{y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
             f"{subject} (tỉnh {province}) luôn coi trọng công tác phát triển đảng viên, xác định đây là nhiệm vụ thường xuyên."]
    for _ in range(rng.randint(5, 9)):
        sentences = [rng.choice(SENTENCES)(rng, subject) for _ in range(rng.randint(3, 5))]
        lines.append(" ".join(sentences))
    lines.append(rng.choice(AUTHORS))
    return "\n\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.mb * 1024 * 1024)
    written = 0
    i = 0
    while written < target:
        folder = os.path.join(args.dir, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        data = article(rng).encode("utf-8")
        with open(os.path.join(folder, f"a{i:07d}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        i += 1
    print(f"{i} articles, {written / 1024 / 1024:.1f} MB in {args.dir}")


if __name__ == "__main__":
    main()
