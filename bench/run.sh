#!/usr/bin/env bash
# The SoLieu benchmark: one table, from one run, of
#   - the reference: ICU's NFC quick check + word-break iteration with rule status, in-process (MB/s);
#   - full extraction with one worker, in-process (MB/s, articles/s) and its ratio to the reference;
#   - `solieu batch` with all cores, and its ratio to `--jobs 1`;
#   - start-up: wall time of `solieu extract` on one 4 KB article (median of 20 runs);
#   - peak resident memory of `solieu batch` over large corpora.
# Every figure is the median of BENCH_RUNS runs (default 5), with min and max.
#
#   bench/run.sh                    # full: 20 MB for speed, 100 MB and 1024 MB for memory
#   BENCH_LARGE_MB="100" bench/run.sh
#   BENCH_SMALL_MB=5 BENCH_LARGE_MB=10 BENCH_RUNS=3 bench/run.sh   # a quick check
#   BENCH_RSS_RUNS=1 bench/run.sh   # one run per peak-memory measure (the 1 GB one takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-5}
RSS_RUNS=${BENCH_RSS_RUNS:-$RUNS}   # runs of each peak-memory measure (a 1 GB run takes minutes)
SMALL_MB=${BENCH_SMALL_MB:-20}
LARGE_MB=${BENCH_LARGE_MB:-"100 1024"}
WORK=${BENCH_DIR:-.build/bench}
JOBS=$(nproc)

swift build -c release --product solieu >/dev/null
swift build -c release --product solieu-bench >/dev/null
BIN=.build/release/solieu
BENCH=.build/release/solieu-bench
mkdir -p "$WORK"

corpus() {  # corpus MB -> prints the folder, generating it once per size
    local dir="$WORK/corpus-$1mb"
    [ -d "$dir" ] || python3 bench/gen_corpus.py "$dir" --mb "$1" --seed 7 >/dev/null
    echo "$dir"
}

stats() {  # reads numbers, prints "median min max"
    sort -g | awk '{v[NR]=$1} END {printf "%.2f %.2f %.2f", v[int((NR+1)/2)], v[1], v[NR]}'
}

now() { date +%s.%N; }

small=$(corpus "$SMALL_MB")
small_bytes=$(du -sb "$small" | cut -f1)
small_mb=$(awk -v b="$small_bytes" 'BEGIN {printf "%.2f", b / 1048576}')

# In-process: reference and one worker.
inproc=$($BENCH "$small" "$RUNS")
ref=$(echo "$inproc" | awk '/^reference_mbps/ {print $2, $3, $4}')
one=$(echo "$inproc" | awk '/^extraction_mbps/ {print $2, $3, $4}')
arts=$(echo "$inproc" | awk '/^extraction_articles_per_s/ {print $2, $3, $4}')
text_stage=$(echo "$inproc" | awk '/^text_stage_mbps/ {print $2, $3, $4}')
no_output=$(echo "$inproc" | awk '/^extraction_without_output_mbps/ {print $2, $3, $4}')
ratio_one=$(awk -v a="${one%% *}" -v r="${ref%% *}" 'BEGIN {printf "%.3f", a / r}')

# Batch, one job and all cores, whole process (reading files, writing JSON Lines).
batch_speed() {  # jobs -> MB/s per run, one per line
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(now)
        "$BIN" batch "$small" --jobs "$1" --quiet --output "$WORK/out.jsonl" || true
        t1=$(now)
        awk -v b="$small_bytes" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.3f\n", b / 1048576 / (z - a)}'
    done
}
b1=$(batch_speed 1 | stats)
bn=$(batch_speed "$JOBS" | stats)
ratio_batch=$(awk -v a="${bn%% *}" -v r="${b1%% *}" 'BEGIN {printf "%.2f", a / r}')

