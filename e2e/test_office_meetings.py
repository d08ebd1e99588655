"""An office runs its meetings in a real browser (R5.6, R5.8, R3.1): the organiser who runs a meeting
— marks others, publishes the minutes — without scanning their own code is present, not closed
absent; the page says, before closing, who will be recorded absent, and prompts the organiser to
check in; an offence recorded and the page refreshed is recorded once; cancelling a meeting asks
first; and in the customer-service centre's demo (`huiwu demo --rulebook A3`) a leave request goes
to the centre's 客服经理, not to the administrator."""
import os
import subprocess
import tempfile
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import server_process
from server_process import BIN, ROOT, Server
from test_browser import PASSWORD, browser, login, shot, submit_and_wait, token  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")


class RulebookDemoServer(Server):
    """`huiwu serve` on the demo organisation a shipped rulebook describes (`huiwu demo --rulebook`)."""

    def __init__(self, rulebook: str):
        self.data_dir = tempfile.mkdtemp(prefix="huiwu-py-")
        self.port = server_process.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ)
        self.drop_database = None
        if server_process.DATABASE == "postgres":
            made = server_process.postgres_database("huiwu_e2e_")
            assert made, "HUIWU_E2E_DATABASE=postgres needs HUIWU_TEST_POSTGRES_URL"
            self.env["DATABASE_URL"], self.drop_database = made
        self.log_path = os.path.join(self.data_dir, "server.log")
        subprocess.run([BIN, "demo", "--data-dir", self.data_dir, "--rulebook", rulebook], cwd=ROOT, env=self.env,
                       check=True, stdout=subprocess.DEVNULL, timeout=300)
        self.log = open(self.log_path, "w")
        self._start()


@pytest.fixture(scope="module")
def server():
    s = RulebookDemoServer("A3")
    yield s
    s.stop()


def people(server, auth):
    found = requests.get(f"{server.url}/api/v1/people?limit=200", headers=auth, timeout=10).json()
    return {p["username"]: p for p in (found["items"] if isinstance(found, dict) else found)}


def type_id(server, auth, code):
    types = requests.get(f"{server.url}/api/v1/meeting-types", headers=auth, timeout=10).json()
    return next(t["id"] for t in (types["items"] if isinstance(types, dict) else types) if t["code"] == code)


def meeting(server, auth, title, start, minutes, usernames, type_code=None):
    everyone = people(server, auth)
    body = {
        "title": title, "startsAt": start.isoformat(), "endsAt": (start + timedelta(minutes=minutes)).isoformat(),
        "headcount": len(usernames) + 1,
        "participants": [{"kind": "person", "value": everyone[u]["id"]} for u in usernames]}
    if type_code:
        body["typeId"] = type_id(server, auth, type_code)
    made = requests.post(f"{server.url}/api/v1/meetings", headers=auth, timeout=10, json=body)
    assert made.status_code == 201, made.text
    return made.json()["id"]


def will_be_absent(d):
    return d.find_element(By.ID, "will-be-absent").text


