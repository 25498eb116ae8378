#!/usr/bin/env bash
# Builds SoLieu's fuzz target (libFuzzer and AddressSanitizer, through swiftc -sanitize=fuzzer,address)
# and runs it over a seed corpus made from corpus/ (every article and spec input, as text, as an HTML
# page and as a JSON line).
#
#   fuzz/run.sh [SECONDS] [libFuzzer flags…]     # default 60 s; e.g. fuzz/run.sh 900 -jobs=1
#
# Inputs that crash, leak or time out are written to fuzz/artifacts/; turn each into a regression
# test (Tests/SoLieuTests/HostileInputTests.swift). New coverage is kept in fuzz/.corpus/ between runs.
# SwiftPM may keep a stale build plan for the SoLieu path dependency: when new files of Sources/SoLieu
# are "not in scope", remove fuzz/.build.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true

swift build -c release --product SoLieuFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address
binary="$(swift build -c release --product SoLieuFuzz --show-bin-path \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address)/SoLieuFuzz"

mkdir -p .seeds .corpus artifacts
python3 seeds.py ../corpus .seeds

# -rss_limit_mb bounds memory; -timeout flags any input taking more than 10 s (a hang).
"$binary" .corpus .seeds -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=artifacts/ -print_final_stats=1 "$@"
