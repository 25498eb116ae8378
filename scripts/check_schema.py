#!/usr/bin/env python3
"""Validate JSON Lines records against the article schema with Python's jsonschema (Draft 2020-12),
independently of SoLieu's own validator. Exits 1 when any record is invalid."""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) < 3:
        print("usage: check_schema.py SCHEMA RECORDS.jsonl...", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    checked = bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                checked += 1
                errors = list(validator.iter_errors(json.loads(line)))
                if errors:
                    bad += 1
                    for e in errors:
                        print(f"{path}:{number}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    print(f"jsonschema: {checked - bad} of {checked} records valid")
    return 1 if bad or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
