"""Real-browser walk through the main flows (R1.1, X6): Debian Chromium + chromedriver + Selenium.

Staff books from the day grid and sees the booking pending; the room office approves it;
a second booking of the same slot meets a conflict with alternatives; the language switch
changes the UI. Screenshots of the main pages land in test-artifacts/screenshots/.
"""
import os

import pytest
import requests
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from server_process import ROOT, Server

SHOTS = os.path.join(ROOT, "test-artifacts", "screenshots")
PASSWORD = "huiwu-demo"


@pytest.fixture(scope="module")
def server():
    s = Server(demo=True)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def replaced(old):
    """A wait condition: `old` no longer belongs to the page. Chromium sometimes reports a node
    being discarded mid-check as an inspector error instead of a stale reference; both mean gone."""
    def check(_driver):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
    return check


def submit_and_wait(driver, button):
    """Click a submit button, then wait for the page to be replaced (form POST → redirect)."""
    old = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, 15).until(replaced(old))


def token(server, username, password=PASSWORD):
    """API headers for `username`, signed in with a token (the walks set up through the API)."""
    r = requests.post(f"{server.url}/api/v1/auth/token", json={"username": username, "password": password}, timeout=10)
    assert r.status_code == 200, r.text
    return {"Authorization": "Bearer " + r.json()["token"]}


@pytest.fixture(scope="module")
def phone():
    """Chromium the size of a phone (iPhone 12–15 CSS pixels), touch and a mobile user agent."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0, "touch": True}})
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def login(driver, server, username):
    driver.delete_all_cookies()
    driver.get(server.url + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit_and_wait(driver, driver.find_element(By.ID, "login-submit"))
    assert "/grid" in driver.current_url


def account_menu(driver):
    """Opens the menu at the top right where, signed in, the language, the password and
    signing out are."""
    menu = driver.find_element(By.ID, "account-menu")
    if not menu.get_attribute("open"):
        driver.find_element(By.ID, "account-summary").click()
    return menu


def logout(driver):
    account_menu(driver)
    submit_and_wait(driver, driver.find_element(By.ID, "logout"))


def test_book_approve_conflict_and_language(server, browser):
    d = browser
    login(d, server, "liuyang")
    shot(d, "grid")
    # Move to a weekday a week ahead, so the demo's bookings leave free hours and it is not in the past.
    d.find_element(By.CSS_SELECTOR, "a.button[href*='date=']")  # the day navigation exists
    rows = d.find_elements(By.CSS_SELECTOR, "#day-grid tbody tr")
    assert len(rows) == 10, "the demo has ten rooms"
    d.get(server.url + "/grid?date=" + d.execute_script(
        "const t=new Date(Date.now()+8*3600e3+7*86400e3); return t.toISOString().slice(0,10)"))
    row = next(r for r in d.find_elements(By.CSS_SELECTOR, "#day-grid tbody tr") if "第一会议室" in r.text)
    free = row.find_elements(By.CSS_SELECTOR, "a.free")
    assert free, "some hour of 第一会议室 is free"
    target = free[-1]
    d.get(target.get_attribute("href"))
    shot(d, "booking-form")
    title = d.find_element(By.ID, "title")
    title.clear()
    title.send_keys("浏览器测试会议")
    headcount = d.find_element(By.ID, "headcount")
    headcount.clear()
    headcount.send_keys("6")
    booking_form_url = d.current_url
    submit_and_wait(d, d.find_element(By.ID, "booking-submit"))
    assert "/my" in d.current_url
    assert "等待行政部审批" in d.find_element(By.ID, "notice").text
    mine = d.find_element(By.ID, "upcoming")
    item = next(li for li in mine.find_elements(By.CSS_SELECTOR, "li.booking") if "浏览器测试会议" in li.text)
    assert "待审批" in item.text
    shot(d, "my-bookings")
    logout(d)

    login(d, server, "wangfang")
    d.find_element(By.ID, "nav-approvals").click()
    WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "approval-queue")))
    shot(d, "approvals")
    row = next(tr for tr in d.find_elements(By.CSS_SELECTOR, "#approval-queue tbody tr") if "浏览器测试会议" in tr.text)
    submit_and_wait(d, row.find_element(By.CSS_SELECTOR, "button.approve"))
    assert "已批准" in d.find_element(By.ID, "notice").text
    assert "浏览器测试会议" not in d.find_element(By.ID, "approval-queue").text

    # The same slot again: a conflict, with alternatives offered inline.
    d.get(booking_form_url)
    t = d.find_element(By.ID, "title")
    t.clear()
    t.send_keys("冲突测试")
    submit_and_wait(d, d.find_element(By.ID, "booking-submit"))
    alternatives = d.find_element(By.ID, "alternatives")
    assert "该时段已被占用" in d.find_element(By.ID, "form-error").text
    offers = alternatives.find_elements(By.CSS_SELECTOR, "a.alt-other, a.alt-same")
    assert offers, "alternatives are offered"
    shot(d, "conflict-alternatives")
    # Taking an offered alternative books it.
    d.get(offers[0].get_attribute("href"))
    submit_and_wait(d, d.find_element(By.ID, "booking-submit"))
    assert "/my" in d.current_url

    # Language switch: English, then Traditional Chinese.
    old = d.find_element(By.TAG_NAME, "html")
    account_menu(d)
    d.find_element(By.ID, "lang-en").click()
    WebDriverWait(d, 10).until(replaced(old))
    assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "My bookings" in d.find_element(By.TAG_NAME, "h1").text
    shot(d, "my-bookings-en")
    d.get(server.url + "/register")
    assert "Usage register" in d.find_element(By.TAG_NAME, "h1").text
    shot(d, "register-en")
    old = d.find_element(By.TAG_NAME, "html")
    account_menu(d)
    d.find_element(By.ID, "lang-zh-Hant").click()
    WebDriverWait(d, 10).until(replaced(old))
    assert "會議室使用簿" in d.find_element(By.TAG_NAME, "h1").text
    d.get(server.url + "/notifications")
    shot(d, "notifications-zh-Hant")
    d.get(server.url + "/admin/rooms")
    shot(d, "rooms-zh-Hant")
