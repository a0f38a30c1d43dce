#!/usr/bin/env bash
# Run by `npm test` before the tests (npm's pretest): the browser tests drive Debian's chromium
# (playwright-core downloads no browser), the form tests render PDFs with poppler's pdftoppm, and a
# second reader of the spreadsheets is openpyxl. Each comes from Debian's packages when missing, so
# `npm test` works on a fresh machine and CI installs nothing by hand.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "npm test needs Debian packages that are missing: ${missing[*]}." >&2
  echo "Install them as root (apt-get install ${missing[*]}), then run npm test again." >&2
  exit 1
fi
echo "Installing the test tools from Debian: ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
