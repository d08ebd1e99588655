#!/usr/bin/env bash
# `make test`: every test, on SQLite and on a real PostgreSQL, on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh

work="$root/.ci-work"
mkdir -p "$work" test-artifacts
port=${HUIWU_TEST_PG_PORT:-54329}
pgdir="$work/pg"
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  bash scripts/pg.sh stop "$pgdir"
}
trap cleanup EXIT
admin_url=$(bash scripts/pg.sh start "$pgdir" "$port")
export HUIWU_TEST_POSTGRES_URL="$admin_url"
export HUIWU_REQUIRE_POSTGRES=1

echo "== swift test (SQLite and PostgreSQL)"
swift build --build-tests
swift test --skip-build 2>&1 | tee test-artifacts/swift-test.log

echo "== contract and browser tests"
swift build --product huiwu
export HUIWU_BIN="$root/.build/debug/huiwu"
set +e
.venv/bin/python -m pytest -q tests 2>&1 | tee test-artifacts/pytest.log
rc=${PIPESTATUS[0]}
set -e
exit "$rc"
