"""Starts a real `huiwu serve` (debug build) on a free port with a fresh demo database."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from urllib.parse import urlsplit, urlunsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("HUIWU_BIN", os.path.join(ROOT, ".build", "debug", "huiwu"))
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# `postgres`: every Server gets a fresh database on the test PostgreSQL (HUIWU_TEST_POSTGRES_URL)
# instead of an SQLite file; `make test` runs the suite once each way.
DATABASE = os.environ.get("HUIWU_E2E_DATABASE", "sqlite")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_database(prefix: str):
    """(DATABASE_URL of a fresh database on the test PostgreSQL, a function that drops it), or None."""
    admin = os.environ.get("HUIWU_TEST_POSTGRES_URL")
    if not admin:
        return None
    parts = urlsplit(admin)
    assert parts.hostname in LOOPBACK, f"PostgreSQL must be on loopback, not {parts.hostname}"
    name = prefix + uuid.uuid4().hex[:12]

    def psql(sql, check=True):
        return subprocess.run(["psql", admin, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], check=check,
                              capture_output=True, text=True, timeout=120)

    psql(f'CREATE DATABASE "{name}"')
    url = urlunsplit(parts._replace(path="/" + name))
    return url, lambda: psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', check=False)


class Server:
    def __init__(self, demo: bool = True, env: dict | None = None):
        self.data_dir = tempfile.mkdtemp(prefix="huiwu-py-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.drop_database = None
        if DATABASE == "postgres" and "DATABASE_URL" not in (env or {}):
            made = postgres_database("huiwu_e2e_")
            assert made, "HUIWU_E2E_DATABASE=postgres needs HUIWU_TEST_POSTGRES_URL"
            self.env["DATABASE_URL"], self.drop_database = made
        self.log_path = os.path.join(self.data_dir, "server.log")
        if demo:
            subprocess.run([BIN, "demo", "--data-dir", self.data_dir], cwd=ROOT, env=self.env, check=True,
                           stdout=subprocess.DEVNULL, timeout=300)
        self.log = open(self.log_path, "w")
        self._start()

    def _start(self):
        self.proc = subprocess.Popen([BIN, "serve", "--data-dir", self.data_dir, "--port", str(self.port)],
                                     cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start; see " + self.log_path)

    def kill(self):
        """SIGKILL: no shutdown, no flushing — what a crash looks like."""
        self.proc.kill()
        self.proc.wait(timeout=10)

    def restart(self):
        """Starts the server again on the same data directory and port."""
        self._start()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
        if self.drop_database:
            self.drop_database()
            self.drop_database = None
