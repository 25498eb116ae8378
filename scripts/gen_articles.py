#!/usr/bin/env python3
"""Writes N generated Vietnamese articles into a folder, for batch tests and benchmarks.

    python3 scripts/gen_articles.py DIR N [--seed S]

Deterministic for a given N and seed. Most articles are .txt files in sub-folders (one per province);
every 10th is an HTML page; every 25th goes, with its neighbours, into a JSON Lines file of scraped
articles instead of a file of its own. Whatever the mix, DIR holds exactly N articles, so
`solieu batch DIR` writes N records.
"""
import argparse
import html
import json
import os
import random

PROVINCES = ["Bình Định", "Khánh Hòa", "Quảng Nam", "Hà Tĩnh", "Cà Mau", "Lai Châu", "Yên Bái", "Trà Vinh",
             "Đồng Nai", "Bắc Giang", "Quảng Ninh", "Bình Thuận"]
PLACES = ["Bá Xuyên", "Tân Hòa", "An Phú", "Phước Hảo", "Mường Tè", "Hòa Vang", "Thủy Nguyên", "Minh Thành",
          "Đông Lạc", "Vĩnh An", "Điện Phước", "Hàm Phú", "Bình Khánh", "Nam Cầm", "Lâm Giang"]
LEVELS = ["xã", "phường", "thị trấn", "huyện", "thị xã"]
AUTHORS = ["Quỳnh Mai", "Thu Trang", "Ngọc Hân", "Minh Đức", "Thanh Hà"]
DOCS = [("Chỉ thị", "28-CT/TW", "21/01/2019", "Ban Bí thư"), ("Nghị quyết", "21-NQ/TW", "16/06/2022", "Hội nghị Trung ương 5"),
        ("Quy định", "102-QĐ/TW", "15/11/2017", "Bộ Chính trị"), ("Hướng dẫn", "12-HD/BTCTW", "06/05/2022", "Ban Tổ chức Trung ương")]


def article(rng, i):
    province = rng.choice(PROVINCES)
    subject = f"Đảng bộ {rng.choice(LEVELS)} {rng.choice(PLACES)}"
    year = rng.choice([2021, 2022, 2023])
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    total, units = rng.randint(120, 6000), rng.randint(8, 60)
    admitted, share = rng.randint(3, 400), rng.randint(40, 99)
    classes, people = rng.randint(2, 12), rng.randint(40, 600)
    doc = rng.choice(DOCS)
    title = f"{subject} kết nạp {admitted} đảng viên mới"
    paragraphs = [
        f"{subject} (tỉnh {province}) hiện có {total:,} đảng viên, sinh hoạt ở {units} chi bộ.".replace(",", "."),
        f"Năm {year}, {subject} kết nạp được {admitted} đảng viên, gần {share}% có trình độ đại học.",
        f"Đảng bộ đã mở {classes} lớp bồi dưỡng nhận thức về Đảng cho {people} quần chúng ưu tú.",
        f"Các chi bộ thực hiện {doc[0]} số {doc[1]} ngày {doc[2]} của {doc[3]}.",
        f"Bài viết số {i + 1} trong loạt bài về công tác xây dựng Đảng.",
    ]
    return {"id": f"art-{i + 1:05d}", "title": title, "date_line": f"Thứ Hai, {day:02d}/{month:02d}/{year} 08:30",
            "published": f"{year}-{month:02d}-{day:02d}T08:30:00+07:00", "paragraphs": paragraphs,
            "author": rng.choice(AUTHORS), "province": province}


def as_text(a):
    return "\n".join([a["title"], a["date_line"], *a["paragraphs"], a["author"]]) + "\n"


def as_html(a):
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in a["paragraphs"])
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(a["title"])}</title>\n'
            f'<meta property="article:published_time" content="{a["published"]}">\n'
            f'<script>var total = "999 đảng viên";</script><style>p{{margin:0}}</style></head>\n'
            f'<body><nav><a href="/">Trang chủ</a> &gt; Xây dựng Đảng</nav>\n<article><h1>{html.escape(a["title"])}</h1>\n'
            f'{body}<p class="author">{html.escape(a["author"])}</p></article>\n'
            f'<footer>Giấy phép số 123/GP-BTTTT ngày 01/01/2005</footer></body></html>\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    feed = []
    for i in range(args.n):
        a = article(rng, i)
        folder = os.path.join(args.dir, a["province"].replace(" ", "-").lower())
        os.makedirs(folder, exist_ok=True)
        if i % 25 == 24:
            feed.append(json.dumps({"id": a["id"], "url": f"https://baodientu.example/{a['id']}?tags=xay-dung,dang-vien", "title": a["title"],
                                    "text": "\n".join(a["paragraphs"]), "published": a["published"]}, ensure_ascii=False))
            if len(feed) == 8 or i == args.n - 1:
                with open(os.path.join(args.dir, f"feed-{i + 1:05d}.jsonl"), "w", encoding="utf-8") as f:
                    f.write("\n".join(feed) + "\n")
                feed = []
        elif i % 10 == 9:
            with open(os.path.join(folder, a["id"] + ".html"), "w", encoding="utf-8") as f:
                f.write(as_html(a))
        else:
            with open(os.path.join(folder, a["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(as_text(a))
    if feed:
        with open(os.path.join(args.dir, "feed-last.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(feed) + "\n")
    print(f"{args.n} articles in {args.dir}")


if __name__ == "__main__":
    main()
