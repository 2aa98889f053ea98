#!/bin/sh
# eval.sh SHARED -- TIMEX3 scores of dl.timexes on TimeBank + AQUAINT.
# Exports the documents with SHARED/tools/te3text.py, runs tools/eval.lua
# (reference date = each document's DCT) and scores with te3score.py.
# Extra arguments (e.g. --errors) go to te3score.py.
set -e
SHARED=${1:-../shared}
[ $# -gt 0 ] && shift
LUA=${LUA:-lua5.4}
LUA_PATH="$(pwd)/lua/?.lua;$(pwd)/lua/?/init.lua;${LUA_PATH:-;}"
LUA_CPATH="$(pwd)/build/?.so;${LUA_CPATH:-;}"
export LUA_PATH LUA_CPATH
TB="$SHARED/data/timebank/TimeBank"
AQ="$SHARED/data/timebank/AQUAINT"
TMP=${TMPDIR:-/tmp}/dateline-eval.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
python3 "$SHARED/tools/te3text.py" "$TB" "$AQ" -o "$TMP/docs.jsonl"
"$LUA" tools/eval.lua "$TMP/docs.jsonl" "$TMP/sys.jsonl"
python3 "$SHARED/tools/te3score.py" "$TB" "$AQ" --jsonl "$TMP/sys.jsonl" "$@"
