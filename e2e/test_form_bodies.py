"""Long forms and large bodies (X1, X3): a form's CSRF token is read from the whole body, however
it arrives, so an administrator checks, dry-runs and adopts a shipped rulebook through the page
and long minutes are saved; a route that reads megabytes answers 401/403 before reading them.

Browser: Debian Chromium + chromedriver + Selenium, as in test_browser.py. The body tests speak
HTTP over a raw socket so that the request's head and its body arrive separately, as a browser's
do on a real network.
"""
import re
import select
import socket

import pytest
import requests
from selenium.webdriver.common.by import By

from server_process import Server
from test_browser import browser, login, submit_and_wait  # noqa: F401  (fixtures and helpers)

PASSWORD = "huiwu-demo"


@pytest.fixture(scope="module")
def server():
    s = Server(demo=True)
    yield s
    s.stop()


def session_for(server, username):
    """A signed-in requests session (the log-in form's double-submit cookie) and the page's CSRF token."""
    s = requests.Session()
    s.get(f"{server.url}/login", timeout=10)
    token = next(v for k, v in s.cookies.items() if "csrf" in k)
    r = s.post(f"{server.url}/login", data={"username": username, "password": PASSWORD, "_csrf": token, "next": "/grid"},
               allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text
    page = s.get(f"{server.url}/admin/rulebook" if username == "admin" else f"{server.url}/grid", timeout=10).text
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    return s, csrf


def raw_request(server, head: bytes, body_parts: list[bytes], quiet_before_rest: float | None = None):
    """Sends `head`, then the body parts one write at a time; returns (answered early, status line).

    With `quiet_before_rest`, waits that long after the first part for an answer that would come
    before the body is complete (a server that judged the request on part of it)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(head)
        early = False
        for i, part in enumerate(body_parts):
            sock.sendall(part)
            if i == 0 and quiet_before_rest is not None:
                readable, _, _ = select.select([sock], [], [], quiet_before_rest)
                early = bool(readable)
                if early:
                    break
        data = b""
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        return early, data.split(b"\r\n", 1)[0].decode()


def test_a_form_token_at_the_end_of_a_long_body_is_found(server):
    """The head, then half the form, a pause, then the rest with `_csrf` last: the server waits for
    the body instead of refusing the form as expired."""
    s, csrf = session_for(server, "admin")
    a1 = s.get(f"{server.url}/api/v1/rulebook/templates", timeout=10).json()
    source = next(t["source"] for t in a1 if t["name"] == "A1")
    form = requests.models.RequestEncodingMixin._encode_params(
        [("source", source), ("note", "长表单"), ("intent", "check"), ("_csrf", csrf)]).encode()
    assert len(form) > 6000
    cookie = "; ".join(f"{k}={v}" for k, v in s.cookies.items())
    head = (f"POST /admin/rulebook HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nCookie: {cookie}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\n"
            f"Connection: close\r\n\r\n").encode()
    early, status = raw_request(server, head, [form[:1000], form[1000:]], quiet_before_rest=0.5)
    assert not early, "answered before the form had arrived"
    assert status.startswith("HTTP/1.1 200"), status


def test_a_large_body_is_not_read_for_a_stranger(server):
    """Only the head and the first 64 KB of a 1.9 MB rulebook upload are sent: a caller who is not
    signed in hears 401, and a staff member 403, at once — the server does not wait for megabytes it
    would throw away (a server that read the body first would answer only once all of it came)."""
    for auth, expected in (("", "401"), (f"Authorization: Bearer {staff_token(server)}\r\n", "403")):
        head = (f"POST /api/v1/rulebook/check HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n{auth}"
                f"Content-Type: application/json\r\nContent-Length: 1900000\r\nConnection: close\r\n\r\n").encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
            sock.sendall(head + b'{"source": "' + b"x" * 65536)
            status = sock.recv(4096).split(b"\r\n", 1)[0].decode()
        assert status.startswith(f"HTTP/1.1 {expected}"), status


def staff_token(server):
    r = requests.post(f"{server.url}/api/v1/auth/token", json={"username": "liuyang", "password": PASSWORD}, timeout=10)
    return r.json()["token"]


def test_admin_checks_dry_runs_and_adopts_a_shipped_rulebook_in_the_browser(server, browser):  # noqa: F811
    login(browser, server, "admin")
    browser.get(server.url + "/admin/rulebook")
    submit_and_wait(browser, browser.find_element(By.ID, "template-A3"))
    source = browser.find_element(By.ID, "rulebook-source")
    text = source.get_attribute("value")
    assert len(text.encode()) > 3000
    submit_and_wait(browser, browser.find_element(By.ID, "rulebook-check"))
    assert browser.find_elements(By.ID, "rulebook-valid"), browser.page_source[:2000]
    assert "表单已过期" not in browser.page_source
    submit_and_wait(browser, browser.find_element(By.ID, "rulebook-dry-run"))
    assert browser.find_elements(By.ID, "dry-run-summary")
    submit_and_wait(browser, browser.find_element(By.ID, "rulebook-adopt"))
    assert "/rulebook/versions/" in browser.current_url, browser.current_url
