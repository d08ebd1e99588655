"""Contract test: the API document against the running server.

* The document served at GET /openapi.json is a valid OpenAPI 3.1 document, and it is the shell's
  Resources/openapi.json joined with every Capabilities/*/Resources/openapi.json fragment (joined
  here again, independently of the server's own assembly).
* Every route registered in Sources/HuiwuServer/API/*.swift is documented and answers; no documented
  path answers an undocumented method.
* A few contract rules asserted directly (If-Match vs. missing resources, strict query values, 405).
* Schemathesis (`--checks all`) fuzzes every operation as `wangfang` (room office), the directory
  operations again as `admin`, and the token endpoints separately and last (failed log-ins are
  rate-limited; every token is fetched before any fuzzing).

Real identifiers (rooms, bookings, departments, people, purposes, bookable instants) are offered to
the fuzzer through schemathesis dictionaries, so it reaches success paths and not only 404/422.
Run:  .venv/bin/python -m pytest e2e/test_contract.py      (server binary: $HUIWU_BIN)
      CONTRACT_REPORT_DIR=/tmp/st-report ... also writes JUnit + HAR reports of each schemathesis run.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
import requests

from server_process import BIN

REPO = Path(__file__).resolve().parent.parent
BASE_CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"
METHODS = ("get", "post", "put", "patch", "delete")
MAX_EXAMPLES = "50"
SEED = "1"


def auth(token):
    return {"Authorization": f"Bearer {token}"}


# --------------------------------------------------------------------------------------------
# The document itself
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contract_document(contract_server):
    r = requests.get(f"{contract_server}/openapi.json", timeout=10)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def test_openapi_document_is_valid(contract_document):
    from openapi_spec_validator import validate

    assert contract_document["openapi"].startswith("3.1.")
    validate(contract_document)
    # Tags follow the capability list on the server; compare them as a set of names.
    served = dict(contract_document, tags=sorted(contract_document["tags"], key=lambda tag: tag["name"]))
    assert served == joined_fragments(), "GET /openapi.json is not the shell's document with every fragment"


def joined_fragments():
    """The shell's document with each capability's tags, paths and components added."""
    document = json.loads((REPO / "Resources" / "openapi.json").read_text(encoding="utf-8"))
    for fragment_file in sorted((REPO / "Capabilities").glob("*/Resources/openapi.json")):
        fragment = json.loads(fragment_file.read_text(encoding="utf-8"))
        assert set(fragment) <= {"tags", "paths", "components"}, fragment_file
        document["tags"] += fragment.get("tags", [])
        for path, item in fragment.get("paths", {}).items():
            assert path not in document["paths"], (path, fragment_file)
            document["paths"][path] = item
        for section, entries in fragment.get("components", {}).items():
            for name, value in entries.items():
                assert name not in document["components"].get(section, {}), (name, fragment_file)
                document["components"].setdefault(section, {})[name] = value
    document["tags"].sort(key=lambda tag: tag["name"])
    return document


def documented_operations(document):
    return {(method.upper(), path) for path, item in document["paths"].items()
            for method in item if method in METHODS}


def server_api_routes():
    """(METHOD, /api/v1/... path) for every API route the server registers, as `huiwu routes` lists them."""
    data = tempfile.mkdtemp(prefix="huiwu-routes-")
    try:
        listed = subprocess.run([BIN, "routes", "--data-dir", data], capture_output=True, text=True, check=True,
                                timeout=300, env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"})
    finally:
        shutil.rmtree(data, ignore_errors=True)
    routes = set()
    for line in listed.stdout.splitlines():
        method, _, path = line.partition(" ")
        if path.startswith("/api/v1/"):
            segments = path.strip("/").split("/")
            routes.add((method, "/" + "/".join("{" + s[1:] + "}" if s.startswith(":") else s for s in segments)))
    return routes


def is_router_miss(response):
    """True when no route matched: Vapor's router 404 (detail "Not Found") or a 405."""
    if response.status_code == 405:
        return True
    if response.status_code != 404:
        return False
    try:
        return response.json().get("detail") == "Not Found"
    except ValueError:
        return True


def concrete(path):
    return path.replace("{id}", "00000000-0000-4000-8000-000000000000")


