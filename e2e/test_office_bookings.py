"""Bookings and rooms as an office uses them (R1.1-R1.3, R2.1, X1, X6), walked in Chromium:
the cleaning role is offered no booking link; cancelling asks first; a booking opened from the
grid is edited (time and room), a taken slot answering with alternatives; the free-room finder
and every room's week; the phone grid opens at the current hour; the booking form starts at the
room's next free hour; and a plain booking nobody checked in to is released under A1 四."""
import os
import sqlite3
import subprocess
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import PASSWORD, browser, login, phone, server, shot, submit_and_wait, token  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")
SIZES = {"desktop": (1400, 1000), "tablet": (1280, 800)}


def rooms(server, auth):
    return {r["name"]: r for r in requests.get(f"{server.url}/api/v1/rooms", headers=auth, timeout=10).json()}


def day(offset):
    return (datetime.now(SHANGHAI) + timedelta(days=offset)).date()


def book(server, auth, room, on, start, end, title="部门周会", headcount=3):
    body = {"roomId": room["id"], "startsAt": f"{on}T{start}:00+08:00", "endsAt": f"{on}T{end}:00+08:00",
            "purpose": "meeting", "headcount": headcount, "title": title}
    r = requests.post(f"{server.url}/api/v1/bookings", headers=auth, json=body, timeout=10)
    assert r.status_code == 201, r.text
    return r.json()


def status(server, auth, booking_id):
    return requests.get(f"{server.url}/api/v1/bookings/{booking_id}", headers=auth, timeout=10).json()


def shots(driver, name, phone=None, url=None):
    """The page at desktop and tablet sizes (and on the phone, when given)."""
    for size, (w, h) in SIZES.items():
        driver.set_window_size(w, h)
        shot(driver, f"office-{name}-{size}")
    driver.set_window_size(*SIZES["desktop"])
    if phone is not None:
        phone.get(url or driver.current_url)
        shot(phone, f"office-{name}-phone")


def test_cleaning_role_is_offered_no_booking_links(server, browser):
    login(browser, server, "sunli")
    browser.get(f"{server.url}/grid?date={day(3)}")
    assert browser.find_elements(By.CSS_SELECTOR, "#day-grid .free-slot"), "free hours are still shown"
    assert not browser.find_elements(By.CSS_SELECTOR, "a[href^='/book?']"), "no link that would answer 403"
    browser.get(f"{server.url}/rooms/week?date={day(3)}")
    assert not browser.find_elements(By.CSS_SELECTOR, "a[href^='/book?']")
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/grid?date={day(3)}")
    assert browser.find_elements(By.CSS_SELECTOR, "#day-grid a.free")


def test_cancel_asks_first(server, browser):
    staff = token(server, "liuyang")
    room = rooms(server, staff)["洽谈室A"]
    made = book(server, staff, room, day(4), "10:00", "11:00", title="客户回访")
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/my")
    item = browser.find_element(By.CSS_SELECTOR, f"li[data-id='{made['id']}']")
    item.find_element(By.CSS_SELECTOR, "a.cancel").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "cancel-confirm"))
    assert "确定要取消" in browser.find_element(By.ID, "cancel-confirm").text
    shots(browser, "cancel-confirm")
    browser.find_element(By.ID, "cancel-no").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "booking"))
    assert status(server, staff, made["id"])["status"] == "approved", "saying no keeps it"
    browser.find_element(By.ID, "booking-cancel").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "cancel-yes"))
    browser.find_element(By.ID, "cancel-reason").send_keys("客户改期")
    submit_and_wait(browser, browser.find_element(By.ID, "cancel-yes"))
    assert "/my" in browser.current_url, "redirected after the POST"
    assert status(server, staff, made["id"])["status"] == "cancelled"


