"""`make bench`, the fleet rows: booking throughput through nginx in front of N
`huiwu serve --no-dispatch` instances on one PostgreSQL database, with the same wrk load as the
single-instance rows.

    bench_fleet.py BIN DATABASE_URL INSTANCES DURATION WORKDIR DAY_OFFSET

The database is the one the single-instance PostgreSQL row seeded and used (same rooms, same
200,000 bookings); DAY_OFFSET moves the booked slots past those earlier runs made. Prints one
row of the booking table.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "e2e"))

from fleet import Fleet  # noqa: E402


def peak_rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1])
    return 0


def main():
    binary, url, instances, duration, work, offset = sys.argv[1:7]
    fleet = Fleet(url, instances=int(instances), nginx=True, binary=binary, setup=[["migrate"]])
    try:
        params = os.path.join(work, f"fleet-{instances}-params.lua")
        with open(params, "w") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_prepare.py"), fleet.front, offset],
                           stdout=f, check=True)
        out = subprocess.run(["wrk", "-t", "2", "-c", "32", "-d", duration, "--latency", "-s",
                              os.path.join(ROOT, "bench", "book.lua"), fleet.front, "--", params],
                             capture_output=True, text=True, check=True).stdout
        line = next(x for x in out.splitlines() if x.startswith("RESULT"))
        rss = sum(peak_rss_kb(p.pid) for p, _, label in fleet.procs if label.startswith("serve"))
    finally:
        fleet.stop()
    kv = dict(p.split("=") for p in line.split()[1:])
    req, dur = int(kv["requests"]), int(kv["duration_us"]) / 1e6
    label = f"pg nginx+{instances}"
    print(f"| {label:<13} | {req / dur:>10.0f} | {int(kv['p50_us']) / 1000:>8.1f} | {int(kv['p99_us']) / 1000:>8.1f} "
          f"| {kv['errors_status']:>7} | {'—':>21} | {'—':>22} | {rss / 1024:>8.0f} | {'—':>6} |")


if __name__ == "__main__":
    main()
