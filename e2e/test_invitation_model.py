"""E-mail invitations (X2) follow RFC 5546 (iTIP) as a calendar client sees them.

A seeded property test, on SQLite and on PostgreSQL: the room office (wangfang) sets up two
series and two single meetings for a pool of demo people and guests, then takes ~300 random
steps — inviting, removing and re-inviting recipients, moving one meeting or "this and
following", cancelling one meeting or the rest of a series, renaming. After every step, once
the outbox is empty, each recipient's calendar is rebuilt only from the e-mails they received
(in arrival order) by a small reference client that applies REQUEST and CANCEL as RFC 5546
says, and it must hold exactly the recipient's live meetings as the API lists them. Every few
steps each demo person's calendar feed must expand to their meetings as well.

Four regression tests pin the defects behind it: a CANCEL of a recipient's only meeting that
spanned 49 hours, a second invitation at the same SEQUENCE, a COUNT series whose `through` was
not its last occurrence, and holidays a series skipped missing from its `exdates`.

Run:  .venv/bin/python -m pytest e2e/test_invitation_model.py            (server: $HUIWU_BIN)
      HUIWU_MODEL_STEPS=40 HUIWU_MODEL_SEED=7 ...   fewer steps, another seed
      HUIWU_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres ...   also PostgreSQL
"""
import contextlib
import copy
import email
import email.policy
import os
import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import requests
from aiosmtpd.controller import Controller
from dateutil.rrule import rrulestr

from conftest import contract_login
from paging import every_row
from server_process import BIN, LOOPBACK, Server, free_port, postgres_database
from smtp_sink import Sink

STEPS = int(os.environ.get("HUIWU_MODEL_STEPS", "300"))
SEED = int(os.environ.get("HUIWU_MODEL_SEED", "20261208"))
ZONE = ZoneInfo("Asia/Shanghai")
EVER = (datetime(2000, 1, 1), datetime(2100, 1, 1))
SETTLE_SECONDS = 30
FEED_EVERY = 10
PEOPLE = ["liuyang", "zhangwei", "chenjing", "huangmin"]
GUESTS = [("王老师", "g1@example.org"), ("李教授", "g2@example.org"), ("陈女士", "g3@example.org")]
# Rooms the demo's own series (第二、第三会议室) leave free.
ROOMS = ["第一会议室", "小会议室301", "培训室", "视频会议室", "洽谈室A", "洽谈室B"]
COUNT_12 = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12"


# --------------------------------------------------------------------------------------------
# The reference client
# --------------------------------------------------------------------------------------------

class ProtocolViolation(AssertionError):
    """A message no RFC 5546 client can apply consistently."""


def instant(value):
    """A DATE-TIME as an aware instant in the organisation's zone (floating ones read there)."""
    if isinstance(value, datetime):
        return value.astimezone(ZONE) if value.tzinfo else value.replace(tzinfo=ZONE)
    return value


def entry(event):
    """(start, end, SUMMARY, LOCATION or "") of one instance."""
    start = instant(event["DTSTART"].dt)
    end = instant(event["DTEND"].dt) if "DTEND" in event else start + event["DURATION"].dt
    return start.isoformat(), end.isoformat(), str(event.get("SUMMARY", "")), str(event.get("LOCATION", ""))


