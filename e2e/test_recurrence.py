"""Recurrence (R2.2) cross-checked against python-dateutil: for 1,200 generated RFC 5545 rules the
server's `POST /api/v1/recurrence/preview` must list exactly the occurrences dateutil's rrule
does. Rules are generated so that each one matches at least once in every few periods (dateutil
searches up to year 9999 for a rule that never matches)."""
import os
import random
from datetime import datetime, timedelta

import pytest
import requests
from dateutil.rrule import rrulestr

from conftest import contract_login

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LIMIT = 60
RULES = 1200


@pytest.fixture(scope="module")
def preview():
    from server_process import BIN, Server

    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    server = Server(demo=True)
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + contract_login(server.url, "liuyang")

    def call(body, headers=None):
        r = session.post(server.url + "/api/v1/recurrence/preview", json=body, headers=headers or {}, timeout=30)
        return r.status_code, r.json()

    try:
        yield call
    finally:
        server.stop()


def generated_rule(rnd: random.Random) -> tuple[str, datetime]:
    freq = rnd.choice(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts = [f"FREQ={freq}"]
    if rnd.random() < 0.4:
        parts.append(f"INTERVAL={rnd.randint(2, 4)}")
    start = datetime(2020, 1, 1, rnd.randint(0, 23), rnd.choice([0, 15, 30, 45])) + timedelta(days=rnd.randint(0, 3650))
    months = sorted(rnd.sample(range(1, 13), rnd.randint(1, 4))) if rnd.random() < 0.3 else []
    plain_days, nth_days, month_days, setpos = [], [], [], []
    style = rnd.random()
    if freq in ("MONTHLY", "YEARLY") and style < 0.3:
        # Ordinal weekdays (never mixed with plain ones or month days: their intersection is empty).
        top = 4 if (freq == "MONTHLY" or months) else 52
        for _ in range(rnd.randint(1, 2)):
            n = rnd.randint(1, top) * rnd.choice([1, -1])
            nth_days.append(f"{n}{rnd.choice(DAYS)}")
    else:
        if rnd.random() < 0.6:
            plain_days = sorted(rnd.sample(range(7), rnd.randint(1, 3)))
        if freq != "WEEKLY" and rnd.random() < 0.4:
            # At least one day that every month has.
            month_days = sorted({rnd.randint(1, 28)} | {rnd.choice([d for d in range(-31, 32) if d != 0])
                                                        for _ in range(rnd.randint(0, 2))})
    if freq in ("MONTHLY", "YEARLY") and (plain_days or (month_days and not plain_days)) and rnd.random() < 0.3:
        candidates = 4 * len(plain_days) if plain_days else sum(1 for d in month_days if 1 <= d <= 28)
        if candidates:
            setpos = sorted({rnd.randint(1, min(candidates, 4)) * rnd.choice([1, -1]) for _ in range(rnd.randint(1, 2))})
    if plain_days or nth_days:
        parts.append("BYDAY=" + ",".join([DAYS[d] for d in plain_days] + nth_days))
    if month_days:
        parts.append("BYMONTHDAY=" + ",".join(map(str, month_days)))
    if months:
        parts.append("BYMONTH=" + ",".join(map(str, months)))
    if setpos:
        parts.append("BYSETPOS=" + ",".join(map(str, setpos)))
    if rnd.random() < 0.3:
        parts.append("WKST=" + rnd.choice(DAYS))
    end = rnd.random()
    if end < 0.35:
        parts.append(f"COUNT={rnd.randint(1, 40)}")
    elif end < 0.7:
        until = start + timedelta(days=rnd.randint(0, 900), hours=rnd.randint(0, 23))
        parts.append("UNTIL=" + until.strftime("%Y%m%dT%H%M%S"))
    return ";".join(parts), start


def dateutil_occurrences(rule: str, start: datetime, through: datetime) -> list[str]:
    out = []
    for occurrence in rrulestr(rule, dtstart=start):
        if occurrence > through or len(out) == LIMIT:
            break
        out.append(occurrence.strftime("%Y-%m-%dT%H:%M:%S"))
    return out


def test_generated_rules_expand_exactly_as_dateutil_does(preview):
    rnd = random.Random(20261129)
    mismatches = []
    for _ in range(RULES):
        rule, start = generated_rule(rnd)
        through = start + timedelta(days=8 * 366)
        status, body = preview({"rule": rule, "start": start.strftime("%Y-%m-%dT%H:%M"), "limit": LIMIT,
                                "through": through.strftime("%Y-%m-%dT%H:%M:%S")})
        assert status == 200, (rule, body)
        expected = dateutil_occurrences(rule, start, through)
        if body["occurrences"] != expected:
            mismatches.append((rule, start.isoformat(), body["occurrences"][:5], expected[:5]))
    assert mismatches == [], f"{len(mismatches)} of {RULES} rules differ, e.g. {mismatches[:3]}"


@pytest.mark.parametrize("rule,start,expected", [
    # A3's representatives' meeting: monthly, on the Friday before the 25th.
    ("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "2026-12-01T09:00",
     ["2026-12-18T09:00:00", "2027-01-22T09:00:00", "2027-02-19T09:00:00"]),
    # A2: every Tuesday afternoon.
    ("FREQ=WEEKLY;BYDAY=TU", "2026-12-01T14:30", ["2026-12-01T14:30:00", "2026-12-08T14:30:00", "2026-12-15T14:30:00"]),
    # A5: quarterly.
    ("FREQ=MONTHLY;INTERVAL=3", "2026-12-31T10:00", ["2026-12-31T10:00:00", "2027-03-31T10:00:00", "2027-12-31T10:00:00"]),
])
def test_seed_cadences(preview, rule, start, expected):
    status, body = preview({"rule": rule, "start": start, "limit": 3})
    assert status == 200
    assert body["occurrences"] == expected
    assert body["occurrences"] == dateutil_occurrences(rule, datetime.fromisoformat(start), datetime(2100, 1, 1))[:3]


@pytest.mark.parametrize("language,summary", [
    (None, "每月25日前的周五 09:00"),
    ("zh-TW", "每月25日前的週五 09:00"),
    ("en", "Monthly on the Friday before the 25th at 09:00"),
])
def test_the_rule_is_said_in_the_readers_language(preview, language, summary):
    status, body = preview({"rule": "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "start": "2026-12-01T09:00"},
                           headers={"Accept-Language": language} if language else None)
    assert status == 200
    assert body["summary"] == summary


@pytest.mark.parametrize("body,field", [
    ({"rule": "FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000", "start": "2026-12-01T09:00"}, "rule"),
    ({"rule": "FREQ=FORTNIGHTLY", "start": "2026-12-01T09:00"}, "rule"),
    ({"rule": "FREQ=WEEKLY", "start": "2026-12-01T25:00"}, "start"),
    ({"rule": "FREQ=WEEKLY", "start": "2026-12-01T09:00", "limit": 0}, "limit"),
    ({"rule": "FREQ=WEEKLY", "start": "2026-12-01T09:00", "exdates": ["tomorrow"]}, "exdates"),
])
def test_bad_rules_are_422_with_the_field(preview, body, field):
    status, problem = preview(body)
    assert status == 422
    assert field in [e["field"] for e in problem["errors"]]
