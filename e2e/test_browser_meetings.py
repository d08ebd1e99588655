"""Real-browser walk through meetings (R2.1, R2.2, R5.2, R5.8): the room office schedules A3's
representatives' meeting from its regulation template, sees the rule in words and the
Friday-before-the-25th dates, resolves any conflict, creates the series, sends notices, records
minutes with an action item, and finds that action item carried over on the next meeting's
agenda."""
import re
from datetime import date, timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

# The same module-scoped server (demo organisation) and headless Chromium fixtures as the booking walk.
from test_browser import browser, login, server, shot, submit_and_wait  # noqa: F401


def fill(driver, element_id, value):
    field = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].value = arguments[1]", field, value)


def test_a3_series_notices_minutes_and_carried_action(server, browser):
    d = browser
    # The company demo (A1) names no meeting types of its own: the administrator loads the
    # regulations' templates once, as an organisation adopting A3's meetings would.
    login(d, server, "admin")
    d.get(server.url + "/meeting-types")
    for button in d.find_elements(By.CSS_SELECTOR, "#load-templates button"):
        submit_and_wait(d, button)
    login(d, server, "wangfang")
    d.get(server.url + "/meeting-types")
    reps = d.find_element(By.CSS_SELECTOR, ".meeting-type[data-code='a3.representatives_monthly']")
    assert "每月25日前的周五" in reps.text
    shot(d, "meeting-types")
    d.get(reps.find_element(By.CSS_SELECTOR, "a.button").get_attribute("href"))

    # The editor is filled in from the type; choose a room, a first date and an end.
    assert d.find_element(By.ID, "title").get_attribute("value") == "业务代表会议"
    assert "BYMONTHDAY=18,19,20,21,22,23,24" in d.find_element(By.ID, "rule").get_attribute("value")
    Select(d.find_element(By.ID, "roomId")).select_by_visible_text("第二会议室（12）")
    first = date.today() + timedelta(days=1)
    fill(d, "date", first.isoformat())
    fill(d, "through", (first + timedelta(days=120)).isoformat())
    submit_and_wait(d, d.find_element(By.ID, "series-preview-button"))
    assert d.find_element(By.ID, "rule-summary").text == "每月25日前的周五 14:00"
    rows = d.find_elements(By.CSS_SELECTOR, "#occurrences tbody tr")
    assert len(rows) >= 3
    for row in rows:
        day = date.fromisoformat(row.get_attribute("data-date"))
        key = date.fromisoformat(row.get_attribute("data-occurrence")[:10])
        # The rule's own date is a Friday from the 18th to the 24th (a holiday may move it on).
        assert key.weekday() == 4 and 18 <= key.day <= 24 and day >= key
    shot(d, "series-preview")
    # Anything in the way is skipped, as an organiser would.
    for select in d.find_elements(By.CSS_SELECTOR, "select.resolution"):
        skip = next(o for o in select.find_elements(By.TAG_NAME, "option") if o.get_attribute("value").endswith("~skip"))
        Select(select).select_by_value(skip.get_attribute("value"))
    submit_and_wait(d, d.find_element(By.ID, "series-create"))
    assert "/meetings/series/" in d.current_url
    assert d.find_element(By.ID, "series-summary").text == "每月25日前的周五 14:00"
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#series-meetings tbody a")]
    assert len(links) >= 2
    shot(d, "series-page")

    # The first meeting: send notices, see every participant's state.
    d.get(links[0])
    submit_and_wait(d, d.find_element(By.ID, "send-notices"))
    assert "通知已发出" in d.find_element(By.ID, "notice").text
    table = d.find_element(By.ID, "deliveries")
    assert "已送达" in table.text or "已读" in table.text
    shot(d, "meeting-notices")

    # Minutes with an action item.
    body = d.find_element(By.ID, "minutes-body")
    body.send_keys("各班组汇报当月工作，通报质检结果。")
    submit_and_wait(d, d.find_element(By.ID, "minutes-save"))
    assert "各班组汇报当月工作" in d.find_element(By.ID, "minutes-body").get_attribute("value")
    d.find_element(By.ID, "action-title").send_keys("整理本月疑难问题答复口径")
    submit_and_wait(d, d.find_element(By.ID, "action-add"))
    assert "整理本月疑难问题答复口径" in d.find_element(By.ID, "action-items").text
    shot(d, "meeting-minutes")

    # The next meeting's agenda follows it up.
    d.get(links[1])
    carried = d.find_element(By.ID, "carried-actions")
    assert "整理本月疑难问题答复口径" in carried.text
    shot(d, "next-meeting-carried")

    # My meetings, month view, shows the series.
    d.get(server.url + "/meetings?view=month&date=" + re.sub(r"T.*", "", d.find_element(By.ID, "meeting-facts").text[:10]))
    assert d.find_elements(By.CSS_SELECTOR, "#meetings-month a.meeting-item")
