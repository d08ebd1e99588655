"""A Huiwu fleet on one PostgreSQL database, on loopback: several `huiwu serve` instances, optional
`huiwu worker` processes (the notice dispatchers), optionally nginx in front.

The same shapes `make fleet` starts (scripts/fleet.sh), driven from Python so tests can count
answers. Used by e2e/test_fleet.py and the fleet benchmark.
"""
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
import uuid
from urllib.parse import urlsplit, urlunsplit

from server_process import BIN, LOOPBACK, ROOT, free_port, postgres_database  # noqa: F401 (re-exported)


def psql_query(url: str, sql: str) -> str:
    """Runs one query with psql and returns its unaligned output."""
    out = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], check=True, capture_output=True,
                         text=True, timeout=120)
    return out.stdout.strip()


def wait_healthy(url: str, proc: subprocess.Popen, log_path: str, timeout: float = 90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited with {proc.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not become healthy; see {log_path}")


NGINX_CONF = """
worker_processes 1;
error_log {dir}/nginx-error.log warn;
pid {dir}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
  log_format upstream '$status $upstream_addr $request_time';
  access_log {dir}/nginx-access.log upstream;
  client_body_temp_path {dir}/client_body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  upstream huiwu {{
{servers}
    keepalive 64;
  }}
  server {{
    listen 127.0.0.1:{port};
    client_max_body_size 2m;
    location / {{
      proxy_pass http://huiwu;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_read_timeout 60s;
    }}
  }}
}}
"""


class Fleet:
    """`instances` × `huiwu serve --no-dispatch` and `workers` × `huiwu worker` on one new PostgreSQL
    database loaded with the demo organisation; with `nginx`, nginx balances the instances."""

    def __init__(self, database_url: str, instances: int = 2, workers: int = 0, nginx: bool = False,
                 env: dict | None = None, binary: str = BIN, setup: list[list[str]] | None = None,
                 nginx_port: int | None = None, dispatch: bool = False):
        self.dir = tempfile.mkdtemp(prefix="huiwu-fleet-")
        self.database_url = database_url
        self.binary = binary
        # One sealing key for the whole fleet (X2: chat-bot webhooks): a robot secret saved by one
        # instance is opened by the worker that signs its posts.
        import base64
        key = base64.b64encode(os.urandom(32)).decode()
        self.env = {"HUIWU_SECRET_KEY": key, **os.environ, **(env or {}), "DATABASE_URL": database_url}
        self.procs: list[tuple[subprocess.Popen, object, str]] = []
        self.urls: list[str] = []
        self.front: str | None = None
        try:
            for i, args in enumerate(setup if setup is not None else [["migrate"], ["demo"]]):
                self._run(args, f"setup-{i}-{args[0]}")
            serve = ["serve"] if dispatch else ["serve", "--no-dispatch"]
            started = [self._spawn([*serve, "--port", str(port)], f"serve-{i}", port)
                       for i, port in enumerate(free_port() for _ in range(instances))]
            for url, proc, log_path in started:
                wait_healthy(url, proc, log_path)
                self.urls.append(url)
            for i in range(workers):
                self._spawn(["worker"], f"worker-{i}", None)
            if nginx:
                self.front = self._start_nginx(nginx_port or free_port())
        except BaseException:
            self.stop()
            raise

    def _run(self, args, label):
        path = os.path.join(self.dir, label + ".log")
        with open(path, "w") as log:
            done = subprocess.run([self.binary, *args, "--data-dir", self.dir], cwd=ROOT, env=self.env,
                                  stdout=log, stderr=subprocess.STDOUT, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError(f"huiwu {' '.join(args)} failed ({done.returncode}); see {path}")

    def _spawn(self, args, label, port):
        log_path = os.path.join(self.dir, label + ".log")
        log = open(log_path, "w")
        proc = subprocess.Popen([self.binary, *args, "--data-dir", self.dir], cwd=ROOT, env=self.env, stdout=log,
                                stderr=subprocess.STDOUT)
        self.procs.append((proc, log, label))
        return (f"http://127.0.0.1:{port}" if port else None), proc, log_path

    def _start_nginx(self, port: int) -> str:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        for sub in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            os.makedirs(os.path.join(self.dir, sub), exist_ok=True)
        servers = "\n".join(f"    server {u.removeprefix('http://')} max_fails=0;" for u in self.urls)
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            f.write(NGINX_CONF.format(dir=self.dir, servers=servers, port=port))
        log = open(os.path.join(self.dir, "nginx.log"), "w")
        proc = subprocess.Popen([nginx, "-p", self.dir, "-c", conf, "-g", "daemon off;"], stdout=log,
                                stderr=subprocess.STDOUT)
        self.procs.append((proc, log, "nginx"))
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, proc, os.path.join(self.dir, "nginx-error.log"), timeout=30)
        return url

    def upstreams(self) -> dict[str, int]:
        """How many requests nginx passed to each instance (from its access log)."""
        counts: dict[str, int] = {}
        with open(os.path.join(self.dir, "nginx-access.log")) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    counts[parts[1]] = counts.get(parts[1], 0) + 1
        return counts

    def logs(self) -> str:
        """Every process's log, for a failing test's message."""
        out = []
        for name in sorted(os.listdir(self.dir)):
            if name.endswith(".log"):
                with open(os.path.join(self.dir, name), errors="replace") as f:
                    out.append(f"--- {name}\n" + f.read()[-4000:])
        return "\n".join(out)

    def stop(self):
        for proc, _, _ in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc, log, _ in reversed(self.procs):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
            log.close()
        self.procs = []


@contextlib.contextmanager
def fleet(prefix: str = "huiwu_fleet_", **kwargs):
    """A Fleet on a fresh database of the test PostgreSQL, dropped afterwards."""
    made = postgres_database(prefix)
    if made is None:
        import pytest

        if os.environ.get("HUIWU_REQUIRE_POSTGRES") == "1":
            pytest.fail("HUIWU_REQUIRE_POSTGRES=1 but HUIWU_TEST_POSTGRES_URL is not set")
        pytest.skip("HUIWU_TEST_POSTGRES_URL is not set")
    url, drop = made
    f = Fleet(url, **kwargs)
    try:
        yield f
    finally:
        f.stop()
        drop()


def main():
    """`make fleet`: runs a fleet in the foreground until Ctrl-C (scripts/fleet.sh)."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--port", type=int, default=8080, help="where nginx listens (127.0.0.1)")
    parser.add_argument("--no-demo", action="store_true", help="only migrate; load no demo organisation")
    args = parser.parse_args()
    f = Fleet(args.database_url, instances=args.instances, workers=args.workers, nginx=True, nginx_port=args.port,
              setup=[["migrate"]] if args.no_demo else None)
    print(f"fleet up: nginx {f.front} → {', '.join(f.urls)}; {args.workers} worker(s); logs in {f.dir}", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        while not stopping and all(p.poll() is None for p, _, _ in f.procs):
            time.sleep(0.5)
        exited = [label for p, _, label in f.procs if p.poll() is not None]
        if exited:
            print(f"stopping: {exited} exited; see {f.dir}", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        f.stop()


if __name__ == "__main__":
    main()
