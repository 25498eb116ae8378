#!/usr/bin/env python3
"""Checks that a CSV written by `solieu ... --format csv` round-trips every field of the JSON records.

    python3 scripts/check_csv.py RECORDS.jsonl FACTS.csv

RECORDS.jsonl and FACTS.csv must come from the same input. The CSV is read with Python's csv module
(a byte order mark is allowed); each row must equal the fields of its fact in the records, in order.
Prints the number of rows and exits 0, or prints the first differences and exits 1.
"""
import csv
import json
import sys

COLUMNS = ["id", "url", "published", "kind", "measure", "value", "value_max", "classes", "participants", "unit",
           "qualifier", "modality", "subject", "period", "doc_type", "number", "date", "evidence_text",
           "evidence_start", "evidence_end"]


def text(value):
    """A JSON value as SoLieu writes it in a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def expected_rows(records_path):
    with open(records_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            for fact in record["facts"]:
                unit = fact.get("participant_unit") if fact["kind"] == "training" else fact.get("unit")
                cells = {"id": record["id"], "url": record.get("url"), "published": record["published"],
                         "unit": unit, "evidence_text": fact["evidence"]["text"],
                         "evidence_start": fact["evidence"]["start"], "evidence_end": fact["evidence"]["end"]}
                yield [text(cells[c] if c in cells else fact.get(c)) for c in COLUMNS]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    problems = []
    if not rows or rows[0] != COLUMNS:
        problems.append(f"header: {rows[0] if rows else None}")
    expected = list(expected_rows(sys.argv[1]))
    if len(rows) - 1 != len(expected):
        problems.append(f"{len(rows) - 1} rows, {len(expected)} facts")
    for n, (got, want) in enumerate(zip(rows[1:], expected), start=2):
        if got != want:
            diffs = [f"{c}: {g!r} != {w!r}" for c, g, w in zip(COLUMNS, got, want) if g != w]
            problems.append(f"row {n}: " + "; ".join(diffs or [f"{len(got)} cells"]))
    if problems:
        print("\n".join(problems[:10]))
        sys.exit(1)
    tricky = sum(1 for row in expected for cell in row if any(c in cell for c in ',"\n\r'))
    print(f"{len(expected)} rows, {len(COLUMNS)} columns: every field round-trips ({tricky} cells needed quoting)")


if __name__ == "__main__":
    main()
