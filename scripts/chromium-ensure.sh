#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium: the browser tests (Playwright) use it
# because Playwright cannot download its own browser on a closed network.
set -euo pipefail

if [[ ! -x /usr/bin/chromium ]]; then
  echo "Chromium is missing: installing Debian's chromium package."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
# stderr hidden: Debian's launcher script prints a harmless shell warning when /dev/shm is mounted twice.
/usr/bin/chromium --version 2>/dev/null
