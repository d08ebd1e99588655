"""E-mail through a relay as organisations run them: STARTTLS or TLS from the start, sign-in
required, a certificate of their own (X2).

The relay is aiosmtpd on loopback with a self-signed certificate this test makes with openssl; the
server trusts it through HUIWU_SMTP_CA_FILE. Each case sends one meeting's invitation to a guest
and reads the delivery table.
"""
import os
import ssl
import subprocess
import tempfile
import time
from datetime import date, timedelta

import pytest
import requests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from conftest import contract_login
from server_process import BIN, Server, free_port
from smtp_sink import Sink

USER, PASSWORD = "huiwu-relay", "s3cret-passw0rd"


@pytest.fixture(scope="module")
def certificate():
    """(certificate, key) paths: a self-signed certificate for 127.0.0.1 and localhost."""
    directory = tempfile.mkdtemp(prefix="huiwu-tls-")
    cert, key = os.path.join(directory, "relay.pem"), os.path.join(directory, "relay.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    return cert, key


class Accounts:
    """aiosmtpd authenticator: one account; remembers the mechanisms clients used."""

    def __init__(self):
        self.mechanisms = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        self.mechanisms.append(mechanism)
        ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)  # aiosmtpd then answers 535 itself


class Relay:
    def __init__(self, certificate, implicit_tls=False, starttls=True):
        cert, key = certificate
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.sink, self.accounts = Sink(), Accounts()
        options = dict(auth_required=True, authenticator=self.accounts, auth_require_tls=True)
        if implicit_tls:
            # aiosmtpd counts only STARTTLS as TLS for auth_require_tls; here the socket is TLS from the start.
            options["auth_require_tls"] = False
            self.controller = Controller(self.sink, hostname="127.0.0.1", port=free_port(), ssl_context=context, **options)
        elif starttls:
            self.controller = Controller(self.sink, hostname="127.0.0.1", port=free_port(), tls_context=context,
                                         require_starttls=True, **options)
        else:
            self.controller = Controller(self.sink, hostname="127.0.0.1", port=free_port(), auth_require_tls=False,
                                         auth_required=True, authenticator=self.accounts)
        self.controller.start()
        self.port = self.controller.port

    def stop(self):
        self.controller.stop()


def invite_guest(url, address):
    """A meeting with one guest, invited; returns the meeting id."""
    office = requests.Session()
    office.headers["Authorization"] = "Bearer " + contract_login(url, "wangfang")
    rooms = {r["name"]: r["id"] for r in office.get(f"{url}/api/v1/rooms", timeout=30).json()}
    # Past the demo's bookings (today − 3 … today + 10 days), so no demo booking is in the way.
    day = date.today() + timedelta(days=18)
    made = office.post(f"{url}/api/v1/meetings", timeout=60, json={
        "title": "供应商评审会", "roomId": rooms["培训室"], "startsAt": f"{day}T10:00:00+08:00",
        "endsAt": f"{day}T11:00:00+08:00", "headcount": 3,
        "participants": [{"kind": "guest", "value": "王老师", "email": address}]})
    assert made.status_code == 201, made.text
    meeting = made.json()["id"]
    sent = office.post(f"{url}/api/v1/meetings/{meeting}/notices", json={"kind": "invitation"}, timeout=30)
    assert sent.status_code == 202, sent.text
    return office, meeting


def guest_email_notice(office, url, meeting, timeout=40):
    """The guest's e-mail notice once an attempt ended: sent, failed, or queued again with its error."""
    deadline = time.time() + timeout
    while True:
        table = office.get(f"{url}/api/v1/meetings/{meeting}/notices", timeout=30).json()
        notices = [n for p in table["participants"] if p["name"] == "王老师" for n in p["notices"]
                   if n["channel"] == "email"]
        if notices and (notices[0]["state"] != "queued" or notices[0].get("error")) or time.time() > deadline:
            return notices[0] if notices else None
        time.sleep(0.3)