# What the machine allows: $JOBS independent `solieu batch --jobs 1` processes over the same corpus
# at once, their combined speed against one alone (no shared state, no locks: a ceiling for any
# parallel batch; on a VM whose cores share a physical core it is well below $JOBS).
ceiling_speed() {
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(now)
        for j in $(seq "$JOBS"); do
            "$BIN" batch "$small" --jobs 1 --quiet --output "$WORK/ceiling-$j.jsonl" &
        done
        wait
        t1=$(now)
        awk -v b="$small_bytes" -v n="$JOBS" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.3f\n", n * b / 1048576 / (z - a)}'
    done
}
bc=$(ceiling_speed | stats)
ratio_ceiling=$(awk -v a="${bc%% *}" -v r="${b1%% *}" 'BEGIN {printf "%.2f", a / r}')

# How dense in figures the corpus is (facts per KB of text), to compare with real articles.
density=$(python3 - "$WORK/out.jsonl" "$small_bytes" <<'PY'
import json, sys
facts = sum(len(json.loads(line)["facts"]) for line in open(sys.argv[1], encoding="utf-8"))
print(f"{facts / (int(sys.argv[2]) / 1024):.1f}")
PY
)

# Start-up on one 4 KB article.
one_article="$WORK/one-4kb.txt"
python3 - "$small" "$one_article" <<'PY'
import os, sys
best = None
for root, _, files in os.walk(sys.argv[1]):
    for f in sorted(files):
        p = os.path.join(root, f)
        size = os.path.getsize(p)
        if best is None or abs(size - 4096) < abs(best[0] - 4096):
            best = (size, p)
    if best and abs(best[0] - 4096) < 200:
        break
open(sys.argv[2], "wb").write(open(best[1], "rb").read())
PY
startup=$(for _ in $(seq 20); do
    t0=$(now); "$BIN" extract "$one_article" >/dev/null; t1=$(now)
    awk -v a="$t0" -v z="$t1" 'BEGIN {printf "%.2f\n", (z - a) * 1000}'
done | stats)

# Peak memory of batch on the large corpora.
rss_rows=""
for mb in $LARGE_MB; do
    dir=$(corpus "$mb")
    rss=$(for _ in $(seq "$RSS_RUNS"); do
        /usr/bin/time -f %M "$BIN" batch "$dir" --jobs "$JOBS" --quiet --output "$WORK/out.jsonl" 2>&1 >/dev/null | tail -n 1
    done | awk '{printf "%.1f\n", $1 / 1024}' | stats)
    rss_rows+=$(printf '| peak RSS, `solieu batch` over %s MB (MB) | %s | %s | %s |' "$mb" $rss)$'\n'
done

echo "SoLieu benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), corpus ${small_mb} MB (seed 7, ${density} facts per KB), ${RUNS} runs"
echo
echo "| measure | median | min | max |"
echo "|---|---|---|---|"
printf '| reference: ICU NFC check + word break with rule status (MB/s) | %s | %s | %s |\n' $ref
printf '| full extraction, 1 worker, in-process (MB/s) | %s | %s | %s |\n' $one
printf '| full extraction, 1 worker, in-process (articles/s) | %s | %s | %s |\n' $arts
printf '| ratio, 1 worker / reference | %s | | |\n' "$ratio_one"
printf '| of which: text stage alone — decode, normalise, tokenise, sentences (MB/s) | %s | %s | %s |\n' $text_stage
printf '| of which: extraction and validation without writing JSON (MB/s) | %s | %s | %s |\n' $no_output
printf '| `solieu batch --jobs 1` (MB/s) | %s | %s | %s |\n' $b1
printf '| `solieu batch --jobs %s` (MB/s) | %s | %s | %s |\n' "$JOBS" $bn
printf '| ratio, batch %s jobs / 1 job | %s | | |\n' "$JOBS" "$ratio_batch"
printf '| %s independent `--jobs 1` processes at once, combined (MB/s) | %s | %s | %s |\n' "$JOBS" $bc
printf '| ratio, %s independent processes / 1 (what the machine allows) | %s | | |\n' "$JOBS" "$ratio_ceiling"
printf '| start-up, `solieu extract` on one 4 KB article (ms, 20 runs) | %s | %s | %s |\n' $startup
printf '%s' "$rss_rows"