def test_every_api_route_is_documented(contract_server, contract_document, contract_token):
    documented = documented_operations(contract_document)
    registered = server_api_routes()
    assert len(registered) >= 25, f"route extraction from the Swift sources looks broken: {sorted(registered)}"
    api_documented = {(m, p) for m, p in documented if p.startswith("/api/v1/")}
    assert registered - api_documented == set(), "routes the server registers but the document lacks"
    assert api_documented - registered == set(), "documented operations the server does not register"

    # The server really answers every registered route (an empty JSON body keeps writes harmless:
    # they fail validation or find nothing), and answers no undocumented method on a documented path.
    session = requests.Session()
    session.headers.update(auth(contract_token))
    for method, path in sorted(registered):
        if (method, path) in {("DELETE", "/api/v1/auth/token")}:
            continue  # would revoke the token; the schemathesis auth run covers it
        r = session.request(method, contract_server + concrete(path), data=b"{" if method != "GET" else None,
                            headers={"Content-Type": "application/json"} if method != "GET" else {}, timeout=10)
        assert not is_router_miss(r), f"{method} {path} is documented but the server has no such route ({r.status_code})"
    for path in {p for _, p in documented}:
        for method in METHODS:
            if (method.upper(), path) in documented:
                continue
            r = session.request(method.upper(), contract_server + concrete(path), timeout=10)
            assert is_router_miss(r), f"{method.upper()} {path} answers {r.status_code} but is not documented"


def test_revoked_token_is_refused(contract_server):
    from conftest import contract_login

    token = contract_login(contract_server, "chenjing")
    assert requests.get(f"{contract_server}/api/v1/me", headers=auth(token), timeout=10).status_code == 200
    assert requests.delete(f"{contract_server}/api/v1/auth/token", headers=auth(token), timeout=10).status_code == 204
    r = requests.get(f"{contract_server}/api/v1/me", headers=auth(token), timeout=10)
    assert r.status_code == 401 and r.headers.get("WWW-Authenticate") == "Bearer"


# Contract points schemathesis also probes, asserted directly so a failure names the rule.

MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize("if_match", ['"999"', "garbage"])
@pytest.mark.parametrize("method, path, body", [
    ("POST", f"/api/v1/bookings/{MISSING}/check-in", None),
    ("POST", f"/api/v1/bookings/{MISSING}/cancel", None),
    ("PATCH", f"/api/v1/bookings/{MISSING}", {"title": "x"}),
    ("PUT", f"/api/v1/rooms/{MISSING}", {"name": "无此会议室", "capacity": 4}),
])
def test_if_match_does_not_hide_a_missing_resource(contract_server, contract_token, method, path, body, if_match):
    """RFC 9110 §13.2.1: preconditions are evaluated only when the request would otherwise succeed."""
    r = requests.request(method, contract_server + path, json=body, timeout=10,
                         headers={**auth(contract_token), "If-Match": if_match})
    assert r.status_code == 404, f"{method} {path} with If-Match {if_match}: {r.status_code} {r.text}"


@pytest.mark.parametrize("query", ["/api/v1/bookings?mine=abc", "/api/v1/register?format=xml",
                                   "/api/v1/bookings?limit=1001", "/api/v1/people?limit=0", "/api/v1/meetings?limit=x",
                                   "/api/v1/notifications?cursor=abc"])
def test_invalid_query_values_are_rejected(contract_server, contract_token, query):
    """The document types `mine` as boolean, `format` as json|csv and `limit` as 1…1000; other values are 422, as
    for other parameters, and so is a cursor the list did not give out."""
    r = requests.get(contract_server + query, headers=auth(contract_token), timeout=10)
    assert r.status_code == 422, f"GET {query}: {r.status_code}"


def test_pages_follow_link_to_the_whole_list(contract_server, contract_token):
    """X5: following `Link: rel="next"` two rows at a time reads the same list as one long page."""
    url = f"{contract_server}/api/v1/people"
    whole = requests.get(url, params={"limit": 1000}, headers=auth(contract_token), timeout=10).json()
    assert whole["next"] is None
    paged, page_url = [], f"{url}?limit=2"
    while page_url:
        r = requests.get(page_url, headers=auth(contract_token), timeout=10)
        assert r.status_code == 200 and len(r.json()["items"]) <= 2
        paged += r.json()["items"]
        link = r.links.get("next", {}).get("url")
        page_url = urljoin(url, link) if link else None
    assert [p["id"] for p in paged] == [p["id"] for p in whole["items"]] and len(paged) > 2


