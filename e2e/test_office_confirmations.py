"""Confirmations and refusals as an office meets them (X1, R3.2, R1.1), walked in Chromium:
revoking a calendar feed, rotating a room's kiosk key and deleting a department each ask first,
naming what will be lost — going back changes nothing, confirming does it and says so; a refused
appeal comes back at 4xx with why, in the reader's language, and the reason they typed still in
the page; the booking page and the booking form fit a phone."""
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import account_menu, browser, login, phone, replaced, server, shot, submit_and_wait, token  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")
SIZES = {"desktop": (1400, 1000), "tablet": (1280, 800), "phone": (390, 844)}


def shots(driver, name):
    """The page at desktop, tablet and phone widths (the answer to a POST cannot be fetched again,
    so the same window is resized), then back to the desktop."""
    for size, (w, h) in SIZES.items():
        driver.set_window_size(w, h)
        shot(driver, f"office-{name}-{size}")
    driver.set_window_size(*SIZES["desktop"])


def response_status(driver):
    """The HTTP status of the page the browser shows (the navigation's own response)."""
    return driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")


def click_and_wait(driver, element):
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 15).until(replaced(old))


def rooms(server, auth):
    return {r["name"]: r for r in requests.get(f"{server.url}/api/v1/rooms", headers=auth, timeout=10).json()}


def people(server, auth):
    found = requests.get(f"{server.url}/api/v1/people?limit=200", headers=auth, timeout=10).json()
    return {p["username"]: p for p in (found["items"] if isinstance(found, dict) else found)}


def asked(driver):
    """The confirmation page: its question and what it says will be lost."""
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "confirm-first"))
    assert response_status(driver) == 200
    detail = driver.find_elements(By.ID, "confirm-detail")
    return driver.find_element(By.ID, "confirm-question").text, (detail[0].text if detail else "")


# --- 1. Destructive actions ask first (X1) ---


def test_revoking_a_calendar_feed_asks_first_naming_it(server, browser):
    me = token(server, "liuyang")
    room = rooms(server, me)["第一会议室"]
    mine = requests.post(f"{server.url}/api/v1/feeds", headers=me, json={}, timeout=10).json()
    of_room = requests.post(f"{server.url}/api/v1/feeds", headers=me, json={"roomId": room["id"]}, timeout=10).json()
    url = of_room["url"]
    assert requests.get(url, timeout=10).status_code == 200, "the subscribed calendar works"

    def revoked(feed_id):
        listed = requests.get(f"{server.url}/api/v1/feeds", headers=me, timeout=10).json()
        return next(f for f in listed if f["id"] == feed_id).get("revokedAt") is not None

    login(browser, server, "liuyang")
    browser.get(f"{server.url}/me/channels")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f"form[action='/me/feeds/{of_room['id']}/revoke'] button"))
    question, detail = asked(browser)
    assert "撤销" in question and "第一会议室" in question, f"the question names the feed: {question}"
    assert "不再更新" in detail, "it says what stops"
    shots(browser, "feed-revoke-confirm")
    # Going back changes nothing.
    click_and_wait(browser, browser.find_element(By.ID, "confirm-back"))
    assert "/me/channels" in browser.current_url
    assert not revoked(of_room["id"]) and requests.get(url, timeout=10).status_code == 200
    # Confirmed: revoked, redirected, told so; the other feed is untouched.
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f"form[action='/me/feeds/{of_room['id']}/revoke'] button"))
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-yes"))
    assert re.search(r"/me/channels\?done=", browser.current_url), "redirected after the POST"
    assert "撤销" in browser.find_element(By.ID, "notice").text
    assert revoked(of_room["id"]) and not revoked(mine["id"])
    assert requests.get(url, timeout=10).status_code in (404, 410)


def test_rotating_a_kiosk_key_asks_first_naming_the_room(server, browser):
    office = token(server, "wangfang")
    room = rooms(server, office)["第二会议室"]
    key = f"{server.url}/api/v1/rooms/{room['id']}/kiosk-key"
    before = requests.get(key, headers=office, timeout=10).json()
    assert requests.get(before["url"], timeout=10).status_code == 200, "the tablet's address works"
    login(browser, server, "wangfang")
    browser.get(f"{server.url}/rooms/{room['id']}/week")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#kiosk-rotate button"))
    question, detail = asked(browser)
    assert "第二会议室" in question and "签到屏" in question, question
    assert "旧地址立即失效" in detail
    shots(browser, "kiosk-rotate-confirm")
    click_and_wait(browser, browser.find_element(By.ID, "confirm-back"))
    assert f"/rooms/{room['id']}/week" in browser.current_url
    assert requests.get(key, headers=office, timeout=10).json()["generation"] == before["generation"]
    assert requests.get(before["url"], timeout=10).status_code == 200, "going back changes nothing"

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#kiosk-rotate button"))
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-yes"))
    assert browser.current_url.endswith(f"/rooms/{room['id']}/week?done=kiosk_rotated")
    assert "签到屏地址已更换" in browser.find_element(By.ID, "notice").text
    after = requests.get(key, headers=office, timeout=10).json()
    assert after["generation"] == before["generation"] + 1 and after["url"] != before["url"]
    assert requests.get(before["url"], timeout=10).status_code >= 400, "the old address is refused"


