"""Writes the fuzz target's seed corpus: each article and spec input of corpus/, prefixed by the mode
byte the target reads (format auto/text/html/jsonl, a JSON line, the size limit), in the forms that
reach each way in."""
import json
import pathlib
import sys

corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*/*.txt"))]
for spec in sorted(corpus.glob("specs/*.json")):
    cases = json.loads(spec.read_text(encoding="utf-8"))
    for case in cases if isinstance(cases, list) else cases.get("cases", []):
        if isinstance(case, dict) and isinstance(case.get("input"), str):
            texts.append(case["input"])
n = 0
def seed(mode, data):
    global n
    (out / f"seed-{n:05d}").write_bytes(bytes([mode]) + data)
    n += 1
for text in texts:
    utf8 = text.encode("utf-8")[:16000]
    seed(1, utf8)                                             # text
    seed(2, b"<html><body><p>" + utf8.replace(b"\n", b"</p><p>") + b"</p></body></html>")  # html
    seed(7, json.dumps({"id": "a", "text": text[:4000]}, ensure_ascii=False).encode())    # a JSON line
    seed(0, b"\xff\xfe" + text[:4000].encode("utf-16-le"))   # UTF-16 with a BOM
print(f"{n} seeds in {out}", file=sys.stderr)
