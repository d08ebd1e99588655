"""Notices (R5.2, X2) delivered for real: e-mail over SMTP to a local aiosmtpd sink, parsed, with
an RFC 5546 invitation that `icalendar` and `recurring-ical-events` read back to the server's
meetings (REQUEST, then CANCEL for one occurrence); chat-bot webhooks (each person's private robot) in DingTalk,
WeCom, Feishu and generic form to a local HTTP receiver; and the outbox surviving a SIGKILL mid-delivery."""
import email
import email.policy
import json
import os
import threading
import time
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import icalendar
import pytest
import recurring_ical_events
import requests
from aiosmtpd.controller import Controller

from conftest import CONTRACT_DEMO_PASSWORD, contract_login
from server_process import BIN, Server, free_port


class Sink:
    """An SMTP server that keeps every message (optionally slow, to catch deliveries midway)."""

    def __init__(self, delay=0.0):
        self.messages = []
        self.delay = delay
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            import asyncio
            await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append((envelope.rcpt_tos[0], envelope.content))
        return "250 OK"

    def to(self, address):
        with self.lock:
            return [email.message_from_bytes(c, policy=email.policy.default) for r, c in self.messages if r == address]


class Hooks:
    """A chat-bot stand-in: records each POST, answers as the bot would."""

    def __init__(self):
        self.posts = []
        hooks = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                hooks.posts.append((self.path, body))
                answer = {"/dingtalk": {"errcode": 0, "errmsg": "ok"}, "/wecom": {"errcode": 0, "errmsg": "ok"},
                          "/feishu": {"code": 0, "msg": "success"}}.get(self.path, {})
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture()
def world():
    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    sink = Sink()
    smtp = Controller(sink, hostname="127.0.0.1", port=free_port())
    smtp.start()
    hooks = Hooks()
    server = Server(demo=True, env={"HUIWU_SMTP": f"127.0.0.1:{smtp.port}", "HUIWU_NOTICE_LEASE_SECONDS": "3",
                                    "HUIWU_WEBHOOK_ALLOW_PRIVATE": "1",
                                    "HUIWU_MAIL_FROM": "office@a1.example"})
    try:
        yield server, sink, hooks
    finally:
        server.stop()
        smtp.stop()
        hooks.server.shutdown()


def as_user(url, user):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + contract_login(url, user)
    return s


def settled(s, url, meeting, timeout=30):
    """Waits until no notice of the meeting is queued; returns the delivery table."""
    deadline = time.time() + timeout
    while True:
        table = s.get(f"{url}/api/v1/meetings/{meeting}/notices", timeout=30).json()
        if all(n["state"] != "queued" for p in table["participants"] for n in p["notices"]) or time.time() > deadline:
            return table
        time.sleep(0.3)


def calendar_part(message):
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return part.get_param("method"), icalendar.Calendar.from_ical(part.get_content())
    return None, None


def test_email_invitations_and_webhooks_are_delivered_and_read_back(world):
    server, sink, hooks = world
    url = server.url
    for user, fmt in [("liuyang", "dingtalk"), ("chenjing", "wecom"), ("huangmin", "feishu"), ("zhangwei", "generic")]:
        r = as_user(url, user).put(f"{url}/api/v1/me/channels", json={"webhookUrl": f"{hooks.url}/{fmt}", "webhookFormat": fmt},
                                   timeout=30)
        assert r.status_code == 200, r.text
    bad = as_user(url, "liuyang").put(f"{url}/api/v1/me/channels", json={"webhookUrl": "ftp://x", "webhookFormat": "dingtalk"})
    assert bad.status_code == 422
    office = as_user(url, "wangfang")
    rooms = {r["name"]: r["id"] for r in office.get(f"{url}/api/v1/rooms", timeout=30).json()}
    start = date.today() + timedelta(days=20)
    series = office.post(f"{url}/api/v1/series", timeout=60, json={
        "title": "服务质量管理会议", "roomId": rooms["培训室"], "rule": "FREQ=WEEKLY;BYDAY=FR", "start": f"{start}T15:00:00",
        "durationMinutes": 60, "through": (start + timedelta(days=20)).isoformat(), "headcount": 10, "holidayPolicy": "keep",
        "participants": [{"kind": "role", "value": "staff"}, {"kind": "role", "value": "department_head"},
                         {"kind": "guest", "value": "王老师", "email": "wang@example.org"}]})
    assert series.status_code == 201, series.text
    meetings = series.json()["meetings"]
    assert len(meetings) == 3
    first = meetings[0]["id"]
    sent = office.post(f"{url}/api/v1/meetings/{first}/notices", json={"kind": "invitation"}, timeout=30)
    assert sent.status_code == 202, sent.text
    table = settled(office, url, first)
    assert table["notNotified"] == 0, table
    email_states = {p["name"]: [n["state"] for n in p["notices"] if n["channel"] == "email"] for p in table["participants"]}
    assert all(states == ["sent"] for states in email_states.values()), email_states

    # Every participant's e-mail arrived, and its invitation expands to the server's three meetings.
    expected = {(m["startsAt"], m["endsAt"]) for m in meetings}
    for address in ["liuyang@a1.example", "chenjing@a1.example", "zhangwei@a1.example", "wang@example.org"]:
        # The demo's own history (past meetings, leave) may have mailed the same people before.
        [message] = [m for m in sink.to(address) if "服务质量管理会议" in str(m["Subject"])]
        assert message["Subject"] == "会议通知：服务质量管理会议"
        assert "服务质量管理会议" in message.get_body(preferencelist=("plain",)).get_content()
        method, cal = calendar_part(message)
        assert method == "REQUEST" and str(cal["METHOD"]) == "REQUEST"
        got = {(e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat())
               for e in recurring_ical_events.of(cal).between(datetime(2000, 1, 1), datetime(2100, 1, 1))}
        assert got == expected
        assert any("mailto:" + address == str(a) for e in cal.walk("VEVENT") for a in
                   (e.get("ATTENDEE") if isinstance(e.get("ATTENDEE"), list) else [e.get("ATTENDEE")]))

    # The chat bots each got their own format.
    by_path = {p: b for p, b in hooks.posts}
    assert by_path["/dingtalk"]["msgtype"] == "text" and "服务质量管理会议" in by_path["/dingtalk"]["text"]["content"]
    assert by_path["/wecom"]["msgtype"] == "text"
    # Feishu gets a post whose user text sits in text elements (X2: a title cannot become markup).
    feishu = by_path["/feishu"]
    assert feishu["msg_type"] == "post" and "服务质量管理会议" in feishu["content"]["post"]["zh_cn"]["title"]
    assert by_path["/generic"]["event"] == "meeting.invitation" and by_path["/generic"]["meeting"]["id"] == first

    # Cancelling the second meeting sends METHOD:CANCEL for that occurrence only.
    second = meetings[1]
    r = office.post(f"{url}/api/v1/meetings/{second['id']}/cancel", json={"scope": "this", "reason": "停电"}, timeout=30)
    assert r.status_code == 200, r.text
    settled(office, url, second["id"])
    deadline = time.time() + 20
    while len(sink.to("wang@example.org")) < 2 and time.time() < deadline:
        time.sleep(0.2)
    cancel = sink.to("wang@example.org")[-1]
    method, cal = calendar_part(cancel)
    assert method == "CANCEL"
    [event] = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["RECURRENCE-ID"].dt.isoformat() == second["startsAt"]

    # Opening the meeting acknowledges it: the in-app notice reads "read".
    staff = as_user(url, "liuyang")
    assert staff.get(f"{url}/api/v1/meetings/{first}", timeout=30).status_code == 200
    row = next(p for p in office.get(f"{url}/api/v1/meetings/{first}/notices", timeout=30).json()["participants"]
               if p["name"] == "刘洋")
    assert {n["channel"]: n["state"] for n in row["notices"]}["in_app"] == "read"


