"""Real-browser check-in (R5.6): the room office's meeting page shows the check-in QR
code; the test decodes the code as a phone camera would (zbar, via pyzbar, on a screenshot of
the page's image); a phone-sized Chromium opens that link, signs in, checks in, and the meeting
page shows the person checked in on time. A leave request later than A5 §8 allows is refused on
the page with the clause."""
import io
import os
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests
from PIL import Image
from pyzbar.pyzbar import decode
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from test_browser import PASSWORD, SHOTS, browser, login, phone, server, shot, submit_and_wait, token  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")


def person_id(server, auth, username):
    people = requests.get(f"{server.url}/api/v1/people?limit=200", headers=auth, timeout=10).json()
    items = people["items"] if isinstance(people, dict) else people
    return next(p["id"] for p in items if p["username"] == username)


def test_phone_checks_in_from_the_qr_code_and_a_late_leave_is_refused(server, browser, phone):
    admin = token(server, "admin")
    office = token(server, "wangfang")
    # The restaurant's rules (A5) from today: leave at least an hour ahead.
    a5 = requests.get(f"{server.url}/api/v1/rulebook/templates", headers=admin, timeout=10).json()
    source = next(t["source"] for t in a5 if t["name"] == "A5")
    newest = requests.get(f"{server.url}/api/v1/rulebook/versions", headers=admin, timeout=10).json()[0]["version"]
    today = datetime.now(SHANGHAI).date().isoformat()
    source = re.sub(r"(?m)^version: .*$", f"version: {newest + 1}", source)
    source = re.sub(r"(?m)^effective: .*$", f"effective: {today}", source)
    adopted = requests.post(f"{server.url}/api/v1/rulebook/versions", headers=admin, json={"source": source}, timeout=10)
    assert adopted.status_code == 201, adopted.text

    # A meeting starting in ten minutes (check-in is open from 15 minutes before), no room needed.
    start = (datetime.now(SHANGHAI) + timedelta(minutes=10)).replace(second=0, microsecond=0)
    made = requests.post(
        f"{server.url}/api/v1/meetings", headers=office, timeout=10,
        json={
            "title": "服务质量例会", "startsAt": start.isoformat(), "endsAt": (start + timedelta(hours=1)).isoformat(),
            "participants": [{"kind": "person", "value": person_id(server, office, u)} for u in ("liuyang", "chenjing")],
        })
    assert made.status_code == 201, made.text
    meeting = made.json()["id"]

    # The organiser's page shows the QR code; decode it as a camera would.
    login(browser, server, "wangfang")
    browser.get(f"{server.url}/meetings/{meeting}")
    figure = browser.find_element(By.ID, "check-in-qr")
    browser.execute_script("arguments[0].scrollIntoView()", figure)
    shot(browser, "meeting-check-in-qr")
    image = Image.open(io.BytesIO(figure.find_element(By.TAG_NAME, "svg").screenshot_as_png))
    codes = decode(image)
    assert codes, "zbar found no QR code in the page's image"
    link = codes[0].data.decode("utf-8")
    assert f"/check-in/{meeting}?t=" in link
    assert link == browser.find_element(By.ID, "check-in-link").get_attribute("href")

    # The phone opens the link, signs in, comes back to the check-in page and checks in.
    phone.delete_all_cookies()
    phone.get(link)
    assert "/login" in phone.current_url
    phone.find_element(By.ID, "username").send_keys("liuyang")
    phone.find_element(By.ID, "password").send_keys(PASSWORD)
    submit_and_wait(phone, phone.find_element(By.ID, "login-submit"))
    assert f"/check-in/{meeting}" in phone.current_url
    assert phone.find_element(By.ID, "check-in-meeting").text == "服务质量例会"
    shot(phone, "phone-check-in")
    submit_and_wait(phone, phone.find_element(By.ID, "check-in-button"))
    assert f"/meetings/{meeting}" in phone.current_url
    mine = phone.find_element(By.ID, "attendance-me").text
    assert "已签到" in mine and "准时" in mine
    shot(phone, "phone-checked-in")

    # The organiser sees them checked in, on time.
    browser.get(f"{server.url}/meetings/{meeting}")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#attendance-list tbody tr") if "刘洋" in r.text)
    assert "准时" in row.text

    # Ten minutes before the start, a leave request is refused under A5 §8 and nothing changes.
    phone.delete_all_cookies()
    phone.get(f"{server.url}/login")
    phone.find_element(By.ID, "username").send_keys("chenjing")
    phone.find_element(By.ID, "password").send_keys(PASSWORD)
    submit_and_wait(phone, phone.find_element(By.ID, "login-submit"))
    phone.get(f"{server.url}/meetings/{meeting}")
    phone.find_element(By.ID, "leave-reason").send_keys("临时有事")
    submit_and_wait(phone, phone.find_element(By.ID, "leave-request"))
    refusal = phone.find_element(By.ID, "leave-error").text
    assert "A5 §8" in refusal and "须至少提前 60 分钟" in refusal
    shot(phone, "phone-leave-refused")
    leave = requests.get(f"{server.url}/api/v1/meetings/{meeting}/leave", headers=office, timeout=10).json()
    assert leave == []