def test_edit_from_the_grid_with_alternatives_on_a_taken_slot(server, browser, phone):
    staff, office = token(server, "liuyang"), token(server, "wangfang")
    all_rooms = rooms(server, staff)
    on = day(5)
    mine = book(server, staff, all_rooms["第一会议室"], on, "14:00", "15:00", title="季度复盘")
    book(server, office, all_rooms["第二会议室"], on, "16:00", "17:00", title="行政例会")
    login(browser, server, "liuyang")
    login(phone, server, "liuyang")
    browser.get(f"{server.url}/grid?date={on}")
    shots(browser, "grid", phone, f"{server.url}/grid?date={on}")
    browser.find_element(By.CSS_SELECTOR, f"#day-grid a.bk[href='/bookings/{mine['id']}']").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "booking"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "季度复盘"
    shots(browser, "booking")
    browser.find_element(By.ID, "booking-edit").click()
    form = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "booking-form"))
    Select(form.find_element(By.ID, "roomId")).select_by_value(all_rooms["第二会议室"]["id"])
    for field, value in (("start", "16:30"), ("end", "17:30")):
        box = browser.find_element(By.ID, field)
        browser.execute_script("arguments[0].value = arguments[1]", box, value)
    headcount = browser.find_element(By.ID, "headcount")
    headcount.clear()
    headcount.send_keys("8")
    submit_and_wait(browser, browser.find_element(By.ID, "booking-submit"))
    assert browser.find_element(By.ID, "alternatives").is_displayed(), "a taken slot answers with alternatives"
    assert browser.find_element(By.ID, "headcount").get_attribute("value") == "8", "what was typed is kept"
    shots(browser, "edit-conflict")
    browser.find_element(By.CSS_SELECTOR, "#alternatives a").click()
    WebDriverWait(browser, 10).until(lambda d: "/edit" in d.current_url and d.find_elements(By.ID, "booking-form"))
    submit_and_wait(browser, browser.find_element(By.ID, "booking-submit"))
    assert f"/bookings/{mine['id']}" in browser.current_url
    after = status(server, staff, mine["id"])
    assert after["startsAt"] != mine["startsAt"] or after["roomId"] != mine["roomId"], "moved"
    assert after["status"] in ("pending", "approved")
    assert browser.find_element(By.ID, "booking-time").text.startswith(after["startsAt"][11:16])


def test_free_room_finder_and_week_of_all_rooms(server, browser, phone):
    on = day(6)
    login(browser, server, "liuyang")
    login(phone, server, "liuyang")
    browser.get(f"{server.url}/grid?date={on}")
    browser.find_element(By.ID, "grid-finder").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "finder-form"))
    browser.execute_script("document.getElementById('finder-date').value = arguments[0]", str(on))
    browser.execute_script("document.getElementById('finder-start').value = '10:00'")
    browser.execute_script("document.getElementById('finder-end').value = '11:00'")
    capacity = browser.find_element(By.ID, "finder-capacity")
    capacity.clear()
    capacity.send_keys("15")
    submit_and_wait(browser, browser.find_element(By.ID, "finder-submit"))
    found = browser.find_elements(By.CSS_SELECTOR, "#free-rooms li.free-room")
    names = [f.find_element(By.TAG_NAME, "strong").text for f in found]
    assert names and "洽谈室A" not in names and "第一会议室" not in names, names
    shots(browser, "finder", phone)
    submit_and_wait(browser, found[0].find_element(By.CSS_SELECTOR, "button.book-now"))
    assert "/my" in browser.current_url, "one click books it"
    # The room just booked is no longer offered for that hour.
    browser.back()
    browser.refresh()
    again = [f.find_element(By.TAG_NAME, "strong").text for f in
             browser.find_elements(By.CSS_SELECTOR, "#free-rooms li.free-room")]
    assert names[0] not in again
    # Free now, for half an hour.
    browser.get(f"{server.url}/rooms/free")
    minutes = browser.find_element(By.ID, "finder-minutes")
    minutes.clear()
    minutes.send_keys("30")
    submit_and_wait(browser, browser.find_element(By.ID, "finder-now-submit"))
    assert browser.find_element(By.ID, "finder-span").is_displayed()

    # Every room's week, moved on with the labelled arrow; a booking opens its page.
    browser.get(f"{server.url}/rooms/week?date={on}")
    first = browser.find_element(By.ID, "week-range").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#rooms-week tbody tr")) == 10
    assert browser.find_element(By.ID, "week-next").get_attribute("aria-label")
    shots(browser, "rooms-week", phone)
    link = browser.find_element(By.CSS_SELECTOR, "#rooms-week a.bk-item")
    target = link.get_attribute("href")
    link.click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url == target and d.find_elements(By.ID, "booking"))
    browser.get(f"{server.url}/rooms/week?date={on}")
    browser.find_element(By.ID, "week-next").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "week-range").text != first)