@pytest.mark.parametrize("method", ["PUT", "TRACE"])
def test_undocumented_method_is_405(contract_server, contract_token, method):
    """RFC 9110 §15.5.6: a known resource answers an unsupported method with 405 and an Allow header."""
    r = requests.request(method, f"{contract_server}/api/v1/me", headers=auth(contract_token), timeout=10)
    assert r.status_code == 405, f"{method} /api/v1/me: {r.status_code}"
    allowed = {m.strip().upper() for m in r.headers.get("Allow", "").split(",") if m.strip()}
    assert "GET" in allowed and method not in allowed, f"Allow: {r.headers.get('Allow')}"


# --------------------------------------------------------------------------------------------
# Data for the fuzzer
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contract_seed(contract_server, contract_token, contract_spare_token):
    """Creates a few resources and collects real ids the fuzzer may use (schemathesis dictionaries)."""
    base = contract_server + "/api/v1"
    office, staff = auth(contract_token), auth(contract_spare_token)
    rooms = requests.get(f"{base}/rooms", headers=office, timeout=10).json()
    purposes = [p["code"] for p in requests.get(f"{base}/purposes", headers=office, timeout=10).json()]

    created_room = requests.post(f"{base}/rooms", headers=office, timeout=10, json={
        "name": "契约测试室", "building": "C座", "capacity": 8, "autoApprove": True,
        "equipment": [{"item": "投影仪", "quantity": 1}]})
    assert created_room.status_code == 201, created_room.text
    room_ids = [r["id"] for r in rooms] + [created_room.json()["id"]]

    # Future bookings: one pending (staff, a room that needs approval), one by the room office.
    tomorrow = (dt.datetime.now(ZoneInfo("Asia/Shanghai")) + dt.timedelta(days=1)).date()
    booking_ids = []

    def book(headers, candidates):
        for room in candidates:
            for hour in range(9, 20):
                r = requests.post(f"{base}/bookings", headers=headers, timeout=10, json={
                    "roomId": room["id"], "startsAt": f"{tomorrow}T{hour:02d}:00:00+08:00",
                    "endsAt": f"{tomorrow}T{hour:02d}:45:00+08:00", "purpose": "meeting", "headcount": 2,
                    "title": "契约测试"})
                if r.status_code == 201:
                    return r.json()["id"]
        return None

    manual = [r for r in rooms if not r["autoApprove"] and r["status"] == "available" and r["capacity"] >= 2]
    automatic = [r for r in rooms if r["autoApprove"] and r["status"] == "available" and r["capacity"] >= 2]
    for headers, candidates in ((staff, manual), (staff, manual), (office, automatic or manual)):
        booking_id = book(headers, candidates)
        if booking_id:
            booking_ids.append(booking_id)
    assert booking_ids, "could not place any seed booking"

    # One booking under way (check-in open) when the clock allows: starts within 15 minutes, inside 08:00-22:00.
    now = dt.datetime.now(ZoneInfo("Asia/Shanghai")).replace(second=0, microsecond=0)
    start = now + dt.timedelta(minutes=5 - now.minute % 5)
    if 8 <= start.hour and (start + dt.timedelta(minutes=60)).hour < 22 and start.date() == now.date():
        for room in automatic or manual:
            r = requests.post(f"{base}/bookings", headers=office, timeout=10, json={
                "roomId": room["id"], "startsAt": start.isoformat(), "purpose": "meeting", "headcount": 2,
                "endsAt": (start + dt.timedelta(minutes=60)).isoformat(), "title": "进行中"})
            if r.status_code == 201:
                booking = r.json()
                if booking["status"] == "pending":
                    requests.post(f"{base}/bookings/{booking['id']}/approve", headers=office, timeout=10)
                booking_ids.append(booking["id"])
                break
    existing = requests.get(f"{base}/bookings?limit=1000", headers=office, timeout=10).json()["items"]
    by_status = {}
    for b in existing:
        by_status.setdefault(b["status"], b["id"])
    booking_ids += [i for i in by_status.values() if i not in booking_ids]

    departments = [d["id"] for d in requests.get(f"{base}/departments", headers=office, timeout=10).json()]
    # Not the people whose tokens the runs use: an admin may deactivate or demote anyone, themselves included.
    token_holders = {"admin", "wangfang", "liuyang"}
    people = [p["id"] for p in requests.get(f"{base}/people?limit=1000", headers=office, timeout=10).json()["items"]
              if p["username"] not in token_holders]

    # Two meetings the room office calls for tomorrow (no room), so the fuzzer reaches a meeting's
    # parts — agenda, checklist, minutes, actions, attendance, leave — and not only their 404s;
    # the second is the one it may edit or cancel.
    meeting_ids = []
    for hour in (20, 21):
        r = requests.post(f"{base}/meetings", headers=office, timeout=10, json={
            "title": "契约测试会", "startsAt": f"{tomorrow}T{hour:02d}:00:00+08:00",
            "endsAt": f"{tomorrow}T{hour:02d}:30:00+08:00",
            "participants": [{"kind": "person", "value": people[0]},
                             {"kind": "guest", "value": "访客", "email": "guest@example.org"}]})
        assert r.status_code == 201, r.text
        meeting_ids.append(r.json()["id"])
    participant_ids = [p["id"] for p in requests.get(f"{base}/meetings/{meeting_ids[0]}/participants",
                                                     headers=office, timeout=10).json()]
    notifications = [n["id"] for n in requests.get(f"{base}/notifications", headers=office, timeout=10).json()["items"]]
    # Instants inside the booking window (tomorrow and the day after, opening hours), so that drawn
    # start/end pairs sometimes make a bookable slot, sometimes a conflict.
    days = [tomorrow, tomorrow + dt.timedelta(days=1)]
    starts = [f"{d}T{h:02d}:00:00+08:00" for d in days for h in (9, 10, 14)]
    ends = [f"{d}T{h:02d}:00:00+08:00" for d in days for h in (10, 11, 15)]
    return {"room-ids": room_ids, "booking-ids": booking_ids, "department-ids": departments,
            "person-ids": people, "notification-ids": notifications or [people[0]], "purposes": purposes,
            "booking-starts": starts, "booking-ends": ends, "headcounts": [1, 2, 4],
            "meeting-ids": meeting_ids[:1], "spare-meeting-ids": meeting_ids[1:], "participant-ids": participant_ids}


