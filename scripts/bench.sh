#!/usr/bin/env bash
# `make bench`: release build, then on SQLite and on PostgreSQL:
#  - 32 concurrent HTTP clients creating non-conflicting bookings through the full path (wrk),
#    on SQLite with synchronous=FULL (the default) and =NORMAL;
#  - day grid server time (Server-Timing header) with 500 rooms and 200,000 bookings;
#  - peak RSS of the server;
#  - the booking load again through nginx in front of one and of two instances on one PostgreSQL.
# Prints one table. Sizes can be lowered for a quick look: ROOMS=50 BOOKINGS=10000 make bench;
# BENCH_ONLY=postgres skips the SQLite rows.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
if [ -z "${HUIWU_BENCH_BIN:-}" ]; then
  swift build -c release --product huiwu >/dev/null
fi
BIN="${HUIWU_BENCH_BIN:-$root/.build/release/huiwu}"
ROOMS=${ROOMS:-500}; BOOKINGS=${BOOKINGS:-200000}; DURATION=${DURATION:-20s}
work="$root/.ci-work/bench"; rm -rf "$work"; mkdir -p "$work" bench-results
pgdir="$work/pg"
server=""
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; bash scripts/pg.sh stop "$pgdir"' EXIT

run_one() {  # $1 = label, DATABASE_URL set or not
  local label=$1 data="$work/$1" port=18${RANDOM:0:3}
  mkdir -p "$data"
  local t0=$(date +%s)
  "$BIN" bench-seed --data-dir "$data" --rooms "$ROOMS" --bookings "$BOOKINGS" --users 32 > "$work/$label-seed.log"
  local seed_s=$(( $(date +%s) - t0 ))
  local first_day=$(grep -o 'first day [0-9-]*' "$work/$label-seed.log" | awk '{print $3}')
  "$BIN" serve --data-dir "$data" --port "$port" > "$work/$label-server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  "$root/.venv/bin/python" scripts/bench_prepare.py "http://127.0.0.1:$port" > "$work/params.lua"
  # Day grid: server time over 30 requests after 5 warm-ups (API and HTML page).
  local grid=$("$root/.venv/bin/python" scripts/bench_grid.py "http://127.0.0.1:$port" "$first_day")
  local out=$(wrk -t 2 -c 32 -d "$DURATION" --latency -s bench/book.lua "http://127.0.0.1:$port" -- "$work/params.lua" 2>&1 | grep RESULT)
  local rss=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
  kill $server; wait $server 2>/dev/null || true
  server=""
  python3 - "$label" "$out" "$grid" "$rss" "$seed_s" <<'PY'
import sys
label, out, grid, rss, seed = sys.argv[1:6]
kv = dict(p.split("=") for p in out.split()[1:])
req, dur = int(kv["requests"]), int(kv["duration_us"]) / 1e6
print(f"| {label:<13} | {req/dur:>10.0f} | {int(kv['p50_us'])/1000:>8.1f} | {int(kv['p99_us'])/1000:>8.1f} | {kv['errors_status']:>7} | {grid} | {int(rss)/1024:>8.0f} | {seed:>6} |")
PY
}

echo "| database      | bookings/s | p50 (ms) | p99 (ms) | non-2xx | grid API p50/p95 (ms) | grid page p50/p95 (ms) | RSS (MB) | seed s |"
echo "|---------------|-----------:|---------:|---------:|--------:|----------------------:|-----------------------:|---------:|-------:|"
unset DATABASE_URL
# SQLite syncs every commit (synchronous=FULL, the default: an answered write survives a power
# cut); the second row is the explicit HUIWU_SQLITE_SYNCHRONOUS=normal, so each run shows what
# durability costs.
if [ "${BENCH_ONLY:-}" != postgres ]; then
  HUIWU_SQLITE_SYNCHRONOUS=full run_one sqlite
  HUIWU_SQLITE_SYNCHRONOUS=normal run_one sqlite-normal
