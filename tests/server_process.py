"""Starts a real `huiwu serve` (debug build) on a free port with a fresh demo database."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("HUIWU_BIN", os.path.join(ROOT, ".build", "debug", "huiwu"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, demo: bool = True, env: dict | None = None):
        self.data_dir = tempfile.mkdtemp(prefix="huiwu-py-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
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
