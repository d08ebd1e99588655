#!/usr/bin/env bash
# `make fleet`: a fleet on loopback, in the foreground until Ctrl-C —
#   nginx (Debian's package) on 127.0.0.1:$PORT (default 8080)
#   → $INSTANCES (default 2) × `huiwu serve --no-dispatch`
#   + $WORKERS (default 1) × `huiwu worker` delivering notices,
# all on one PostgreSQL database with the demo organisation loaded. Uses DATABASE_URL if it is
# set; otherwise starts a throwaway PostgreSQL (durable settings) in .ci-work/fleet/pg.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
swift build --product huiwu
work="$root/.ci-work/fleet"
mkdir -p "$work"
pgdir="$work/pg"
started_pg=""
cleanup() { if [ -n "$started_pg" ]; then bash scripts/pg.sh stop "$pgdir"; fi; }
trap cleanup EXIT
url=${DATABASE_URL:-}
if [ -z "$url" ]; then
  admin=$(bash scripts/pg.sh start "$pgdir" "${FLEET_PG_PORT:-54335}" durable)
  started_pg=1
  psql "$admin" -qc "CREATE DATABASE huiwu_fleet" >/dev/null
  url="${admin%/postgres}/huiwu_fleet"
fi
HUIWU_BIN="$root/.build/debug/huiwu" "$root/.venv/bin/python" e2e/fleet.py --database-url "$url" \
  --instances "${INSTANCES:-2}" --workers "${WORKERS:-1}" --port "${PORT:-8080}"
