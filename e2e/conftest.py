import os
import sys

# Lets test modules import the shared helpers beside them (server_process).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pytest  # noqa: E402

# --- Contract-test fixtures (e2e/test_contract.py); names prefixed `contract_`. ---

CONTRACT_DEMO_PASSWORD = "huiwu-demo"


def contract_login(base_url: str, username: str, password: str = CONTRACT_DEMO_PASSWORD) -> str:
    import requests

    r = requests.post(f"{base_url}/api/v1/auth/token", json={"username": username, "password": password}, timeout=30)
    assert r.status_code == 200, f"log-in as {username} failed: {r.status_code} {r.text}"
    return r.json()["token"]


@pytest.fixture(scope="session")
def contract_server():
    """Base URL of a `huiwu serve` (HUIWU_BIN) on a free port, fresh data directory, demo organisation loaded."""
    from server_process import BIN, Server

    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    server = Server(demo=True)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def contract_token(contract_server):
    """Bearer token for `wangfang` (room office), fetched through the API before any fuzzing."""
    return contract_login(contract_server, "wangfang")


@pytest.fixture(scope="session")
def contract_admin_token(contract_server):
    """Bearer token for `admin`, fetched before any fuzzing."""
    return contract_login(contract_server, "admin")


@pytest.fixture(scope="session")
def contract_spare_token(contract_server):
    """Bearer token for `liuyang` (staff) that a test may revoke."""
    return contract_login(contract_server, "liuyang")
