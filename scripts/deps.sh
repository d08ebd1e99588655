#!/usr/bin/env bash
# Installs the system packages and the Python venv the tests and benchmarks use.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
# What building needs (`make run`, `make build`, `make lint` call `deps.sh --build`): the check-in
# QR codes are drawn by Debian's libqrcodegen, linked as a system library (R5.6).
if [ ! -f /usr/include/qrcodegen/qrcodegen.h ]; then
  echo "installing: libqrcodegen-dev"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libqrcodegen-dev >/dev/null
fi
[ "${1:-}" = "--build" ] && exit 0

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
# Loads the SQLite database an earlier version made (Tests/Fixtures) for the migration test.
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
# Makes the self-signed certificate of the TLS mail relay test (e2e/test_smtp_relay.py).
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The fleet's front (e2e/test_fleet.py, `make fleet`, `make bench`).
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)
# CJK glyphs, so browser screenshots show Chinese rather than boxes.
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need+=(fonts-wqy-microhei)
# Decodes the check-in QR code a browser test photographs (pyzbar needs the library).
[ -f /usr/lib/x86_64-linux-gnu/libzbar.so.0 ] || ls /usr/lib/*/libzbar.so.0 >/dev/null 2>&1 || need+=(libzbar0)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# btree_gist ships in postgresql-contrib (part of the server package on Debian 12).
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Exactly the versions in the lock file; installed again whenever the lock changes.
lock_sum=$(sha256sum e2e/requirements.lock | cut -d' ' -f1)
if [ "$(cat .venv/.requirements-lock 2>/dev/null)" != "$lock_sum" ]; then
  .venv/bin/pip install -q --disable-pip-version-check -r e2e/requirements.lock
  echo "$lock_sum" > .venv/.requirements-lock
fi
