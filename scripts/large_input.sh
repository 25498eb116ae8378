#!/usr/bin/env bash
# The one real large input: a corpus article joined into one line and repeated to 12.5, 25 and
# 50 MiB, extracted by the release build with --max-bytes raised to let it in. Prints the time,
# the peak memory and the facts of each: both grow in proportion to the size (the test suite
# checks the same with counted work, LimitsTests.aLargeRealArticleCostsWorkInProportionToItsSize).
#
#   scripts/large_input.sh [path/to/solieu]
set -euo pipefail
cd "$(dirname "$0")/.."
solieu=${1:-}
if [[ -z $solieu ]]; then
    swift build -c release --product solieu >/dev/null
    solieu=.build/release/solieu
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
text = open("corpus/articles/binh-dinh-binh-khanh-2022.txt", encoding="utf-8").read().replace("\n", " ") + " "
for mib in (12.5, 25, 50):
    size = int(mib * (1 << 20))
    data = (text * (size // len(text.encode()) + 1)).encode()[:size].decode("utf-8", "ignore").encode()
    open(f"{sys.argv[1]}/line-{mib}.txt", "wb").write(data)
PY
for mib in 12.5 25 50; do
    start=$(date +%s.%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f "%M" -o "$work/rss" "$solieu" extract --max-bytes 64M "$work/line-$mib.txt" > "$work/out.json"
        rss="$(( $(cat "$work/rss") / 1024 )) MiB peak"
    else
        "$solieu" extract --max-bytes 64M "$work/line-$mib.txt" > "$work/out.json"
        rss="peak memory not measured (apt-get install time)"
    fi
    end=$(date +%s.%N)
    facts=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['facts']))" "$work/out.json")
    printf '%5s MiB on one line: %6.1f s, %s, %s facts\n' "$mib" "$(python3 -c "print($end - $start)")" "$rss" "$facts"
done