def serve(relay_port, certificate, **env):
    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    settings = {"HUIWU_SMTP": f"127.0.0.1:{relay_port}", "HUIWU_SMTP_USER": USER, "HUIWU_SMTP_PASSWORD": PASSWORD,
                "HUIWU_SMTP_CA_FILE": certificate[0], "HUIWU_NOTICE_POLL_MS": "100", "HUIWU_SMTP_TIMEOUT_SECONDS": "5",
                "HUIWU_MAIL_FROM": "office@a1.example"}
    settings.update(env)
    return Server(demo=True, env=settings)


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_mail_goes_through_a_relay_that_requires_tls_and_sign_in(certificate, mode):
    relay = Relay(certificate, implicit_tls=(mode == "tls"))
    server = serve(relay.port, certificate, HUIWU_SMTP_SECURITY=mode)
    try:
        office, meeting = invite_guest(server.url, "wang@example.org")
        notice = guest_email_notice(office, server.url, meeting)
        assert notice["state"] == "sent", notice
        messages = relay.sink.to("wang@example.org")
        assert len(messages) == 1
        assert "供应商评审会" in str(messages[0]["Subject"])
        assert relay.accounts.mechanisms and set(relay.accounts.mechanisms) == {"PLAIN"}, "each message signed in, with PLAIN"
    finally:
        server.stop()
        relay.stop()


def test_a_wrong_password_is_a_failed_delivery_naming_the_relays_refusal(certificate):
    relay = Relay(certificate)
    server = serve(relay.port, certificate, HUIWU_SMTP_SECURITY="starttls", HUIWU_SMTP_PASSWORD="wrong")
    try:
        office, meeting = invite_guest(server.url, "wang@example.org")
        notice = guest_email_notice(office, server.url, meeting)
        assert notice["state"] == "failed", (notice["state"], notice.get("error"))
        assert "refused the sign-in" in notice["error"] and "535" in notice["error"], notice
        assert PASSWORD not in notice["error"] and "wrong" not in notice["error"]
        assert relay.sink.to("wang@example.org") == []
    finally:
        server.stop()
        relay.stop()


def test_a_certificate_the_server_does_not_trust_stops_the_conversation(certificate):
    relay = Relay(certificate)
    server = serve(relay.port, certificate, HUIWU_SMTP_SECURITY="starttls", HUIWU_SMTP_CA_FILE="")
    try:
        office, meeting = invite_guest(server.url, "wang@example.org")
        notice = guest_email_notice(office, server.url, meeting)
        assert notice["state"] == "queued" and notice["attempts"] == 1, "retried later, the relay may be fixed"
        assert "TLS" in notice["error"], notice
        assert relay.accounts.mechanisms == [], "no password was offered to an unverified relay"
    finally:
        server.stop()
        relay.stop()


def test_required_starttls_that_the_relay_does_not_offer_is_refused_before_any_password(certificate):
    relay = Relay(certificate, starttls=False)
    server = serve(relay.port, certificate, HUIWU_SMTP_SECURITY="starttls")
    try:
        office, meeting = invite_guest(server.url, "wang@example.org")
        notice = guest_email_notice(office, server.url, meeting)
        assert notice["state"] == "failed", (notice["state"], notice.get("error"))
        assert "does not offer STARTTLS" in notice["error"], notice
        assert relay.accounts.mechanisms == []
    finally:
        server.stop()
        relay.stop()


def test_a_relay_setting_it_cannot_use_stops_the_start():
    result = subprocess.run([BIN, "migrate", "--data-dir", tempfile.mkdtemp(prefix="huiwu-smtp-")], capture_output=True,
                            text=True, timeout=300,
                            env={**os.environ, "HUIWU_SMTP": "127.0.0.1:25", "HUIWU_SMTP_SECURITY": "ssl3"})
    assert result.returncode == 2
    assert "HUIWU_SMTP_SECURITY=ssl3" in result.stderr