def toml_list(values):
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def fuzz_config(seed):
    """e2e/schemathesis.toml plus dictionaries of real ids bound to the operations that take them."""
    bindings = [
        (["getBooking", "getBookingHistory", "approveBooking", "rejectBooking", "cancelBooking"],
         {"path.id": "booking-ids"}),
        (["moveBooking"], {"path.id": "booking-ids", "body.roomId": "room-ids", "body.purpose": "purposes",
                           "body.startsAt": "booking-starts", "body.endsAt": "booking-ends",
                           "body.headcount": "headcounts"}),
        (["createBooking"], {"body.roomId": "room-ids", "body.purpose": "purposes", "body.startsAt": "booking-starts",
                             "body.endsAt": "booking-ends", "body.headcount": "headcounts"}),
        (["checkIn", "checkOut"], {"path.id": "booking-ids", "body.headcount": "headcounts"}),
        (["listBookings", "getRegister"], {"query.roomId": "room-ids"}),
        (["getRoom", "deleteRoom", "getRoomKioskKey", "rotateRoomKioskKey"], {"path.id": "room-ids"}),
        (["updateRoom"], {"path.id": "room-ids", "body.managingDepartmentId": "department-ids"}),
        (["createRoom"], {"body.managingDepartmentId": "department-ids"}),
        (["updateDepartment"], {"path.id": "department-ids", "body.parentId": "department-ids"}),
        (["deleteDepartment"], {"path.id": "department-ids"}),
        (["createDepartment"], {"body.parentId": "department-ids"}),
        (["getPerson"], {"path.id": "person-ids"}),
        (["updatePerson"], {"path.id": "person-ids", "body.departmentId": "department-ids"}),
        (["createPerson"], {"body.departmentId": "department-ids"}),
        (["markNotificationRead"], {"path.id": "notification-ids"}),
        (["getMeeting", "listParticipants", "addParticipants", "listNotices", "sendNotices", "getAgenda", "setAgenda",
          "listChecklist", "listMaterials", "uploadMaterial", "getMinutes", "saveMinutes", "publishMinutes",
          "listActions", "listRobotPosts", "getAttendance", "checkInToMeeting", "checkOutOfMeeting", "getCheckInLink",
          "listLeave", "requestLeave"], {"path.id": "meeting-ids"}),
        (["addChecklistItem"], {"path.id": "meeting-ids", "body.assigneeId": "person-ids"}),
        (["addAction"], {"path.id": "meeting-ids", "body.ownerId": "person-ids"}),
        (["delegateAttendance"], {"path.id": "meeting-ids", "body.delegateId": "person-ids"}),
        (["recordOffence"], {"path.id": "meeting-ids", "body.participantId": "person-ids"}),
        (["removeParticipant", "markAttendance", "correctAttendance"],
         {"path.id": "meeting-ids", "path.participant": "participant-ids"}),
        (["editMeeting", "cancelMeeting"], {"path.id": "spare-meeting-ids"}),
    ]
    out = [BASE_CONFIG.read_text(encoding="utf-8"), "\n# --- generated by e2e/test_contract.py ---\n"]
    out.append("[cache]\nenabled = false\n")
    for name, values in seed.items():
        out.append(f"[dictionaries.{name}]\nvalues = {toml_list(values)}\n")
    for operation_ids, params in bindings:
        inner = ", ".join(f'"{key}" = {{ dictionary = "{dictionary}", probability = 0.8 }}'
                          for key, dictionary in params.items())
        out.append(f"[[operations]]\ninclude-operation-id = {toml_list(operation_ids)}\nparameters = {{ {inner} }}\n")
    return "\n".join(out)


