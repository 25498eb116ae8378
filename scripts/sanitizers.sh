#!/usr/bin/env bash
# The sanitizer runs of the hostile-input issue (docs/hostile-input.md):
#   1. the whole test suite under AddressSanitizer;
#   2. the parallel batch under ThreadSanitizer: `solieu batch --jobs 2` over generated articles
#      and the hostile fixtures, then the batch tests.
# Each sanitizer builds into its own folder (.build-asan, .build-tsan) and stops at its first report.
#
#   scripts/sanitizers.sh [address|thread]     # both when no argument is given
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}

if [[ $which == both || $which == address ]]; then
    echo "== AddressSanitizer: swift test"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1} \
        swift test --sanitize=address --scratch-path .build-asan
fi

if [[ $which == both || $which == thread ]]; then
    echo "== ThreadSanitizer: solieu batch --jobs 2"
    export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
    swift build --sanitize=thread --scratch-path .build-tsan
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    python3 scripts/gen_articles.py "$work/articles" 300 >/dev/null
    # Hostile inputs beside them: empty, binary, a broken JSON line, a line over the limit.
    : > "$work/articles/empty.txt"
    printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$work/articles/image.html"
    { echo '{"id": "ok", "text": "Chi bộ có 12 đảng viên."}'; echo 'not json'
      printf '{"text": "%s"}\n' "$(head -c 70000 /dev/zero | tr '\0' a)"; } > "$work/articles/feed.jsonl"
    status=0
    .build-tsan/debug/solieu batch "$work/articles" --jobs 2 --max-bytes 64K -o "$work/out.jsonl" || status=$?
    [[ $status == 1 ]] || { echo "batch exited $status, expected 1 (some inputs failed)"; exit 1; }
    echo "records: $(wc -l < "$work/out.jsonl")"
    echo "== ThreadSanitizer: swift test --filter Batch"
    swift test --sanitize=thread --scratch-path .build-tsan --filter Batch
fi
echo "sanitizers: no report"
