"""Calendar feeds (X2, R2.2): a person's and a room's feed, parsed by the `icalendar` package and
expanded by `recurring-ical-events`, give exactly the meetings the server lists — through
holidays moved to the next workday, skipped and re-roomed occurrences, a single occurrence
moved, one cancelled, a series split by "this and following", a series limited to semesters,
and an ad-hoc meeting. A revoked feed is gone."""
import os
from datetime import date, datetime, timedelta

import icalendar
import pytest
import recurring_ical_events
import requests

from conftest import contract_login
from paging import every_row


@pytest.fixture(scope="module")
def server():
    from server_process import BIN, Server

    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    s = Server(demo=True)
    try:
        yield s.url
    finally:
        s.stop()


def session(url, user):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + contract_login(url, user)
    return s


def listed(url, s, first, last, everyone=False):
    """The server's scheduled meetings from `first` to `last` as (start, end, title, room)."""
    out = set()
    day = first
    while day <= last:
        to = min(day + timedelta(days=90), last)
        for m in every_row(s, f"{url}/api/v1/meetings", {"from": day.isoformat(), "to": to.isoformat(),
                                                         **({"all": "true"} if everyone else {})}):
            if m["status"] == "scheduled":
                out.add((m["startsAt"], m["endsAt"], m["title"], m.get("roomName")))
        day = to + timedelta(days=1)
    return out


def expanded(text, first, last, room_name=None):
    cal = icalendar.Calendar.from_ical(text)
    out = set()
    for e in recurring_ical_events.of(cal).between(datetime(first.year, first.month, first.day),
                                                   datetime(last.year, last.month, last.day) + timedelta(days=1)):
        if str(e.get("STATUS", "CONFIRMED")) == "CANCELLED":
            continue
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        out.add((start.isoformat(), end.isoformat(), str(e["SUMMARY"]), str(e["LOCATION"]) if e.get("LOCATION") else None))
    return out


def test_feeds_expand_to_the_servers_meetings(server):
    office = session(server, "wangfang")
    admin = session(server, "admin")
    rooms = {r["name"]: r["id"] for r in office.get(f"{server}/api/v1/rooms", timeout=30).json()}
    today = date.today()
    start = today + timedelta(days=3)
    # A holiday on the first Tuesday the series meets, moved to the next workday.
    first_tuesday = start + timedelta(days=(1 - start.weekday()) % 7)
    r = admin.post(f"{server}/api/v1/calendar/import", json={"format": "table",
                                                             "content": f"{first_tuesday + timedelta(days=7)},holiday,测试假日"})
    assert r.status_code == 200, r.text
    # Semesters for a series limited to them ("twice a semester").
    r = admin.post(f"{server}/api/v1/calendar/periods", json={
        "name": "测试学期", "kind": "semester", "starts": start.isoformat(), "ends": (start + timedelta(days=120)).isoformat()})
    assert r.status_code == 201, r.text

    def create(body):
        preview = office.post(f"{server}/api/v1/series/preview", json=body, timeout=60).json()
        skips = [{"occurrence": o["occurrence"], "action": "skip"} for o in preview["occurrences"] if o["state"] != "free"]
        r = office.post(f"{server}/api/v1/series", json={**body, "resolutions": skips}, timeout=60)
        assert r.status_code == 201, r.text
        return r.json()

    weekly = create({"title": "学工部周例会", "roomId": rooms["培训室"], "rule": "FREQ=WEEKLY;BYDAY=TU",
                     "start": f"{start}T14:30:00", "durationMinutes": 60,
                     "through": (start + timedelta(days=150)).isoformat(), "holidayPolicy": "next_workday",
                     "headcount": 10, "participants": [{"kind": "role", "value": "staff"}]})
    monthly = create({"title": "业务代表会议", "roomId": rooms["视频会议室"],
                      "rule": "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "start": f"{start}T09:00:00",
                      "durationMinutes": 90, "through": (start + timedelta(days=160)).isoformat(), "headcount": 8,
                      "participants": [{"kind": "role", "value": "department_head"},
                                       {"kind": "guest", "value": "王老师", "email": "wang@example.org"}]})
    create({"title": "全校学生大会", "roomId": rooms["大会议室"], "rule": "FREQ=MONTHLY;BYDAY=2WE", "start": f"{start}T15:00:00",
            "durationMinutes": 120, "through": (start + timedelta(days=150)).isoformat(), "periodKind": "semester",
            "perPeriod": 2, "headcount": 50})
    meetings = weekly["meetings"]
    # One occurrence moved and re-roomed, one cancelled, and the rest changed from the sixth on.
    r = office.patch(f"{server}/api/v1/meetings/{meetings[2]['id']}", timeout=30,
                     json={"scope": "this", "start": meetings[2]["occurrence"][:11] + "16:00:00", "roomId": rooms["第三会议室"]})
    assert r.status_code == 200, r.text
    r = office.post(f"{server}/api/v1/meetings/{meetings[3]['id']}/cancel", json={"scope": "this"}, timeout=30)
    assert r.status_code == 200, r.text
    r = office.patch(f"{server}/api/v1/meetings/{meetings[5]['id']}", json={"scope": "following", "title": "学工部周例会（新）"},
                     timeout=30)
    assert r.status_code == 200, r.text
    # 12:30 is free on every day of the demo (its bookings end by 12:00 and start again at 14:00).
    r = office.post(f"{server}/api/v1/meetings", timeout=30, json={
        "title": "临时协调会", "roomId": rooms["洽谈室A"], "headcount": 3,
        "startsAt": f"{start + timedelta(days=2)}T12:30:00+08:00", "endsAt": f"{start + timedelta(days=2)}T13:00:00+08:00"})
    assert r.status_code == 201, r.text
    r = office.post(f"{server}/api/v1/meetings/{monthly['meetings'][1]['id']}/cancel", json={"scope": "following"}, timeout=30)
    assert r.status_code == 200, r.text

    first, last = today - timedelta(days=30), today + timedelta(days=200)
    feed = office.post(f"{server}/api/v1/feeds", json={}, timeout=30)
    assert feed.status_code == 201, feed.text
    # The URL names the host the request came to; the test server's is the same.
    assert feed.json()["url"].startswith(server + "/ical/")
    text = requests.get(feed.json()["url"], timeout=30)
    assert text.status_code == 200
    assert text.headers["Content-Type"].startswith("text/calendar")
    assert "RRULE:FREQ=WEEKLY;UNTIL=" in text.text and "RECURRENCE-ID;TZID=Asia/Shanghai:" in text.text
    assert "EXDATE;TZID=Asia/Shanghai:" in text.text
    mine = listed(server, office, first, last)
    assert len(mine) > 20
    assert expanded(text.content, first, last) == mine

    # The room feed: everything held in the training room, meetings and plain bookings alike.
    room_feed = office.post(f"{server}/api/v1/feeds", json={"roomId": rooms["培训室"]}, timeout=30).json()
    room_text = requests.get(room_feed["url"], timeout=30)
    in_room = {m for m in listed(server, office, first, last, everyone=True) if m[3] == "培训室"}
    from_feed = expanded(room_text.content, first, last)
    assert in_room <= from_feed
    assert all(location == "培训室" for *_, location in from_feed)

    # Revoked: gone at once, and only the owner can revoke.
    other = session(server, "liuyang")
    assert other.delete(f"{server}/api/v1/feeds/{feed.json()['id']}", timeout=30).status_code == 404
    assert office.delete(f"{server}/api/v1/feeds/{feed.json()['id']}", timeout=30).status_code == 204
    assert requests.get(feed.json()["url"], timeout=30).status_code == 404