def schemathesis_cli():
    script = Path(sys.executable).parent / "schemathesis"
    return [str(script)] if script.exists() else [sys.executable, "-m", "schemathesis.cli"]


def run_schemathesis(run_name, base_url, config_text, token, *args, timeout):
    with tempfile.TemporaryDirectory(prefix="huiwu-st-") as work:
        config = Path(work) / "schemathesis.toml"
        config.write_text(config_text, encoding="utf-8")
        command = [*schemathesis_cli(), "--config-file", str(config), "--no-color", "run", f"{base_url}/openapi.json",
                   "--checks", "all", "--max-examples", MAX_EXAMPLES, "--seed", SEED, "--request-timeout", "15",
                   "--output-truncate", "true", "-H", f"Authorization: Bearer {token}", *args]
        report_dir = os.environ.get("CONTRACT_REPORT_DIR")  # e.g. /tmp/st-report: HAR + JUnit of every run
        if report_dir:
            command += ["--report", "junit,har", "--report-dir", os.path.join(report_dir, run_name)]
        # cwd is the temporary directory so schemathesis' own state never lands in the repository.
        proc = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "NO_COLOR": "1"})
    output = proc.stdout + proc.stderr
    if proc.returncode == 0:
        print(output[-3000:])
    else:
        start = output.find("FAILURES")
        excerpt = output[max(0, start - 80):] if start >= 0 else output
        pytest.fail(f"schemathesis reported failures (exit {proc.returncode}):\n{excerpt[-20000:]}", pytrace=False)


# --------------------------------------------------------------------------------------------
# Fuzzing
# --------------------------------------------------------------------------------------------

def test_schemathesis_as_room_office(contract_server, contract_token, contract_seed):
    """Every operation except the token endpoints, as `wangfang` (room office)."""
    run_schemathesis("room-office", contract_server, fuzz_config(contract_seed), contract_token,
                     "--exclude-operation-id", "createToken", "--exclude-operation-id", "revokeToken",
                     timeout=420)  # 75 operations; about 2 minutes on an idle machine


def test_schemathesis_directory_as_admin(contract_server, contract_admin_token, contract_seed):
    """Departments and people again as `admin`: the room office may only read them."""
    run_schemathesis("admin-directory", contract_server, fuzz_config(contract_seed), contract_admin_token,
                     "--include-tag", "directory", "--phases", "coverage,fuzzing", timeout=90)


def test_schemathesis_rulebook_as_admin(contract_server, contract_admin_token, contract_seed):
    """The rulebook as `admin`: checking and adopting documents (X3). A fuzzed document that
    happens to load is adopted like any other; one that does not is a 422 with its problems."""
    run_schemathesis("admin-rulebook", contract_server, fuzz_config(contract_seed), contract_admin_token,
                     "--include-tag", "rulebook", "--phases", "coverage,fuzzing", timeout=90)


def test_schemathesis_robots_as_admin(contract_server, contract_admin_token, contract_seed):
    """Group robots as `admin`: the room office may not set them up (X1)."""
    run_schemathesis("admin-robots", contract_server, fuzz_config(contract_seed), contract_admin_token,
                     "--include-tag", "robots", "--phases", "coverage,fuzzing", timeout=90)


def test_schemathesis_token_endpoints(contract_server, contract_spare_token, contract_seed):
    """POST/DELETE /api/v1/auth/token. Runs last: its failed log-ins trip the rate limit (then 429)."""
    run_schemathesis("token", contract_server, fuzz_config(contract_seed), contract_spare_token,
                     "--include-tag", "auth", "--phases", "coverage,fuzzing", "--max-examples", "20", timeout=90)