def expand(components, timezones=(), cancelled=False):
    """The instances the VEVENTs describe (`cancelled`: STATUS:CANCELLED ones too)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Huiwu e2e//reference client//EN")
    cal.add("version", "2.0")
    for tz in timezones:
        cal.add_component(copy.deepcopy(tz))
    for c in components:
        cal.add_component(copy.deepcopy(c))
    return {entry(e) for e in recurring_ical_events.of(cal).between(*EVER)
            if cancelled or str(e.get("STATUS", "")).upper() != "CANCELLED"}


def recurrence_key(event):
    return instant(event["RECURRENCE-ID"].dt)


def describe(event):
    """SEQUENCE, RECURRENCE-ID, DTSTART–DTEND (and whether it recurs), for a failure report."""
    rid = recurrence_key(event).strftime("%m-%d %H:%M") if "RECURRENCE-ID" in event else "-"
    start, end, *_ = entry(event)
    extra = " RRULE" if "RRULE" in event else ""
    extra += f" EXDATE×{len(exdates(event))}" if "EXDATE" in event else ""
    return f"SEQ={event.get('SEQUENCE', 0)} RID={rid} {start[5:16]}–{end[5:16]}{extra} {event.get('STATUS', '')}"


def exdates(event):
    value = event.get("EXDATE")
    return [d for v in (value if isinstance(value, list) else [value]) for d in v.dts]


@dataclass
class Held:
    """One calendar object as the client holds it."""
    sequence: int
    master: icalendar.Event | None
    overrides: dict = field(default_factory=dict)
    cancelled: set = field(default_factory=set)

    def components(self):
        out = []
        if self.master is not None:
            master = copy.deepcopy(self.master)
            for key in sorted(self.cancelled):
                master.add("exdate", key)
            out.append(master)
        return out + [e for key, e in sorted(self.overrides.items()) if key not in self.cancelled]


class ReferenceClient:
    """A recipient's calendar kept from iTIP messages alone, as RFC 5546 has a client keep it.

    - §3.2.2 REQUEST: a message with the master component (no RECURRENCE-ID) replaces the whole
      object, master and overrides; one of RECURRENCE-ID components only updates or adds those
      instances of the object held.
    - §3.2.5 CANCEL: without RECURRENCE-ID the object goes (its SEQUENCE is remembered as a
      tombstone); with RECURRENCE-ID that instance goes (an EXDATE for it, its override dropped).
    - §2.1.5 sequencing: a message applies only when every component's SEQUENCE is above the held
      object's (or the tombstone's); one entirely below is a late, obsolete revision and is
      ignored (the dispatcher sends up to 8 mails at once, so they may arrive out of order).
      Anything else claims the revision already held, so it must say exactly what is held: the
      same SEQUENCE with other content is the organiser's error this client exists to catch
      (RFC 5546 §2.1.4 and RFC 5545 §3.8.7.4 ask for a higher SEQUENCE on every change).
    - Every message has one METHOD and components of one UID (§1.4, §3.2).
    """

    def __init__(self):
        self.objects: dict[str, Held] = {}
        self.tombstones: dict[str, int] = {}
        self.timezones = []
        self.journal: list[str] = []
        self._calendar = None

    def receive(self, message):
        """An e-mail: its text/calendar part, if it has one."""
        method, text = calendar_part(message)
        if text is None:
            self.journal.append(f"(no calendar part) {message['Subject']}")
            return
        self.receive_ical(text, method)

    def receive_ical(self, text, content_method=None):
        cal = icalendar.Calendar.from_ical(text)
        method = cal.get("METHOD")
        if method is None or isinstance(method, list):
            raise ProtocolViolation(f"a message needs exactly one METHOD, not {method!r}")
        method = str(method).upper()
        if method not in ("REQUEST", "CANCEL"):
            raise ProtocolViolation(f"METHOD:{method} is not an invitation or a cancellation")
        if content_method is not None and str(content_method).upper() != method:
            raise ProtocolViolation(f"Content-Type says method={content_method}, the calendar METHOD:{method}")
        events = cal.walk("VEVENT")
        if not events:
            raise ProtocolViolation(f"METHOD:{method} without a VEVENT")
        uids = {str(e.get("UID", "")) for e in events}
        if len(uids) != 1 or "" in uids:
            raise ProtocolViolation(f"one message, one UID: got {sorted(uids)}")
        [uid] = uids
        masters = [e for e in events if "RECURRENCE-ID" not in e]
        if len(masters) > 1:
            raise ProtocolViolation(f"{len(masters)} components of {uid} without RECURRENCE-ID")
        if cal.walk("VTIMEZONE"):
            self.timezones = cal.walk("VTIMEZONE")
        sequences = [int(e.get("SEQUENCE", 0)) for e in events]
        held = self.objects.get(uid)
        known = held.sequence if held else self.tombstones.get(uid)
        line = f"{method} {uid} " + "; ".join(describe(e) for e in events)
        if known is None or min(sequences) > known:
            outcome = self._apply(method, uid, events, masters, held, max(sequences))
            self._calendar = None
        elif max(sequences) < known:
            outcome = f"stale (holds {known}), ignored"
        else:
            try:
                self._same_revision(method, uid, events, masters, held, known)
            except ProtocolViolation:
                self.journal.append(f"{line} → VIOLATION (holds {known})")
                raise
            outcome = "same revision, no change"
        self.journal.append(f"{line} → {outcome}")

    def _apply(self, method, uid, events, masters, held, sequence):
        if method == "REQUEST":
            if masters:
                self.objects[uid] = Held(sequence, copy.deepcopy(masters[0]),
                                         {recurrence_key(e): copy.deepcopy(e) for e in events if "RECURRENCE-ID" in e})
                self.tombstones.pop(uid, None)
                return "object replaced"
            if held is None:
                held = self.objects[uid] = Held(sequence, None)
                self.tombstones.pop(uid, None)
            for e in events:
                held.overrides[recurrence_key(e)] = copy.deepcopy(e)
                held.cancelled.discard(recurrence_key(e))
            held.sequence = sequence
            return "instances updated"
        if masters:
            self.objects.pop(uid, None)
            self.tombstones[uid] = sequence
            return "object cancelled"
        if held is None:
            return "instances of nothing held, ignored"
        for e in events:
            held.overrides.pop(recurrence_key(e), None)
            held.cancelled.add(recurrence_key(e))
        held.sequence = sequence
        if held.master is None and not held.overrides:
            self.objects.pop(uid)
            self.tombstones[uid] = sequence
        return "instances cancelled"

    def instances(self, held):
        """The held object's instances by their RECURRENCE-ID (their own start if not recurring)."""
        cal = icalendar.Calendar()
        for tz in self.timezones:
            cal.add_component(copy.deepcopy(tz))
        for c in held.components():
            cal.add_component(copy.deepcopy(c))
        out = {}
        for e in recurring_ical_events.of(cal).between(*EVER):
            key = recurrence_key(e) if "RECURRENCE-ID" in e else instant(e["DTSTART"].dt)
            out[key] = entry(e)
        return out

    def _same_revision(self, method, uid, events, masters, held, known):
        if method == "REQUEST" and held is None:
            raise ProtocolViolation(f"REQUEST for {uid} at SEQUENCE {known}, the SEQUENCE of its CANCEL")
        if method == "REQUEST" and masters:
            said, have = expand(events, self.timezones), expand(held.components(), self.timezones)
            if said != have:
                raise ProtocolViolation(f"REQUEST for {uid} at the held SEQUENCE {known} with other content: "
                                        f"says {sorted(said - have)} instead of {sorted(have - said)}")
            return
        have = self.instances(held) if held is not None else {}
        for e in events:
            key = recurrence_key(e)
            if method == "REQUEST" and have.get(key) != entry(e):
                raise ProtocolViolation(f"REQUEST for {uid} {key} at the held SEQUENCE {known}: says {entry(e)}, "
                                        f"holds {have.get(key)}")
            if method == "CANCEL" and key in have:
                raise ProtocolViolation(f"CANCEL of {uid} {key} at the held SEQUENCE {known}, which holds it")
        if method == "CANCEL" and masters and held is not None:
            raise ProtocolViolation(f"CANCEL of {uid} at the SEQUENCE {known} of the object still held")

    def calendar(self):
        """Every held object expanded: {(start, end, SUMMARY, LOCATION or "")}."""
        if self._calendar is None:
            self._calendar = set()
            for held in self.objects.values():
                self._calendar |= expand(held.components(), self.timezones)
        return self._calendar