def test_repeated_failed_logins_warn_the_person_by_mail_and_webhook(world):
    """X1, ASVS V2.2.3: five wrong passwords for a username (from a client the proxy names)
    tell the person by e-mail and on their chat bot, once; their own password still works."""
    server, sink, hooks = world
    url = server.url
    r = as_user(url, "zhaolei").put(f"{url}/api/v1/me/channels", json={"webhookUrl": f"{hooks.url}/account",
                                                                       "webhookFormat": "generic"}, timeout=30)
    assert r.status_code == 200, r.text
    for _ in range(7):
        r = requests.post(f"{url}/api/v1/auth/token", json={"username": "zhaolei", "password": "not-it"}, timeout=30,
                          headers={"X-Forwarded-For": "203.0.113.99"})
        assert r.status_code in (401, 429), r.text
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    deadline = time.time() + 20
    while (not sink.to("zhaolei@a1.example") or not any(p == "/account" for p, _ in hooks.posts)) and time.time() < deadline:
        time.sleep(0.2)
    [message] = sink.to("zhaolei@a1.example")
    assert message["Subject"] == "您的账号有多次登录失败"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "5 次登录失败" in body and "203.0.113.99" in body
    [post] = [b for p, b in hooks.posts if p == "/account"]
    assert post["event"] == "account.login_failures" and "203.0.113.99" in post["text"]
    # The person, from their own desk, still signs in.
    assert requests.post(f"{url}/api/v1/auth/token", json={"username": "zhaolei", "password": CONTRACT_DEMO_PASSWORD}, timeout=30,
                         headers={"X-Forwarded-For": "198.51.100.4"}).status_code == 200


def test_killing_the_server_mid_delivery_loses_nothing(world):
    server, sink, _ = world
    sink.delay = 0.15
    url = server.url
    office = as_user(url, "wangfang")
    day = date.today() + timedelta(days=5)
    guests = [{"kind": "guest", "value": f"来宾{i}", "email": f"guest{i}@example.org"} for i in range(40)]
    r = office.post(f"{url}/api/v1/meetings", timeout=30, json={
        "title": "安全会议", "startsAt": f"{day}T10:00:00+08:00", "endsAt": f"{day}T11:00:00+08:00", "participants": guests})
    assert r.status_code == 201, r.text
    meeting = r.json()["id"]
    assert office.post(f"{url}/api/v1/meetings/{meeting}/notices", timeout=30).status_code == 202
    deadline = time.time() + 30
    while len(sink.messages) < 3 and time.time() < deadline:
        time.sleep(0.05)
    server.kill()
    delivered_before = len(sink.messages)
    assert delivered_before < 40, "everything was delivered before the kill; the test proves nothing"
    server.restart()
    office = as_user(url, "wangfang")
    table = settled(office, url, meeting, timeout=90)
    states = [n["state"] for p in table["participants"] for n in p["notices"] if n["channel"] == "email"]
    assert states == ["sent"] * 41 or sorted(set(states)) == ["sent"], states
    received = {r for r, _ in sink.messages}
    assert {f"guest{i}@example.org" for i in range(40)} <= received