def test_deleting_a_department_asks_first_naming_it(server, browser):
    admin = token(server, "admin")
    made = requests.post(f"{server.url}/api/v1/departments", headers=admin, json={"name": "筹备组"}, timeout=10)
    assert made.status_code == 201, made.text
    dept = made.json()["id"]

    def exists():
        return any(d["id"] == dept for d in requests.get(f"{server.url}/api/v1/departments", headers=admin, timeout=10).json())

    login(browser, server, "admin")
    browser.get(f"{server.url}/admin/departments")
    delete = f"form[action='/admin/departments/{dept}/delete'] button"
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, delete))
    question, _ = asked(browser)
    assert "筹备组" in question and "删除" in question, question
    shots(browser, "department-delete-confirm")
    click_and_wait(browser, browser.find_element(By.ID, "confirm-back"))
    assert browser.current_url.endswith("/admin/departments") and exists(), "going back changes nothing"
    assert "筹备组" in browser.find_element(By.ID, "departments").text

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, delete))
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-yes"))
    assert browser.current_url.endswith("/admin/departments?done=deleted")
    assert "已删除" in browser.find_element(By.ID, "notice").text
    assert not exists() and "筹备组" not in browser.find_element(By.ID, "departments").text

    # A department people belong to: asked, confirmed, and still refused — and said so.
    used = next(d for d in requests.get(f"{server.url}/api/v1/departments", headers=admin, timeout=10).json()
                if d["name"] == "销售部")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f"form[action='/admin/departments/{used['id']}/delete'] button"))
    assert "销售部" in asked(browser)[0]
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-yes"))
    assert "仍在使用中" in browser.find_element(By.ID, "notice").text


# --- 3. The booking page and the booking form on a phone (R1.1) ---


def fits(driver):
    return driver.execute_script("return {doc: document.documentElement.scrollWidth, view: window.innerWidth}")


def in_view_horizontally(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    box = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, w: window.innerWidth}",
        element)
    return element.is_displayed() and box["left"] >= 0 and box["right"] <= box["w"] + 0.5


def test_the_booking_page_and_form_fit_a_phone(server, phone):
    staff = token(server, "liuyang")
    room = rooms(server, staff)["第一会议室"]
    on = (datetime.now(SHANGHAI) + timedelta(days=9)).date()
    body = {"roomId": room["id"], "startsAt": f"{on}T14:00:00+08:00", "endsAt": f"{on}T15:00:00+08:00",
            "purpose": "meeting", "headcount": 6, "title": "第三季度全国销售渠道策略与重点客户回访计划复盘会"}
    made = requests.post(f"{server.url}/api/v1/bookings", headers=staff, json=body, timeout=10)
    if made.status_code == 409:  # the demo's own booking is there: the first alternative offered
        offered = made.json()["alternatives"]
        alt = (offered["otherRooms"] + offered["sameRoom"])[0]
        body.update(roomId=alt["roomId"], startsAt=alt["startsAt"], endsAt=alt["endsAt"])
        made = requests.post(f"{server.url}/api/v1/bookings", headers=staff, json=body, timeout=10)
    assert made.status_code == 201, made.text
    booking = made.json()["id"]
    login(phone, server, "liuyang")
    assert phone.execute_script("return window.innerWidth") == 390

    phone.get(f"{server.url}/bookings/{booking}")
    WebDriverWait(phone, 10).until(lambda d: d.find_elements(By.ID, "booking"))
    page = fits(phone)
    assert page["doc"] <= page["view"], f"the booking page scrolls sideways: {page}"
    for button in ("booking-edit", "booking-cancel", "booking-grid"):
        assert in_view_horizontally(phone, phone.find_element(By.ID, button)), button
    phone.execute_script("window.scrollTo(0, 0)")
    shot(phone, "booking-page-phone")

    phone.get(f"{server.url}/book?roomId={room['id']}&date={on}")
    WebDriverWait(phone, 10).until(lambda d: d.find_elements(By.ID, "booking-form"))
    page = fits(phone)
    assert page["doc"] <= page["view"], f"the booking form scrolls sideways: {page}"
    for field in ("roomId", "date", "start", "end", "title", "headcount", "booking-submit"):
        assert in_view_horizontally(phone, phone.find_element(By.ID, field)), field
    phone.execute_script("window.scrollTo(0, 0)")
    shot(phone, "booking-form-phone")


# --- 2. A refused appeal keeps its reason (R3.2, X1) ---