def test_phone_grid_opens_at_the_hour_and_the_form_at_the_next_free_slot(server, browser, phone):
    login(phone, server, "liuyang")
    phone.get(f"{server.url}/grid")
    hour = datetime.now(SHANGHAI).hour
    scrolled = phone.execute_script("return document.querySelector('.grid-wrap').scrollLeft")
    if hour >= 11:
        assert scrolled > 0, "the phone grid opens scrolled to the current hour"
    assert phone.find_element(By.ID, "grid-next").get_attribute("aria-label")
    shot(phone, "office-grid-now-phone")
    staff = token(server, "liuyang")
    room = rooms(server, staff)["洽谈室B"]
    on = day(7)
    book(server, staff, room, on, "08:00", "09:00")
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/book?roomId={room['id']}&date={on}")
    assert browser.find_element(By.ID, "start").get_attribute("value") == "09:00"
    assert browser.find_element(By.ID, "end").get_attribute("value") == "10:00"


def move_back(server, booking_id, minutes):
    """Stands in for the clock: the booking started `minutes` ago, the rulebook was adopted
    before it (the release never reaches back before a rulebook was in force)."""
    url = server.env.get("DATABASE_URL")
    if url:
        sql = (f"UPDATE bookings SET starts_at = starts_at - interval '{minutes} minutes' WHERE id = '{booking_id}';"
               "UPDATE rulebook_versions SET created_at = created_at - interval '2 days';")
        subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], check=True, timeout=30)
        return
    # SQLite keeps instants as seconds since 1970 and ids as their 36-character text.
    db = sqlite3.connect(os.path.join(server.data_dir, "huiwu.sqlite"))
    with db:
        moved = db.execute("UPDATE bookings SET starts_at = starts_at - ? WHERE lower(id) = lower(?)",
                           (minutes * 60, booking_id)).rowcount
        assert moved == 1, "booking row not found"
        db.execute("UPDATE rulebook_versions SET created_at = created_at - 172800")
    db.close()


def test_plain_booking_nobody_checked_in_to_is_released(server, browser):
    office, staff = token(server, "wangfang"), token(server, "liuyang")
    room = rooms(server, office)["洽谈室B"]
    # Open round the clock, so the test runs at any hour.
    put = requests.get(f"{server.url}/api/v1/rooms/{room['id']}", headers=office, timeout=10)
    body = {k: v for k, v in put.json().items() if k not in ("id", "version")}
    body.update(opensAt="00:00", closesAt="24:00")
    r = requests.put(f"{server.url}/api/v1/rooms/{room['id']}", headers=office, json=body, timeout=10)
    assert r.status_code == 200, r.text
    now = datetime.now(SHANGHAI).replace(second=0, microsecond=0)
    end = min(now + timedelta(minutes=40), datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), SHANGHAI))
    made = requests.post(f"{server.url}/api/v1/bookings", headers=staff, timeout=10, json={
        "roomId": room["id"], "startsAt": now.isoformat(), "endsAt": end.isoformat(), "purpose": "meeting",
        "headcount": 2, "title": "没人来的会"})
    assert made.status_code == 201, made.text
    booking = made.json()
    assert booking["status"] == "approved"
    # Twenty minutes on (A1 四 releases after fifteen) with nobody checked in on the register.
    server.proc.terminate()
    server.proc.wait(timeout=10)
    move_back(server, booking["id"], 20)
    server.restart()
    WebDriverWait(browser, 30, poll_frequency=0.5).until(
        lambda _d: status(server, staff, booking["id"])["status"] == "cancelled")
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/bookings/{booking['id']}")
    assert "A1 四" in browser.find_element(By.ID, "booking").text
    browser.get(f"{server.url}/notifications")
    assert "A1 四" in browser.find_element(By.TAG_NAME, "body").text


def test_weekly_booking_reports_the_taken_week(server, browser):
    staff, office = token(server, "liuyang"), token(server, "wangfang")
    room = rooms(server, staff)["小会议室301"]
    first = day(8)
    book(server, office, room, first + timedelta(days=7), "15:00", "16:00", title="占用的一周")
    login(browser, server, "liuyang")
    browser.get(f"{server.url}/book?roomId={room['id']}&date={first}")
    for field, value in (("date", str(first)), ("start", "15:00"), ("end", "16:00")):
        browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, field), value)
    browser.find_element(By.ID, "title").send_keys("项目周会")
    Select(browser.find_element(By.ID, "repeatEvery")).select_by_value("weekly")
    browser.find_element(By.ID, "repeatCount").send_keys("3")
    shot(browser, "office-book-weekly")
    submit_and_wait(browser, browser.find_element(By.ID, "booking-submit"))
    assert "/my" in browser.current_url
    assert "2" in browser.find_element(By.ID, "repeat-made").text
    assert str(first + timedelta(days=7)) in browser.find_element(By.ID, "repeat-refused").text
