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
# The README's dependency graph must be the package's (`make graph` rewrites it).
python3 scripts/graph.py --check
swift test --skip-build 2>&1 | tee test-artifacts/swift-test.log

swift build --product huiwu
export HUIWU_BIN="$root/.build/debug/huiwu"
set +e
echo "== end-to-end tests (contract, browser, feeds, notices, install) on SQLite"
.venv/bin/python -m pytest -q e2e 2>&1 | tee test-artifacts/pytest-sqlite.log
rc_sqlite=${PIPESTATUS[0]}
# The same servers on a fresh PostgreSQL database each. The fleet tests are PostgreSQL-only and
# the invitation model runs both databases itself, so they ran above; the install test is about
# files on disk.
echo "== end-to-end tests on PostgreSQL"
HUIWU_E2E_DATABASE=postgres .venv/bin/python -m pytest -q e2e --ignore=e2e/test_fleet.py \
  --ignore=e2e/test_invitation_model.py --ignore=e2e/test_install.py 2>&1 | tee test-artifacts/pytest-postgres.log
rc_postgres=${PIPESTATUS[0]}
set -e
[ "$rc_sqlite" = 0 ] && [ "$rc_postgres" = 0 ]