def calendar_part(message):
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return part.get_param("method"), part.get_content()
    return None, None


# --------------------------------------------------------------------------------------------
# The reference client checked on hand-made messages (no server needed)
# --------------------------------------------------------------------------------------------

TIMEZONE = ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"]


def vevent(sequence, start, end, summary="例会", uid="u1@test", rid=None, rule=None, exdates=(), location=None,
           status="CONFIRMED"):
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T000000Z", f"SEQUENCE:{sequence}"]
    if rid:
        lines.append(f"RECURRENCE-ID;TZID=Asia/Shanghai:{rid}")
    lines += [f"DTSTART;TZID=Asia/Shanghai:{start}", f"DTEND;TZID=Asia/Shanghai:{end}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if rule:
        lines.append(f"RRULE:{rule}")
    lines += [f"EXDATE;TZID=Asia/Shanghai:{d}" for d in exdates]
    return lines + [f"STATUS:{status}", "END:VEVENT"]


def ics(method, *events):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", f"METHOD:{method}", *TIMEZONE]
    for e in events:
        lines += e
    return "\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n"


def at(day, start, end, summary="例会", location=""):
    return (f"2027-01-{day:02d}T{start}:00+08:00", f"2027-01-{day:02d}T{end}:00+08:00", summary, location)


def test_reference_client_applies_rfc5546_messages():
    client = ReferenceClient()
    weekly = "FREQ=WEEKLY;COUNT=4"
    # A series with RRULE and an EXDATE.
    client.receive_ical(ics("REQUEST", vevent(0, "20270105T093000", "20270105T110000", rule=weekly,
                                              exdates=["20270112T093000"])), "REQUEST")
    assert client.calendar() == {at(5, "09:30", "11:00"), at(19, "09:30", "11:00"), at(26, "09:30", "11:00")}
    # One instance cancelled.
    cancel = ics("CANCEL", vevent(1, "20270119T093000", "20270119T110000", rid="20270119T093000", status="CANCELLED"))
    client.receive_ical(cancel)
    assert client.calendar() == {at(5, "09:30", "11:00"), at(26, "09:30", "11:00")}
    client.receive_ical(cancel)
    assert client.journal[-1].endswith("same revision, no change")
    # A late REQUEST of an older revision changes nothing.
    client.receive_ical(ics("REQUEST", vevent(0, "20270105T093000", "20270105T110000", summary="旧", rule=weekly)))
    assert client.calendar() == {at(5, "09:30", "11:00"), at(26, "09:30", "11:00")}
    # A higher SEQUENCE replaces the whole object: the EXDATE and the cancelled instance are gone,
    # the last instance is moved and re-roomed.
    newer = ics("REQUEST", vevent(2, "20270105T093000", "20270105T110000", rule=weekly),
                vevent(2, "20270126T140000", "20270126T153000", rid="20270126T093000", location="培训室"))
    client.receive_ical(newer)
    renewed = {at(5, "09:30", "11:00"), at(12, "09:30", "11:00"), at(19, "09:30", "11:00"),
               at(26, "14:00", "15:30", location="培训室")}
    assert client.calendar() == renewed
    # The same message again is a duplicate; the same SEQUENCE saying something else is the bug.
    client.receive_ical(newer)
    assert client.calendar() == renewed
    with pytest.raises(ProtocolViolation, match="other content"):
        client.receive_ical(ics("REQUEST", vevent(2, "20270105T100000", "20270105T113000", rule=weekly)))
    assert client.calendar() == renewed
    # An instance rescheduled on its own.
    client.receive_ical(ics("REQUEST", vevent(3, "20270112T160000", "20270112T173000", rid="20270112T093000")))
    assert at(12, "16:00", "17:30") in client.calendar() and at(12, "09:30", "11:00") not in client.calendar()
    # The whole object cancelled; neither its SEQUENCE nor a lower one brings it back, a higher one does.
    client.receive_ical(ics("CANCEL", vevent(4, "20270105T093000", "20270105T110000", rule=weekly, status="CANCELLED")))
    assert client.calendar() == set()
    with pytest.raises(ProtocolViolation, match="SEQUENCE of its CANCEL"):
        client.receive_ical(ics("REQUEST", vevent(4, "20270105T093000", "20270105T110000")))
    client.receive_ical(ics("REQUEST", vevent(3, "20270105T093000", "20270105T110000")))
    assert client.calendar() == set()
    client.receive_ical(ics("REQUEST", vevent(5, "20270107T093000", "20270107T110000")))
    assert client.calendar() == {at(7, "09:30", "11:00")}
    # Out of order: an older revision of another object arriving second is ignored.
    client.receive_ical(ics("REQUEST", vevent(1, "20270108T100000", "20270108T110000", uid="u2@test")))
    client.receive_ical(ics("REQUEST", vevent(0, "20270108T150000", "20270108T160000", uid="u2@test")))
    assert client.calendar() == {at(7, "09:30", "11:00"), at(8, "10:00", "11:00")}
    assert [line.rsplit("→ ", 1)[1] for line in client.journal][-2:] == ["object replaced", "stale (holds 1), ignored"]
    # One message, one UID and one METHOD, the one its Content-Type names.
    with pytest.raises(ProtocolViolation, match="one UID"):
        client.receive_ical(ics("REQUEST", vevent(9, "20270108T100000", "20270108T110000", uid="u2@test"),
                                vevent(9, "20270108T100000", "20270108T110000", uid="u3@test")))
    with pytest.raises(ProtocolViolation, match="Content-Type"):
        client.receive_ical(ics("CANCEL", vevent(9, "20270108T100000", "20270108T110000", uid="u2@test")), "REQUEST")
    assert client.calendar() == {at(7, "09:30", "11:00"), at(8, "10:00", "11:00")}


# --------------------------------------------------------------------------------------------
# A server with an SMTP sink, on SQLite or a fresh PostgreSQL database
# --------------------------------------------------------------------------------------------

def database_env(database):
    """Server environment for the database, and how to drop it afterwards."""
    if database == "sqlite":
        return {"DATABASE_URL": ""}, lambda: None
    made = postgres_database("huiwu_itip_")
    if not made:
        if os.environ.get("HUIWU_REQUIRE_POSTGRES") == "1":
            pytest.fail("HUIWU_REQUIRE_POSTGRES=1 but HUIWU_TEST_POSTGRES_URL is not set")
        pytest.skip("HUIWU_TEST_POSTGRES_URL is not set")
    url, drop = made
    return {"DATABASE_URL": url}, drop


@contextlib.contextmanager
def running(database):
    """(base URL, sink) of a demo server that mails the sink and polls its outbox every 100 ms."""
    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    env, drop = database_env(database)
    sink = Sink()
    smtp = Controller(sink, hostname="127.0.0.1", port=free_port())
    server = None
    try:
        smtp.start()
        server = Server(demo=True, env={"HUIWU_SMTP": f"127.0.0.1:{smtp.port}", "HUIWU_NOTICE_LEASE_SECONDS": "3",
                                        "HUIWU_WEBHOOK_ALLOW_PRIVATE": "1", "HUIWU_MAIL_FROM": "office@a1.example",
                                        "HUIWU_NOTICE_POLL_MS": "100", **env})
        yield server.url, sink
    finally:
        if server is not None:
            server.stop()
        smtp.stop()
        drop()


def as_user(url, user):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + contract_login(url, user)
    return s


def outbox(office, url):
    r = office.get(f"{url}/api/v1/outbox", timeout=30)
    assert r.status_code == 200, f"GET /api/v1/outbox: {r.status_code} {r.text[:300]}"
    return r.json()


def settle(office, url, failed_before=None, timeout=SETTLE_SECONDS):
    """Waits until nothing is queued; no notice may have failed meanwhile."""
    deadline = time.monotonic() + timeout
    box = outbox(office, url)
    while box["queued"] > 0:
        if time.monotonic() > deadline:
            pytest.fail(f"the outbox did not empty within {timeout} s: {box}")
        time.sleep(0.1)
        box = outbox(office, url)
    if failed_before is not None:
        assert box["failed"] <= failed_before, f"notices failed: {box} (before: {failed_before} failed)"
    return box


def next_weekday(day, weekday):
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def local(text):
    return datetime.fromisoformat(text).astimezone(ZONE)


def listed(meeting):
    """A meeting as a calendar shows it."""
    return (local(meeting["startsAt"]).isoformat(), local(meeting["endsAt"]).isoformat(), meeting["title"],
            meeting.get("roomName") or "")


def post(session, url, path, body, expect=(200,)):
    r = session.post(f"{url}{path}", json=body, timeout=60)
    assert r.status_code in expect, f"POST {path} {body}: {r.status_code} {r.text[:500]}"
    return r


def listing(office, url, first, last):
    """Everyone's meetings starting from `first` to `last`, in windows the API allows."""
    out = []
    day = first
    while day <= last:
        to = min(day + timedelta(days=90), last)
        out += every_row(office, f"{url}/api/v1/meetings", {"from": day.isoformat(), "to": to.isoformat(), "all": "true"})
        day = to + timedelta(days=1)
    return out


def feed_entries(text, first, last):
    cal = icalendar.Calendar.from_ical(text)
    return {entry(e) for e in recurring_ical_events.of(cal).between(datetime.combine(first, clock()),
                                                                    datetime.combine(last + timedelta(days=1), clock()))
            if str(e.get("STATUS", "CONFIRMED")).upper() != "CANCELLED"}


# --------------------------------------------------------------------------------------------
# The property test
# --------------------------------------------------------------------------------------------

@dataclass
class Recipient:
    address: str
    selector: dict
    username: str | None = None


class Office:
    """The scenario: wangfang's meetings, the recipients' inboxes, and what the API says they hold."""

    def __init__(self, url, sink, rnd):
        self.url, self.sink, self.rnd = url, sink, rnd
        self.office = as_user(url, "wangfang")
        self.rooms = {r["name"]: r["id"] for r in self.office.get(f"{url}/api/v1/rooms", timeout=30).json()}
        people = {p["username"]: p for p in every_row(self.office, f"{url}/api/v1/people")}
        self.pool = [Recipient(people[u]["email"].lower(), {"kind": "person", "value": people[u]["id"]}, u) for u in PEOPLE]
        assert [r.address for r in self.pool] == [f"{u}@a1.example" for u in PEOPLE]
        self.pool += [Recipient(a, {"kind": "guest", "value": n, "email": a}) for n, a in GUESTS]
        self.clients = {r.address: ReferenceClient() for r in self.pool}
        self.read = 0
        self.ids = []
        self.announced = set()
        self.meetings = {}
        self.participants = {}
        self.feeds = {}
        self.log = []
        self.done = {}
        self.failed = outbox(self.office, url)["failed"]

    # --- setting up

    def set_up(self):
        today = date.today()
        tuesday, wednesday = next_weekday(today + timedelta(days=30), 1), next_weekday(today + timedelta(days=31), 2)
        made = [
            self.create("/api/v1/series", {
                "title": "质量分析会", "roomId": self.rooms["第一会议室"], "rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8",
                "start": f"{tuesday}T09:30", "durationMinutes": 90, "holidayPolicy": "keep"}),
            self.create("/api/v1/series", {
                "title": "项目周会", "roomId": self.rooms["视频会议室"], "rule": "FREQ=WEEKLY;BYDAY=WE",
                "start": f"{wednesday}T14:00", "durationMinutes": 60,
                "through": (wednesday + timedelta(days=56)).isoformat(), "holidayPolicy": "keep"}),
        ]
        for title, room, day, start, end in [("临时协调会", "洽谈室A", next_weekday(today + timedelta(days=33), 0), "10:00", "11:00"),
                                             ("供应商洽谈", "小会议室301", next_weekday(today + timedelta(days=37), 4), "15:00", "16:30")]:
            made.append(self.create("/api/v1/meetings", {
                "title": title, "roomId": self.rooms[room], "startsAt": f"{day}T{start}:00+08:00",
                "endsAt": f"{day}T{end}:00+08:00"}))
        self.ids = [m["id"] for group in made for m in group]
        starts = [local(m["startsAt"]).date() for group in made for m in group]
        self.first_day, self.last_day = min(starts) - timedelta(days=1), max(starts) + timedelta(days=1)
        self.refresh()
        # Invitations for a meeting of each series (they carry every date) and the first single
        # meeting; the second is left for an invite step to announce.
        for group in made[:3]:
            chosen = self.rnd.choice(group)
            post(self.office, self.url, f"/api/v1/meetings/{chosen['id']}/notices", {"kind": "invitation"}, (202,))
            self.announce(self.meetings[chosen["id"]])
            self.log.append(f"  0 invitations for {self.label(self.meetings[chosen['id']])}")
        for r in self.pool:
            if r.username:
                feed = post(as_user(self.url, r.username), self.url, "/api/v1/feeds", {}, (201,)).json()
                assert urlsplit(feed["url"]).hostname in LOOPBACK
                self.feeds[r.address] = feed["url"]

    def create(self, path, body):
        invited = self.rnd.sample(self.pool, self.rnd.randint(2, 4))
        r = post(self.office, self.url, path, {**body, "participants": [p.selector for p in invited]}, (201,))
        made = r.json().get("meetings") or [r.json()]
        self.log.append(f"  0 created {body['title']} ({len(made)} meetings) for {[p.address for p in invited]}")
        return made

    def announce(self, meeting):
        """Notified: a series' invitation carries every date, a single meeting's only its own."""
        if meeting.get("seriesId"):
            self.announced |= {i for i, m in self.meetings.items() if m.get("seriesId") == meeting["seriesId"]}
        else:
            self.announced.add(meeting["id"])

    # --- what the API says

    def refresh(self):
        """The test's meetings (ids survive splits, which only move them to a new series) and their lists."""
        found = {m["id"]: m for m in listing(self.office, self.url, self.first_day, self.last_day) if m["id"] in self.ids}
        assert set(found) == set(self.ids), f"meetings no longer listed: {set(self.ids) - set(found)}"
        self.meetings = found
        self.participants = {}
        for i, m in found.items():
            if m["status"] == "scheduled":
                r = self.office.get(f"{self.url}/api/v1/meetings/{i}/participants", timeout=30)
                assert r.status_code == 200, r.text
                self.participants[i] = r.json()

    def expected(self):
        """Each recipient's live meetings that were announced, as (start, end, title, room)."""
        out = {r.address: set() for r in self.pool}
        for i, rows in self.participants.items():
            if i not in self.announced:
                continue
            for p in rows:
                address = (p.get("email") or "").lower()
                if not p["removed"] and address in out:
                    out[address].add(listed(self.meetings[i]))
        return out

    def live(self):
        soon = datetime.now(ZONE) + timedelta(hours=1)
        return sorted((m for m in self.meetings.values() if m["status"] == "scheduled" and local(m["startsAt"]) > soon),
                      key=lambda m: (m["startsAt"], m["id"]))

    def rows(self, meeting, address):
        return [p for p in self.participants.get(meeting["id"], [])
                if (p.get("email") or "").lower() == address and p["role"] != "organiser"]

    def label(self, m):
        return f"#{self.ids.index(m['id'])} {m['title']} {local(m['startsAt']):%m-%d %H:%M}"

    # --- the steps

    def step(self, n):
        actions = [(self.invite, 4), (self.uninvite, 3), (self.reinvite, 2), (self.move_one, 2),
                   (self.move_following, 1), (self.cancel_one, 1), (self.cancel_series, 0.3), (self.rename, 0.7)]
        for _ in range(30):
            act = self.rnd.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
            done = act(n)
            if done:
                self.log.append(f"{n:3d} {done}")
                if "→ 409" not in done:
                    self.done[act.__name__] = self.done.get(act.__name__, 0) + 1
                return
        self.log.append(f"{n:3d} nothing to act on")

    def invite(self, n, again=False):
        choices = []
        for m in self.live():
            for r in self.pool:
                rows = self.rows(m, r.address)
                if again and rows and all(p["removed"] for p in rows):
                    choices.append((m, r, rows[0]["id"]))
                elif not again and not rows:
                    choices.append((m, r, None))
        if not choices:
            return None
        m, r, old = self.rnd.choice(choices)
        body = post(self.office, self.url, f"/api/v1/meetings/{m['id']}/participants", {"participants": [r.selector]}).json()
        rows = [p for p in body["participants"] if (p.get("email") or "").lower() == r.address and not p["removed"]]
        assert len(rows) == 1, f"after adding {r.address} to {self.label(m)} the list has {rows}"
        row = rows[0]
        if old:
            assert row["id"] == old, f"re-inviting {r.address} made a new row instead of bringing {old} back"
        send = self.rnd.random() < 0.7
        if send:
            post(self.office, self.url, f"/api/v1/meetings/{m['id']}/notices", {"kind": "invitation"}, (202,))
            self.announce(m)
        what = "re-invite" if again else "invite"
        return f"{what} {r.address} to {self.label(m)}{' and send' if send else ', no explicit send'}"

    def reinvite(self, n):
        return self.invite(n, again=True)

    def uninvite(self, n):
        choices = [(m, p) for m in self.live() for r in self.pool for p in self.rows(m, r.address) if not p["removed"]]
        if not choices:
            return None
        m, p = self.rnd.choice(choices)
        r = self.office.delete(f"{self.url}/api/v1/meetings/{m['id']}/participants/{p['id']}", timeout=30)
        assert r.status_code == 204, f"DELETE participant: {r.status_code} {r.text[:300]}"
        return f"uninvite {p.get('email')} from {self.label(m)}"

    def edit(self, m, body):
        r = self.office.patch(f"{self.url}/api/v1/meetings/{m['id']}", json=body, timeout=60)
        assert r.status_code in (200, 409), f"PATCH {body}: {r.status_code} {r.text[:500]}"
        if r.status_code == 200:
            return ""
        return f" → 409 {r.json().get('code', '') if 'json' in r.headers.get('content-type', '') else ''}"

    def new_time(self, m):
        start, end = local(m["startsAt"]), local(m["endsAt"])
        minutes = int((end - start).total_seconds() // 60)
        slots = [(h, mm) for h in range(8, 21) for mm in (0, 30) if h != start.hour and h * 60 + mm + minutes <= 22 * 60]
        return self.rnd.choice(slots)

    def move_one(self, n):
        live = self.live()
        if not live:
            return None
        m = self.rnd.choice(live)
        h, mm = self.new_time(m)
        body = {"scope": "this", "start": f"{local(m['startsAt']).date()}T{h:02d}:{mm:02d}"}
        if self.rnd.random() < 0.3:
            body["roomId"] = self.rooms[self.rnd.choice([x for x in ROOMS if x != m.get("roomName")])]
        outcome = self.edit(m, body)
        return f"move {self.label(m)} to {h:02d}:{mm:02d}{' in another room' if 'roomId' in body else ''}{outcome}"

    def move_following(self, n):
        choices = [m for m in self.live() if m.get("seriesId") and any(
            o.get("seriesId") == m["seriesId"] and o["startsAt"] < m["startsAt"] for o in self.meetings.values())]
        if not choices:
            return None
        m = self.rnd.choice(choices)
        h, mm = self.new_time(m)
        outcome = self.edit(m, {"scope": "following", "time": f"{h:02d}:{mm:02d}"})
        return f"move {self.label(m)} and following to {h:02d}:{mm:02d}{outcome}"

    def cancel(self, m, scope):
        post(self.office, self.url, f"/api/v1/meetings/{m['id']}/cancel", {"scope": scope, "reason": "模型测试"})
        return f"cancel {self.label(m)} ({scope})"

    def cancel_one(self, n):
        live = self.live()
        return self.cancel(self.rnd.choice(live), "this") if len(live) >= 6 else None

    def cancel_series(self, n):
        live = self.live()
        choices = [m for m in live if m.get("seriesId")]
        if len(live) < 8 or not choices:
            return None
        return self.cancel(self.rnd.choice(choices), "following" if self.rnd.random() < 0.6 else "all")

    def rename(self, n):
        live = self.live()
        if not live:
            return None
        m = self.rnd.choice(live)
        title = f"{m['title'].split('（')[0]}（第{n}版）"
        return f"rename {self.label(m)} to {title} (all){self.edit(m, {'scope': 'all', 'title': title})}"

    # --- the checks

    def check(self, n, feeds):
        settle(self.office, self.url, self.failed)
        self.refresh()
        want = self.expected()
        fresh = self.sink.since(self.read)
        self.read += len(fresh)
        for address, content in fresh:
            if address in self.clients:
                try:
                    self.clients[address].receive(email.message_from_bytes(content, policy=email.policy.default))
                except ProtocolViolation as e:
                    pytest.fail(self.report(address, f"after step {n}, a message to {address}: {e}"))
        for address, client in self.clients.items():
            got = client.calendar()
            if got != want[address]:
                pytest.fail(self.report(address, f"after step {n}, {address}'s calendar differs from the API",
                                        missing=want[address] - got, extra=got - want[address]))
        if feeds:
            self.check_feeds(n)

    def check_feeds(self, n):
        first, last = date.today() - timedelta(days=7), date.today() + timedelta(days=200)
        want = {a: set() for a in self.feeds}
        for m in listing(self.office, self.url, first, last):
            if m["status"] != "scheduled":
                continue
            rows = self.participants.get(m["id"])
            if rows is None:
                r = self.office.get(f"{self.url}/api/v1/meetings/{m['id']}/participants", timeout=30)
                assert r.status_code == 200, r.text
                rows = r.json()
            for p in rows:
                address = (p.get("email") or "").lower()
                if not p["removed"] and address in want:
                    want[address].add(listed(m))
        for address, feed in self.feeds.items():
            r = requests.get(feed, timeout=30)
            assert r.status_code == 200, f"feed of {address}: {r.status_code}"
            got = feed_entries(r.content, first, last)
            if got != want[address]:
                pytest.fail(self.report(None, f"after step {n}, the feed of {address} differs from the API",
                                        missing=want[address] - got, extra=got - want[address]))

    def report(self, address, problem, missing=(), extra=()):
        lines = [problem]
        if missing or extra:
            lines += ["missing:"] + [f"  {e}" for e in sorted(missing)] + ["extra:"] + [f"  {e}" for e in sorted(extra)]
        lines += ["", f"steps (seed {SEED}):"] + self.log
        if address:
            lines += ["", f"messages to {address}, in arrival order:"] + [f"  {j}" for j in self.clients[address].journal]
        return "\n".join(lines)


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_every_recipients_calendar_follows_the_meetings_through_random_changes(database):
    with running(database) as (url, sink):
        office = Office(url, sink, random.Random(SEED))
        office.set_up()
        office.check(0, feeds=True)
        for n in range(1, STEPS + 1):
            office.step(n)
            office.check(n, feeds=n % FEED_EVERY == 0 or n == STEPS)
        print(f"{database}: {STEPS} steps, done without a conflict: {office.done}")
        # A run that never reached an operation proves nothing about it.
        if STEPS >= 100:
            for act in ["invite", "uninvite", "reinvite", "move_one", "move_following", "cancel_one", "rename"]:
                assert office.done.get(act, 0) > 0, f"{act} never happened in {STEPS} steps: {office.done}"


# --------------------------------------------------------------------------------------------
# Regressions (SQLite)
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shared():
    with running("sqlite") as world:
        yield world


def room(office, url, name):
    return {r["name"]: r["id"] for r in office.get(f"{url}/api/v1/rooms", timeout=30).json()}[name]


def series_in(office, url, room_name, start, rule=COUNT_12, **extra):
    """A new series of wangfang's, as GET /api/v1/series/{id} gives it (its meetings with their room names)."""
    body = {"title": extra.pop("title", "教学督导会"), "roomId": room(office, url, room_name), "rule": rule,
            "start": f"{start}T09:30", "durationMinutes": 90, "holidayPolicy": "keep", **extra}
    created = post(office, url, "/api/v1/series", body, (201,)).json()
    r = office.get(f"{url}/api/v1/series/{created['id']}", timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def read(client, messages, start):
    for message in messages[start:]:
        client.receive(message)
    return len(messages)


def test_cancelling_the_only_meeting_a_recipient_has_cancels_exactly_that_meeting(shared):
    url, sink = shared
    office = as_user(url, "wangfang")
    failed = outbox(office, url)["failed"]
    series = series_in(office, url, "第一会议室", next_weekday(date.today() + timedelta(days=20), 1))
    thursday = series["meetings"][1]
    assert local(thursday["startsAt"]).weekday() == 3
    person = next(p for p in every_row(office, f"{url}/api/v1/people") if p["username"] == "chenjing")
    guest = "zhou@example.org"
    post(office, url, f"/api/v1/meetings/{thursday['id']}/participants",
         {"participants": [{"kind": "person", "value": person["id"]}, {"kind": "guest", "value": "周老师", "email": guest}]})
    post(office, url, f"/api/v1/meetings/{thursday['id']}/notices", {"kind": "invitation"}, (202,))
    settle(office, url, failed)
    clients = {a: ReferenceClient() for a in (person["email"], guest)}
    seen = {a: read(c, sink.to(a), 0) for a, c in clients.items()}
    for address, client in clients.items():
        assert client.calendar() == {listed(thursday)}, (address, client.journal)
    post(office, url, f"/api/v1/meetings/{thursday['id']}/cancel", {"scope": "this"})
    settle(office, url, failed)
    start = datetime.combine(local(thursday["startsAt"]).date(), clock(9, 30), ZONE)
    for address, client in clients.items():
        messages = sink.to(address)
        cancels = [icalendar.Calendar.from_ical(text) for method, text in map(calendar_part, messages[seen[address]:])
                   if str(method).upper() == "CANCEL"]
        assert cancels, f"{address} got no CANCEL: {client.journal}"
        for cal in cancels:
            events = cal.walk("VEVENT")
            for e in events:
                assert e["DTEND"].dt - e["DTSTART"].dt == timedelta(minutes=90), describe(e)
                assert instant(e["DTSTART"].dt) == start, describe(e)
            held = {(s, e) for s, e, *_ in expand(events, cal.walk("VTIMEZONE"), cancelled=True)}
            assert held == {listed(thursday)[:2]}, (address, [describe(e) for e in events])
        read(client, messages, seen[address])
        assert client.calendar() == set(), (address, client.journal)


def test_inviting_to_a_second_occurrence_raises_the_sequence(shared):
    url, sink = shared
    office = as_user(url, "wangfang")
    failed = outbox(office, url)["failed"]
    meetings = series_in(office, url, "小会议室301", next_weekday(date.today() + timedelta(days=20), 1),
                         title="课程建设研讨")["meetings"]
    guest = {"kind": "guest", "value": "孙老师", "email": "sun@example.org"}
    for m in (meetings[0], meetings[2]):
        post(office, url, f"/api/v1/meetings/{m['id']}/participants", {"participants": [guest]})
        post(office, url, f"/api/v1/meetings/{m['id']}/notices", {"kind": "invitation"}, (202,))
        settle(office, url, failed)
    messages = sink.to("sun@example.org")
    invitations = [icalendar.Calendar.from_ical(text) for method, text in map(calendar_part, messages)
                   if str(method).upper() == "REQUEST"]
    assert len(invitations) >= 2, f"{len(invitations)} invitations"
    first, last = invitations[0], invitations[-1]
    assert {str(e["UID"]) for cal in invitations for e in cal.walk("VEVENT")} == {str(first.walk("VEVENT")[0]["UID"])}
    assert min(int(e.get("SEQUENCE", 0)) for e in last.walk("VEVENT")) > max(int(e.get("SEQUENCE", 0))
                                                                             for e in first.walk("VEVENT"))
    both = {listed(meetings[0]), listed(meetings[2])}
    assert expand(last.walk("VEVENT"), last.walk("VTIMEZONE")) == both
    client = ReferenceClient()
    read(client, messages, 0)
    assert client.calendar() == both, client.journal


def test_a_count_series_reports_its_last_occurrence_as_through(shared):
    url, _ = shared
    office = as_user(url, "wangfang")
    start = next_weekday(date.today() + timedelta(days=20), 1)
    series = series_in(office, url, "洽谈室A", start, title="学生工作例会")
    last = list(rrulestr(COUNT_12, dtstart=datetime.combine(start, clock(9, 30))))[-1]
    assert series["through"] == last.date().isoformat()
    assert [m["occurrence"] for m in series["meetings"]][-1:] == [last.isoformat()] and len(series["meetings"]) == 12


def test_holidays_skipped_by_a_series_are_listed_in_its_exdates(shared):
    url, _ = shared
    office, admin = as_user(url, "wangfang"), as_user(url, "admin")
    start = next_weekday(date.today() + timedelta(days=45), 1)
    holiday = start + timedelta(days=14)
    post(admin, url, "/api/v1/calendar/import", {"format": "table", "content": f"{holiday},holiday,测试假日"})
    series = series_in(office, url, "洽谈室B", start, rule="FREQ=WEEKLY;BYDAY=TU", title="教研例会",
                       through=(start + timedelta(days=35)).isoformat(), holidayPolicy="skip")
    skipped = f"{holiday}T09:30:00"
    assert skipped not in [m["occurrence"] for m in series["meetings"]] and len(series["meetings"]) == 5
    assert skipped in series["exdates"], series["exdates"]