def adopt_a5(server):
    """The restaurant's rules (A5) from today: the chair records a disturbance, a 10-yuan fine."""
    admin = token(server, "admin")
    templates = requests.get(f"{server.url}/api/v1/rulebook/templates", headers=admin, timeout=10).json()
    source = next(t["source"] for t in templates if t["name"] == "A5")
    newest = requests.get(f"{server.url}/api/v1/rulebook/versions", headers=admin, timeout=10).json()[0]["version"]
    source = re.sub(r"(?m)^version: .*$", f"version: {newest + 1}", source)
    source = re.sub(r"(?m)^effective: .*$", f"effective: {datetime.now(SHANGHAI).date().isoformat()}", source)
    adopted = requests.post(f"{server.url}/api/v1/rulebook/versions", headers=admin, json={"source": source}, timeout=10)
    assert adopted.status_code == 201, adopted.text


def fine(server, usernames):
    """A meeting running now (started half a minute ago) chaired by the administrator, who records
    a disturbance by each of `usernames`: {username: the fine's id}."""
    office, admin = token(server, "wangfang"), token(server, "admin")
    everyone = people(server, office)
    start = datetime.now(SHANGHAI).replace(microsecond=0) - timedelta(seconds=30)
    made = requests.post(f"{server.url}/api/v1/meetings", headers=office, timeout=10, json={
        "title": "班前例会", "startsAt": start.isoformat(), "endsAt": (start + timedelta(hours=1)).isoformat(),
        "participants": [{"kind": "person", "value": everyone[u]["id"]} for u in usernames]})
    assert made.status_code == 201, made.text
    meeting = made.json()["id"]
    chair = requests.post(f"{server.url}/api/v1/meetings/{meeting}/chair", headers=office, timeout=10,
                          json={"personId": everyone["admin"]["id"]})
    assert chair.status_code < 300, chair.text
    roster = requests.get(f"{server.url}/api/v1/meetings/{meeting}/participants", headers=office, timeout=10).json()
    roster = roster["items"] if isinstance(roster, dict) else roster
    fines = {}
    for u in usernames:
        participant = next(p["id"] for p in roster if p.get("personId") == everyone[u]["id"])
        fined = requests.post(f"{server.url}/api/v1/meetings/{meeting}/offences", headers=admin, timeout=10,
                              json={"clauseId": "A5-9-disturb", "participantId": participant, "reason": "会上接听私人电话"})
        assert fined.status_code == 201, fined.text
        fines[u] = fined.json()["id"]
    return fines


def appeal(driver, fine_id, reason):
    """Types `reason` in the fine's appeal form and sends it; the ledger comes back."""
    form = driver.find_element(By.CSS_SELECTOR, f"#penalty-{fine_id} form[action*='/appeal']")
    box = form.find_element(By.NAME, "reason")
    box.clear()
    box.send_keys(reason)
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def kept_reason(driver, fine_id):
    """What the fine's row still holds of the reason typed: an input's value or a kept text."""
    row = driver.find_element(By.ID, f"penalty-{fine_id}")
    return [e.get_attribute("value") for e in row.find_elements(By.CSS_SELECTOR, "input[name=reason], textarea")]


def test_a_refused_appeal_keeps_its_reason_in_chinese_and_english(server, browser):
    adopt_a5(server)
    fines = fine(server, ["liuyang", "chenjing"])
    d = browser
    for username, lang, too_long, taken in (
        ("liuyang", "zh-Hans", "不能超过 500 个字符", "该罚款已撤销、已缴纳或已在申诉中"),
        ("chenjing", "en", "At most 500 characters", "This fine is reversed, settled or already under appeal"),
    ):
        mine = fines[username]
        login(d, server, username)
        d.get(f"{server.url}/penalties")
        if lang == "en":
            # Refused in Chinese first; the language switched on the refused page comes back to
            # the ledger (the appeal's own address has no page to show).
            appeal(d, mine, "很" * 501)
            assert response_status(d) == 422
            account_menu(d)
            click_and_wait(d, d.find_element(By.ID, "lang-en"))
            assert response_status(d) == 200 and d.current_url.endswith("/penalties"), d.current_url
            assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert d.find_elements(By.ID, f"penalty-{mine}"), "the fine is in my ledger"

        # Too long: 422, why beside the fine, in the reader's language, and every character kept.
        long_reason = "地铁二号线故障，" + "很" * 500
        appeal(d, mine, long_reason)
        assert response_status(d) == 422
        assert too_long in d.find_element(By.ID, "penalty-refusal").text
        assert long_reason in kept_reason(d, mine), "what was typed is kept"
        shots(d, f"appeal-refused-{lang}")

        # Appealed meanwhile in another tab; this tab's appeal is refused (409) and the reason
        # typed here is still on the page, to copy.
        other_tab = requests.post(f"{server.url}/api/v1/penalties/{mine}/appeal", headers=token(server, username),
                                  json={"reason": "地铁故障"}, timeout=10)
        assert other_tab.status_code < 300, other_tab.text
        second = "另一个理由：当天请过假，有审批记录"
        appeal(d, mine, second)
        assert response_status(d) == 409
        assert taken in d.find_element(By.ID, "penalty-refusal").text
        assert second in kept_reason(d, mine), "what was typed is kept though the fine can no longer be appealed"
        shots(d, f"appeal-refused-again-{lang}")
