#!/bin/sh
# Make sure the Debian packages dateline needs are present.
#   tools/deps.sh            what building and testing need
#   tools/deps.sh PKG...     those packages (valgrind, cppcheck, luarocks...)
# As root, installs what is missing with apt-get; otherwise prints the one
# apt-get line to run and fails.
if [ $# -gt 0 ]; then
  PKGS="$*"
else
  PKGS="gcc libc6-dev make pkg-config lua5.4 liblua5.4-dev lua-busted lua-lpeg lua-cjson libxml2-dev tzdata"
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq $missing >&2 && exit 0
  echo "apt-get failed" >&2
  exit 1
fi
if ! command -v dpkg-query >/dev/null; then
  echo "not a Debian system: make sure these are installed:$missing" >&2
  exit 0
fi
echo "dateline needs these Debian packages:$missing" >&2
echo "run:  sudo apt-get install -y$missing" >&2
exit 1
