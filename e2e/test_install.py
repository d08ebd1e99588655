"""An installed Huiwu runs from any directory with only --data-dir.

The layout is the one `make install` and `make dist` produce (scripts/install.sh): PREFIX/bin/huiwu
and PREFIX/share/huiwu/{Resources,Public}. The binary under test is HUIWU_BIN (the debug build);
the layout, not the optimisation level, is what is checked here.
"""
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import pytest

from server_process import BIN, ROOT, free_port


@pytest.fixture()
def prefix():
    directory = tempfile.mkdtemp(prefix="huiwu-prefix-")
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "install.sh"), BIN, directory], check=True,
                   stdout=subprocess.DEVNULL)
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def clean_env():
    """The environment without settings that would point the binary at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("HUIWU_RESOURCES", "DATABASE_URL")}
    return env


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=300)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")


def test_installed_binary_migrates_loads_demo_and_serves_pages_from_another_directory(prefix):
    elsewhere = tempfile.mkdtemp(prefix="huiwu-cwd-")
    data = os.path.join(elsewhere, "data")
    binary = os.path.join(prefix, "bin", "huiwu")
    migrated = run([binary, "migrate", "--data-dir", data], cwd=elsewhere)
    assert migrated.returncode == 0, migrated.stderr
    assert run([binary, "demo", "--data-dir", data], cwd=elsewhere).returncode == 0
    port = free_port()
    log = open(os.path.join(elsewhere, "server.log"), "w")
    server = subprocess.Popen([binary, "serve", "--data-dir", data, "--port", str(port)], cwd=elsewhere,
                              env=clean_env(), stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                fetch(base + "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        status, kind, body = fetch(base + "/login")
        assert status == 200 and "text/html" in kind
        assert "登录" in body  # a template rendered with the zh-Hans catalog
        status, kind, css = fetch(base + "/css/huiwu.css")
        assert status == 200 and "css" in kind and len(css) > 100
        status, _, document = fetch(base + "/openapi.json")
        assert status == 200 and '"openapi"' in document
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        shutil.rmtree(elsewhere, ignore_errors=True)


def test_a_binary_without_its_resources_says_what_is_missing_and_where_it_looked():
    alone = tempfile.mkdtemp(prefix="huiwu-alone-")
    try:
        binary = os.path.join(alone, "huiwu")
        shutil.copy(BIN, binary)
        result = run([binary, "migrate", "--data-dir", os.path.join(alone, "data")], cwd=alone)
        assert result.returncode == 2
        assert "cannot find its templates" in result.stderr
        assert alone in result.stderr and "--resources" in result.stderr
        assert "NSCocoaErrorDomain" not in result.stderr + result.stdout
        assert not os.path.exists(os.path.join(alone, "data", "huiwu.sqlite")), "nothing is written before the check"
    finally:
        shutil.rmtree(alone, ignore_errors=True)


def test_resources_option_names_the_directory_for_a_lone_binary(prefix):
    alone = tempfile.mkdtemp(prefix="huiwu-alone-")
    try:
        binary = os.path.join(alone, "huiwu")
        shutil.copy(BIN, binary)
        share = os.path.join(prefix, "share", "huiwu")
        result = run([binary, "migrate", "--data-dir", os.path.join(alone, "data"), "--resources", share], cwd=alone)
        assert result.returncode == 0, result.stderr
        env_result = subprocess.run([binary, "migrate", "--data-dir", os.path.join(alone, "data")], cwd=alone,
                                    env={**clean_env(), "HUIWU_RESOURCES": share}, capture_output=True, text=True,
                                    timeout=300)
        assert env_result.returncode == 0, env_result.stderr
    finally:
        shutil.rmtree(alone, ignore_errors=True)


def test_a_partial_copy_is_named_file_by_file(prefix):
    share = os.path.join(prefix, "share", "huiwu")
    os.remove(os.path.join(share, "Resources", "Locales", "en.json"))
    result = run([os.path.join(prefix, "bin", "huiwu"), "migrate", "--data-dir", os.path.join(prefix, "data")], cwd=prefix)
    assert result.returncode == 2
    assert "missing Resources/Locales/en.json" in result.stderr


def test_an_unknown_sqlite_synchronous_setting_stops_the_start(prefix):
    result = subprocess.run([os.path.join(prefix, "bin", "huiwu"), "migrate", "--data-dir", os.path.join(prefix, "d")],
                            cwd=prefix, env={**clean_env(), "HUIWU_SQLITE_SYNCHRONOUS": "off"}, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 2
    assert "HUIWU_SQLITE_SYNCHRONOUS=off" in result.stderr
