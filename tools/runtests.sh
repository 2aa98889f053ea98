#!/bin/sh
# Run the C core tests and the busted specs; end with one line
# "N passed, N failed" summing both.  Exit status 1 on any failure.
# usage: tools/runtests.sh CTEST_BINARY LUA BUSTED [busted args...]
ctest=$1 lua=$2 busted=$3
shift 3
log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT

"$ctest" 2>&1 | tee "$log"
c_line=$(grep -E '^C core: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
"$lua" "$busted" -o spec/support/summary_output.lua "$@" 2>&1 | tee "$log"
b_line=$(grep -E '^busted: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)

count() { echo "$1" | sed -E "s/.* ([0-9]+) $2.*/\1/"; }
passed=0 failed=0
if [ -n "$c_line" ]; then
  passed=$((passed + $(count "$c_line" passed))); failed=$((failed + $(count "$c_line" failed)))
else
  echo "the C tests did not finish" >&2; failed=$((failed + 1))
fi
if [ -n "$b_line" ]; then
  passed=$((passed + $(count "$b_line" passed))); failed=$((failed + $(count "$b_line" failed)))
else
  echo "busted did not finish" >&2; failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