fi
admin=$(bash scripts/pg.sh start "$pgdir" 54331 durable)
psql "$admin" -qc "CREATE DATABASE huiwu_bench" >/dev/null
DATABASE_URL="${admin%/postgres}/huiwu_bench" run_one postgres
# The fleet: the same load on the same database through nginx, to one and to two
# instances (RSS is the instances' sum; the grid is measured on the single instance above).
for n in 1 2; do
  "$root/.venv/bin/python" scripts/bench_fleet.py "$BIN" "${admin%/postgres}/huiwu_bench" "$n" "$DURATION" "$work" \
    $((n * 60))
done

echo
echo "| recurrence expansion (R2.2) | occurrences | median |"
echo "|---|---:|---:|"
"$BIN" bench-recurrence

echo
echo "| meetings (R2.2, X2) | database | median | p90 | target |"
echo "|---|---|---:|---:|---:|"
mkdir -p "$work/meetings-sqlite"
"$BIN" bench-meetings --data-dir "$work/meetings-sqlite" --label sqlite 2>/dev/null | grep '^|'
psql "$admin" -qc "CREATE DATABASE huiwu_bench_meetings" >/dev/null
DATABASE_URL="${admin%/postgres}/huiwu_bench_meetings" "$BIN" bench-meetings --label postgres 2>/dev/null | grep '^|'

echo
echo "| attendance and ledger (R5.6, R3.2) | database | median | p90 | target |"
echo "|---|---|---:|---:|---:|"
mkdir -p "$work/attendance-sqlite"
"$BIN" bench-attendance --data-dir "$work/attendance-sqlite" --label sqlite 2>/dev/null | grep '^|'
psql "$admin" -qc "CREATE DATABASE huiwu_bench_attendance" >/dev/null
DATABASE_URL="${admin%/postgres}/huiwu_bench_attendance" "$BIN" bench-attendance --label postgres 2>/dev/null | grep '^|'

# A large meeting's arrival burst over HTTP (R5.6; target ≥ 1,000 check-ins/s, p99 ≤ 50 ms):
# 2,000 people of one meeting check in with its QR token, 32 connections, every request a write.
checkin_one() {  # $1 = label, DATABASE_URL set or not
  local label=$1 data="$work/checkin-$1" port=19${RANDOM:0:3}
  mkdir -p "$data"
  "$BIN" bench-attendance --data-dir "$data" --prepare "$data/burst" >/dev/null 2>&1
  "$BIN" serve --data-dir "$data" --port "$port" > "$work/checkin-$label-server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  local meeting=$(cat "$data/burst/meeting")
  local token=$(curl -fs -H "Authorization: Bearer $(cat "$data/burst/organiser")" \
    "http://127.0.0.1:$port/api/v1/meetings/$meeting/check-in-link" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  python3 - "$data/burst/tokens" "$meeting" "$token" > "$data/burst/params.lua" <<'PY'
import sys
tokens = open(sys.argv[1]).read().split()
print("TOKENS = {" + ",".join('"%s"' % t for t in tokens) + "}")
print('MEETING = "%s"' % sys.argv[2].lower())
print('CHECKIN = "%s"' % sys.argv[3])
print("NTHREADS = 2")
PY
  local out=$(wrk -t 2 -c 32 -d 10s --latency -s bench/check-in.lua "http://127.0.0.1:$port" -- "$data/burst/params.lua" 2>&1 | grep RESULT)
  kill $server; wait $server 2>/dev/null || true
  server=""
  python3 - "$label" "$out" <<'PY'
import sys
label, out = sys.argv[1:3]
kv = dict(p.split("=") for p in out.split()[1:])
req, dur = int(kv["requests"]), int(kv["duration_us"]) / 1e6
print(f"| check-in burst over HTTP, 2,000 people, 32 clients | {label} | {req/dur:.0f}/s | p50 {int(kv['p50_us'])/1000:.1f} ms, p99 {int(kv['p99_us'])/1000:.1f} ms, non-2xx {kv['errors_status']} | ≥ 1,000/s, p99 ≤ 50 ms |")
PY
}
unset DATABASE_URL
checkin_one sqlite
psql "$admin" -qc "CREATE DATABASE huiwu_bench_checkin" >/dev/null
DATABASE_URL="${admin%/postgres}/huiwu_bench_checkin" checkin_one postgres
