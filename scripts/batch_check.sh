#!/usr/bin/env bash
# The batch acceptance at full size: N generated articles (default 1,000) through `solieu batch`.
#   scripts/batch_check.sh [N] [SOLIEU]      (SOLIEU defaults to .build/release/solieu, built if missing)
# Checks and prints: N records; byte-identical output with --jobs 1 and --jobs 2; a run stopped halfway
# by Ctrl-C (SIGINT) and one killed halfway (SIGKILL), each resumed with --resume, equal to the
# uninterrupted run; every record valid; CSV round-trips every field through Python's csv module.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
bin=${2:-.build/release/solieu}
[ -x "$bin" ] || swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_articles.py "$work/articles" "$n" >/dev/null
echo "corpus: $n articles, $(find "$work/articles" -type f | wc -l) files, $(du -sk "$work/articles" | cut -f1) KB"

lines() { cat "$@" 2>/dev/null | wc -l || true; }  # lines in the files that exist

timed() {  # timed LABEL COMMAND…: runs the command, prints its wall time and peak memory
    local label=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "$label: %e s, peak RSS %M KB" "$@"
    else
        local start=$SECONDS; "$@"; echo "$label: $((SECONDS - start)) s"
    fi
}
timed "jobs 1" "$bin" batch "$work/articles" --jobs 1 -q -o "$work/j1.jsonl"
timed "jobs 2" "$bin" batch "$work/articles" --jobs 2 -q -o "$work/j2.jsonl"
records=$(wc -l < "$work/j1.jsonl")
echo "records: $records (expected $n)"
[ "$records" -eq "$n" ]
cmp "$work/j1.jsonl" "$work/j2.jsonl"
echo "jobs 1 and jobs 2: byte-identical ($(wc -c < "$work/j1.jsonl") bytes)"
"$bin" validate "$work/j1.jsonl" | tail -n 1

for sig in INT KILL; do
    out="$work/cut-$sig.jsonl"
    "$bin" batch "$work/articles" --jobs 2 -q -o "$out" 2>/dev/null &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && [ "$(lines "$out.partial")" -lt $((n / 2)) ]; do sleep 0.01; done
    kill -s "$sig" "$pid" 2>/dev/null || true
    status=0; wait "$pid" 2>/dev/null || status=$?
    kept=$(lines "$out" "$out.partial")
    "$bin" batch "$work/articles" --jobs 2 -q -o "$out" --resume
    cmp "$out" "$work/j1.jsonl"
    echo "SIG$sig halfway (exit $status, $kept records kept), then --resume: identical to the uninterrupted run"
done

"$bin" batch "$work/articles" -q --format csv --bom -o "$work/facts.csv"
python3 scripts/check_csv.py "$work/j1.jsonl" "$work/facts.csv"
echo "batch check passed"