def test_the_organiser_who_runs_the_meeting_is_present_and_sees_who_will_be_absent(server, browser):
    d = browser
    # The team meeting (A3 会议第2条) is the 班长's: 张伟 organises and chairs it.
    chair = token(server, "zhangwei")
    office = token(server, "wangfang")
    # Running now (started half a minute ago): check-in is open and offences may be recorded.
    start = datetime.now(SHANGHAI).replace(microsecond=0) - timedelta(seconds=30)
    mid = meeting(server, chair, "班务会", start, 60, ["liuyang", "chenjing"], "a3.team_weekly")
    login(d, server, "zhangwei")
    d.get(f"{server.url}/meetings/{mid}")
    # Before anyone acts: the organiser is asked to check in, and all three would be closed absent.
    assert d.find_element(By.ID, "attendance-prompt-check-in").is_displayed()
    listed = will_be_absent(d)
    assert "张伟" in listed and "刘洋" in listed and "陈静" in listed
    for name, size in (("desktop", (1400, 1000)), ("tablet", (1280, 800)), ("phone", (390, 844))):
        d.set_window_size(*size)
        d.get(f"{server.url}/meetings/{mid}#attendance")
        shot(d, f"meeting-attendance-{name}")
    d.set_window_size(1400, 1000)
    d.get(f"{server.url}/meetings/{mid}")

    # The organiser marks 刘洋 in and publishes the minutes, never scanning their own code.
    row = next(r for r in d.find_elements(By.CSS_SELECTOR, "#attendance-list tbody tr") if "刘洋" in r.text)
    submit_and_wait(d, row.find_element(By.CSS_SELECTOR, "button"))
    d.find_element(By.ID, "minutes-body").send_keys("一、本周投诉情况。")
    submit_and_wait(d, d.find_element(By.ID, "minutes-save"))
    submit_and_wait(d, d.find_element(By.ID, "minutes-publish"))
    d.get(f"{server.url}/meetings/{mid}")
    organiser = next(r for r in d.find_elements(By.CSS_SELECTOR, "#attendance-list tbody tr") if "张伟" in r.text)
    assert "主持会议的操作" in organiser.text, "the list says why the organiser counts as present"
    assert not d.find_elements(By.ID, "attendance-prompt")
    listed = will_be_absent(d)
    assert "陈静" in listed and "张伟" not in listed and "刘洋" not in listed
    shot(d, "meeting-attendance-after-acting")

    # An offence, then the browser's refresh: the page after the post is a GET page; one fine.
    Select(d.find_element(By.ID, "offence-person")).select_by_visible_text("刘洋")
    d.find_element(By.ID, "offence-reason").send_keys("会上接听私人电话")
    submit_and_wait(d, d.find_element(By.ID, "offence-save"))
    assert f"/meetings/{mid}" in d.current_url and "/offences" not in d.current_url
    fines = len(d.find_elements(By.CSS_SELECTOR, "#meeting-fines li"))
    assert fines == 1
    d.refresh()
    assert len(d.find_elements(By.CSS_SELECTOR, "#meeting-fines li")) == 1
    ledger = requests.get(f"{server.url}/api/v1/penalties?scope=all", headers=office, timeout=10).json()
    entries = ledger["items"] if isinstance(ledger, dict) and "items" in ledger else ledger
    assert sum(1 for e in entries if e.get("meetingId") == mid) == 1

    # A refused offence (no reason) comes back on the meeting page with what was chosen kept.
    d.execute_script("document.getElementById('offence-reason').removeAttribute('required')")
    Select(d.find_element(By.ID, "offence-person")).select_by_visible_text("陈静")
    submit_and_wait(d, d.find_element(By.ID, "offence-save"))
    assert d.find_element(By.ID, "offence-error").text
    assert Select(d.find_element(By.ID, "offence-person")).first_selected_option.text == "陈静"


def test_cancelling_a_meeting_asks_first(server, browser):
    d = browser
    office = token(server, "wangfang")
    start = (datetime.now(SHANGHAI) + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    mid = meeting(server, office, "待取消的会议", start, 30, ["liuyang"])
    login(d, server, "wangfang")
    d.get(f"{server.url}/meetings/{mid}")
    d.find_element(By.CSS_SELECTOR, "#meeting-cancel input[name=reason]").send_keys("领导出差")
    submit_and_wait(d, d.find_element(By.CSS_SELECTOR, "#meeting-cancel button[type=submit]"))
    assert "待取消的会议" in d.find_element(By.ID, "confirm-question").text
    shot(d, "meeting-cancel-confirm")
    status = requests.get(f"{server.url}/api/v1/meetings/{mid}", headers=office, timeout=10).json()["status"]
    assert status == "scheduled", "asking changed nothing"
    submit_and_wait(d, d.find_element(By.ID, "confirm-yes"))
    assert d.find_element(By.ID, "meeting-status").text == "已取消"
    status = requests.get(f"{server.url}/api/v1/meetings/{mid}", headers=office, timeout=10).json()["status"]
    assert status == "cancelled"


def test_a3_demo_leave_goes_to_the_customer_service_manager(server, browser):
    d = browser
    office = token(server, "wangfang")
    start = (datetime.now(SHANGHAI) + timedelta(days=3)).replace(hour=15, minute=0, second=0, microsecond=0)
    mid = meeting(server, office, "业务代表座谈", start, 60, ["liuyang"])
    login(d, server, "liuyang")
    d.get(f"{server.url}/meetings/{mid}")
    d.find_element(By.ID, "leave-reason").send_keys("家中有事")
    submit_and_wait(d, d.find_element(By.ID, "leave-request"))
    manager = people(server, office)["zhoujie"]
    assert manager["position"] == "客服经理"
    login(d, server, "zhoujie")
    d.get(f"{server.url}/requests")
    assert "业务代表座谈" in d.find_element(By.TAG_NAME, "main").text, "the 客服经理 is asked"
    login(d, server, "admin")
    d.get(f"{server.url}/requests")
    assert "业务代表座谈" not in d.find_element(By.TAG_NAME, "main").text, "not the administrator"
