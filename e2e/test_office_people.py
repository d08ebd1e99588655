"""People, accounts and approvals as an office uses them (R2.5, X1, X3, X6), in a real Chromium:
a person changes their password and their other browser is signed out; an administrator resets
someone's; the participant picker finds 张伟 from "zw" and adds him; the approval queue cites
A1's own clause, shows the leave's reason and the meeting's time, and approves two bookings in one
submit. Screenshots of the password page, the queue and the picker at desktop, tablet and phone."""
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import PASSWORD, account_menu, browser, login, server, shot, submit_and_wait, token  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")
SIZES = {"desktop": (1400, 1000), "tablet": (1280, 800), "phone": (390, 844)}
NEW_PASSWORD = "spring tea by the river 2026"


@pytest.fixture(scope="module")
def other():
    """A second browser: the same person signed in elsewhere."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def shots(driver, name):
    """The page at desktop, tablet and phone widths, then back to the desktop."""
    for size, (w, h) in SIZES.items():
        driver.set_window_size(w, h)
        shot(driver, f"{name}-{size}")
    driver.set_window_size(*SIZES["desktop"])


def sign_in(driver, server, username, password):
    driver.delete_all_cookies()
    driver.get(server.url + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    submit_and_wait(driver, driver.find_element(By.ID, "login-submit"))


def test_a_person_changes_their_password_and_their_other_browser_is_signed_out(server, browser, other):
    login(other, server, "huangmin")
    elsewhere = token(server, "huangmin")
    login(browser, server, "huangmin")
    account_menu(browser)
    browser.find_element(By.ID, "nav-password").click()
    assert "/me/password" in browser.current_url
    shots(browser, "password-change")

    # A wrong current password and two new ones that differ: the form says so, in Chinese, and
    # sends no password back.
    browser.find_element(By.ID, "current-password").send_keys("not my password")
    browser.find_element(By.ID, "new-password").send_keys(NEW_PASSWORD)
    browser.find_element(By.ID, "confirm-password").send_keys(NEW_PASSWORD + "!")
    submit_and_wait(browser, browser.find_element(By.ID, "password-submit"))
    assert browser.find_element(By.ID, "current-password-error").text == "当前密码不正确"
    assert browser.find_element(By.ID, "confirm-password-error").text == "两次输入的新密码不一致"
    assert NEW_PASSWORD not in browser.page_source and "not my password" not in browser.page_source

    browser.find_element(By.ID, "current-password").send_keys(PASSWORD)
    browser.find_element(By.ID, "new-password").send_keys(NEW_PASSWORD)
    browser.find_element(By.ID, "confirm-password").send_keys(NEW_PASSWORD)
    submit_and_wait(browser, browser.find_element(By.ID, "password-submit"))
    assert "/me/password" in browser.current_url and "done=password_changed" in browser.current_url
    assert "密码已修改" in browser.find_element(By.ID, "notice").text

    # This browser stays signed in; the other one and the API token are signed out.
    browser.get(server.url + "/grid")
    assert "/grid" in browser.current_url
    other.get(server.url + "/grid")
    assert "/login" in other.current_url
    assert requests.get(f"{server.url}/api/v1/me", headers=elsewhere, timeout=10).status_code == 401
    # The old password no longer signs in; the new one does.
    sign_in(other, server, "huangmin", PASSWORD)
    assert "/login" in other.current_url
    sign_in(other, server, "huangmin", NEW_PASSWORD)
    assert "/grid" in other.current_url


def test_an_administrator_resets_someones_password(server, browser, other):
    login(other, server, "zhaolei")
    login(browser, server, "admin")
    browser.get(server.url + "/admin/people")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#people tbody tr") if "zhaolei" in r.text)
    row.find_element(By.CSS_SELECTOR, "a.password-reset").click()
    assert re.search(r"/admin/people/[0-9A-Fa-f-]+/password$", browser.current_url)
    assert "赵磊" in browser.find_element(By.TAG_NAME, "h1").text
    shots(browser, "password-reset")
    # A password from the leaked lists is refused, in Chinese.
    browser.find_element(By.ID, "new-password").send_keys("1qaz2wsx3edc")
    browser.find_element(By.ID, "confirm-password").send_keys("1qaz2wsx3edc")
    submit_and_wait(browser, browser.find_element(By.ID, "password-submit"))
    assert "泄露" in browser.find_element(By.ID, "new-password-error").text
    browser.find_element(By.ID, "new-password").send_keys(NEW_PASSWORD)
    browser.find_element(By.ID, "confirm-password").send_keys(NEW_PASSWORD)
    submit_and_wait(browser, browser.find_element(By.ID, "password-submit"))
    assert browser.current_url.endswith("/admin/people?done=password_reset")
    other.get(server.url + "/grid")
    assert "/login" in other.current_url
    sign_in(other, server, "zhaolei", NEW_PASSWORD)
    assert "/grid" in other.current_url


def test_typing_zw_in_the_participant_picker_offers_zhang_wei_and_adds_him(server, browser):
    office = token(server, "liuyang")
    start = (datetime.now(SHANGHAI) + timedelta(days=2)).replace(hour=15, minute=0, second=0, microsecond=0)
    made = requests.post(
        f"{server.url}/api/v1/meetings", headers=office, timeout=10,
        json={"title": "季度销售复盘", "startsAt": start.isoformat(), "endsAt": (start + timedelta(hours=1)).isoformat()})
    assert made.status_code == 201, made.text
    meeting = made.json()["id"]
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/meetings/{meeting}")
    assert browser.find_element(By.ID, "participants-add-departments").is_displayed()
    field = browser.find_element(By.ID, "people-input")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    field.send_keys("zw")
    option = WebDriverWait(browser, 10).until(
        lambda d: next((o for o in d.find_elements(By.CSS_SELECTOR, "#people-input-options [role=option]")
                        if "张伟" in o.text), None))
    assert "zhangwei" in option.text
    shots(browser, "participant-picker")
    option.click()
    chosen = browser.find_element(By.ID, "people-input-chosen")
    assert "张伟" in chosen.text
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#participants-add button[type=submit]"))
    names = browser.find_element(By.ID, "participants").text
    assert "张伟" in names

    # The new-meeting form offers the same picker.
    browser.get(f"{server.url}/meetings/new")
    browser.find_element(By.ID, "people-input").send_keys("zw")
    WebDriverWait(browser, 10).until(
        lambda d: any("张伟" in o.text for o in d.find_elements(By.CSS_SELECTOR, "#people-input-options [role=option]")))


def test_the_queue_cites_a1_and_approves_two_bookings_in_one_submit(server, browser):
    login(browser, server, "wangfang")
    browser.get(server.url + "/approvals")
    rows = browser.find_elements(By.CSS_SELECTOR, "#approval-queue tbody tr")
    assert len(rows) >= 2, "the demo leaves bookings waiting"
    for row in rows:
        clause = row.find_element(By.CSS_SELECTOR, "td.clause").text
        assert "A1 三" in clause and "R1.1" not in clause, clause
    shots(browser, "approval-queue")
    picked = [rows[0].get_attribute("data-id"), rows[1].get_attribute("data-id")]
    for booking in picked:
        browser.find_element(By.ID, f"pick-{booking}").click()
    submit_and_wait(browser, browser.find_element(By.ID, "bulk-approve-submit"))
    assert "已批准 2 条预约" in browser.find_element(By.ID, "bulk-outcome").text
    left = [r.get_attribute("data-id") for r in browser.find_elements(By.CSS_SELECTOR, "#approval-queue tbody tr")]
    assert not set(picked) & set(left)
    office = token(server, "wangfang")
    for booking in picked:
        b = requests.get(f"{server.url}/api/v1/bookings/{booking}", headers=office, timeout=10).json()
        assert b["status"] == "approved"


def test_an_approver_sees_the_leave_reason_and_the_meeting_time(server, browser):
    admin = token(server, "admin")
    # The restaurant's rules (A5) from today: the organiser approves leave.
    templates = requests.get(f"{server.url}/api/v1/rulebook/templates", headers=admin, timeout=10).json()
    source = next(t["source"] for t in templates if t["name"] == "A5")
    newest = requests.get(f"{server.url}/api/v1/rulebook/versions", headers=admin, timeout=10).json()[0]["version"]
    today = datetime.now(SHANGHAI).date().isoformat()
    source = re.sub(r"(?m)^version: .*$", f"version: {newest + 1}", source)
    source = re.sub(r"(?m)^effective: .*$", f"effective: {today}", source)
    adopted = requests.post(f"{server.url}/api/v1/rulebook/versions", headers=admin, json={"source": source}, timeout=10)
    assert adopted.status_code == 201, adopted.text

    organiser = token(server, "liuyang")
    chenjing = requests.get(f"{server.url}/api/v1/people-search?q=chenjing", headers=organiser, timeout=10).json()[0]
    start = (datetime.now(SHANGHAI) + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    made = requests.post(
        f"{server.url}/api/v1/meetings", headers=organiser, timeout=10,
        json={"title": "成本采购例会", "startsAt": start.isoformat(), "endsAt": (start + timedelta(hours=1)).isoformat(),
              "participants": [{"kind": "person", "value": chenjing["id"]}]})
    assert made.status_code == 201, made.text
    asked = requests.post(f"{server.url}/api/v1/meetings/{made.json()['id']}/leave", headers=token(server, "chenjing"),
                          json={"reason": "母亲住院需陪护"}, timeout=10)
    assert asked.status_code in (200, 201), asked.text

    login(browser, server, "liuyang")
    browser.get(server.url + "/requests")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#approval-requests tr") if "成本采购例会" in r.text)
    assert row.find_element(By.CSS_SELECTOR, ".request-reason").text == "母亲住院需陪护"
    when = f"{start.date().isoformat()} 10:00–11:00"
    assert row.find_element(By.CSS_SELECTOR, ".request-when").text == when
    assert "成本采购例会" in row.find_element(By.CSS_SELECTOR, ".request-subject").text
    shots(browser, "approval-requests")
    listed = requests.get(f"{server.url}/api/v1/approvals", headers=organiser, timeout=10).json()
    item = next(i for i in listed if i["subject"] == "leave")
    assert item["requestReason"] == "母亲住院需陪护"
    assert item["subjectDetails"]["meetingTitle"] == "成本采购例会"
