"""Group robots (R5.2, X2) against stand-in DingTalk, WeCom and Feishu robots that enforce
each platform's documented rules (`robots.py`): one post per group robot naming and @-mentioning the
participants it concerns, signed with the robot's secret, within each platform's size limit, paced
to each robot's rate window; the generic webhook judged by HTTP status alone."""
import os
import time
from datetime import date, timedelta

import pytest
import requests

from conftest import contract_login
from robots import Robots
from server_process import BIN, Server

PUBLIC = "http://huiwu.test"


@pytest.fixture()
def world():
    if not os.path.exists(BIN):
        pytest.skip(f"server binary not found: {BIN} (set HUIWU_BIN)")
    robots = Robots()
    server = Server(demo=True, env={"HUIWU_WEBHOOK_ALLOW_PRIVATE": "1", "HUIWU_PUBLIC_URL": PUBLIC,
                                    "HUIWU_NOTICE_LEASE_SECONDS": "30", "HUIWU_NOTICE_POLL_MS": "200"})
    try:
        yield server, robots
    finally:
        server.stop()
        robots.stop()


def session(url, user, password="huiwu-demo"):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + contract_login(url, user, password)
    return s


def department(admin, url, name):
    r = admin.post(f"{url}/api/v1/departments", json={"name": name}, timeout=30)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def person(admin, url, username, name, dept):
    r = admin.post(f"{url}/api/v1/people", timeout=30, json={
        "username": username, "password": "robot-pass-1", "displayName": name, "role": "staff", "departmentId": dept})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def robot(admin, url, name, platform, address, scope, scope_id, secret=None):
    body = {"name": name, "platform": platform, "url": address, "scope": scope, "scopeId": scope_id}
    if secret:
        body["secret"] = secret
    r = admin.post(f"{url}/api/v1/robots", json=body, timeout=30)
    assert r.status_code == 201, r.text
    assert "secret" not in r.json() and r.json()["hasSecret"] == bool(secret)
    return r.json()["id"]


def meeting(office, url, title, participants, day_offset=18, hour=10):
    day = date.today() + timedelta(days=day_offset)
    r = office.post(f"{url}/api/v1/meetings", timeout=60, json={
        "title": title, "startsAt": f"{day}T{hour:02d}:00:00+08:00", "endsAt": f"{day}T{hour:02d}:45:00+08:00",
        "participants": participants})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def settled_posts(office, url, meeting_id, count, timeout=60):
    deadline = time.time() + timeout
    while True:
        posts = office.get(f"{url}/api/v1/meetings/{meeting_id}/robot-posts", timeout=30).json()
        if (len(posts) >= count and all(p["state"] != "queued" for p in posts)) or time.time() > deadline:
            return posts
        time.sleep(0.3)


def test_a_notice_to_40_makes_one_post_per_group_robot_with_mentions_and_signatures(world):
    server, robots = world
    url = server.url
    admin, office = session(url, "admin"), session(url, "wangfang")
    first, second, third = (department(admin, url, n) for n in ("客服一组", "客服二组", "质检组"))
    ding, ding_url = robots.add("dingtalk", "group-1", secret="SEC-first-group")
    wecom, wecom_url = robots.add("wecom", "group-2")
    robot(admin, url, "客服一组群", "dingtalk", ding_url, "department", first, secret="SEC-first-group")
    robot(admin, url, "客服二组群", "wecom", wecom_url, "department", second)
    people = {}
    for i in range(40):
        dept = first if i < 15 else second if i < 30 else third
        people[i] = person(admin, url, f"agent{i:02d}", f"坐席{i:02d}", dept)
    # Everyone tells the robots how to mention them; four of the ten others have private robots.
    private = {}
    for i in range(40):
        me = session(url, f"agent{i:02d}", "robot-pass-1")
        body = {"mobile": f"139{i:08d}"}
        if 30 <= i < 34:
            platform = ["feishu", "feishu", "generic", "generic"][i - 30]
            stand_in, address = robots.add(platform, f"private-{i}", secret="feishu-secret" if i == 30 else None,
                                           answer=(200, {"code": 200}) if platform == "generic" else None)
            private[i] = stand_in
            body.update({"webhookUrl": address, "webhookFormat": platform, "feishuUserId": f"ou_agent{i}"})
            if i == 30:
                body["webhookSecret"] = "feishu-secret"
        r = me.put(f"{url}/api/v1/me/channels", json=body, timeout=30)
        assert r.status_code == 200, r.text
        assert "webhookSecret" not in r.json()
    title = '季度服务复盘 <at user_id="all">所有人</at>'
    mid = meeting(office, url, title, [{"kind": "person", "value": people[i]} for i in range(40)])
    sent = office.post(f"{url}/api/v1/meetings/{mid}/notices", json={"kind": "invitation"}, timeout=30)
    assert sent.status_code == 202, sent.text

    posts = settled_posts(office, url, mid, 6)
    assert sorted(p["participants"] for p in posts) == [1, 1, 1, 1, 15, 15], posts
    assert all(p["state"] == "sent" for p in posts), posts
    # Exactly one post per group robot, each naming and mentioning its 15 people.
    assert len(ding.messages) == 1 and not ding.refusals, ding.refusals
    assert len(wecom.messages) == 1 and not wecom.refusals, wecom.refusals
    assert sorted(ding.mentions(ding.messages[0])["mobiles"]) == [f"139{i:08d}" for i in range(15)]
    assert sorted(wecom.mentions(wecom.messages[0])["mobiles"]) == [f"139{i:08d}" for i in range(15, 30)]
    for stand_in in (ding, wecom):
        text = stand_in.text_of(stand_in.messages[0])
        assert "季度服务复盘" in text and f"{PUBLIC}/meetings/{mid}" in text
        assert not stand_in.mentions(stand_in.messages[0])["all"]
    assert "坐席00" in ding.text_of(ding.messages[0]) and "坐席20" in wecom.text_of(wecom.messages[0])
    # The Feishu private robot: a signed post whose title cannot mention the whole group.
    feishu = private[30]
    assert len(feishu.messages) == 1 and not feishu.refusals, feishu.refusals
    message = feishu.messages[0]
    assert message["msg_type"] == "post"
    assert feishu.mentions(message) == {"mobiles": [], "users": ["ou_agent30"], "all": False}
    assert '<at user_id="all">' in feishu.text_of(message)  # shown as the words typed, not as markup
    for i in (31, 32, 33):
        assert len(private[i].messages) == 1, i
    # A generic receiver answering {"code": 200} is a success: judged by HTTP status alone.
    assert private[32].messages[0]["event"] == "meeting.invitation"

    # The delivery table: every one of the 34 with a robot heard by webhook; the others have none.
    table = office.get(f"{url}/api/v1/meetings/{mid}/notices", timeout=30).json()
    hooks = {p["name"]: [n["state"] for n in p["notices"] if n["channel"] == "webhook"] for p in table["participants"]}
    assert sum(1 for states in hooks.values() if states == ["sent"]) == 34, hooks
    # The secrets never leave the server.
    listed = admin.get(f"{url}/api/v1/robots", timeout=30)
    assert listed.status_code == 200 and "SEC-first-group" not in listed.text and "feishu-secret" not in listed.text
    assert "feishu-secret" not in session(url, "agent30", "robot-pass-1").get(f"{url}/api/v1/me/channels", timeout=30).text


def test_a_wrong_secret_is_refused_by_the_robot_and_the_delivery_says_why(world):
    server, robots = world
    url = server.url
    admin, office = session(url, "admin"), session(url, "wangfang")
    dept = department(admin, url, "签名测试组")
    stand_in, address = robots.add("dingtalk", "signed", secret="SEC-the-right-one")
    robot(admin, url, "签名群", "dingtalk", address, "department", dept, secret="SEC-a-wrong-one")
    pid = person(admin, url, "signer", "签名人", dept)
    mid = meeting(office, url, "签名检查会", [{"kind": "person", "value": pid}])
    assert office.post(f"{url}/api/v1/meetings/{mid}/notices", json={"kind": "invitation"}, timeout=30).status_code == 202
    [post] = settled_posts(office, url, mid, 1)
    assert post["state"] == "failed" and "310000" in post["error"] and "secret" in post["error"], post
    assert stand_in.messages == [] and len(stand_in.refusals) == 1
    row = next(p for p in office.get(f"{url}/api/v1/meetings/{mid}/notices", timeout=30).json()["participants"]
               if p["name"] == "签名人")
    [hook] = [n for n in row["notices"] if n["channel"] == "webhook"]
    assert hook["state"] == "failed" and "310000" in hook["error"]


def test_a_members_unsigned_private_robot_does_not_unsign_the_departments_chat(world):
    """How an office gets there: a member saved the department's DingTalk robot address as a
    private robot without the secret; the admin then set up the same address as the department
    robot with its 加签 secret. The chat's posts go by the department robot, signed, and DingTalk
    accepts them."""
    server, robots = world
    url = server.url
    admin, office = session(url, "admin"), session(url, "wangfang")
    dept = department(admin, url, "加签客服组")
    stand_in, address = robots.add("dingtalk", "dept-chat", secret="SEC-the-chats-secret")
    member = person(admin, url, "member", "组员", dept)
    colleague = person(admin, url, "colleague", "同事", dept)
    me = session(url, "member", "robot-pass-1")
    r = me.put(f"{url}/api/v1/me/channels", timeout=30,
               json={"webhookUrl": address, "webhookFormat": "dingtalk", "mobile": "13900000001"})
    assert r.status_code == 200, r.text
    body = {"name": "客服组群", "platform": "dingtalk", "url": address, "scope": "department", "scopeId": dept,
            "secret": "SEC-the-chats-secret"}
    r = admin.post(f"{url}/api/v1/robots", json=body, timeout=30)
    assert r.status_code == 201, r.text
    made = r.json()
    # The admin is shown the chat they joined: the member's private robot, unsigned, no longer posting.
    assert made["postsForChat"] is True, made
    [peer] = made["sharesAddressWith"]
    assert peer["scope"] == "person" and peer["scopeId"] == member, peer
    assert peer["hasSecret"] is False and peer["postsForChat"] is False, peer
    listed = {x["id"]: x for x in admin.get(f"{url}/api/v1/robots", timeout=30).json()}
    assert listed[peer["id"]]["sharesAddressWith"][0]["id"] == made["id"]

    mid = meeting(office, url, "加签检查会", [{"kind": "person", "value": member}, {"kind": "person", "value": colleague}])
    assert office.post(f"{url}/api/v1/meetings/{mid}/notices", json={"kind": "invitation"}, timeout=30).status_code == 202
    [post] = settled_posts(office, url, mid, 1)
    assert post["state"] == "sent" and post["robot"] == "客服组群", post
    assert post["participants"] == 2, post
    assert stand_in.refusals == [], stand_in.refusals
    assert len(stand_in.messages) == 1
    assert stand_in.mentions(stand_in.messages[0])["mobiles"] == ["13900000001"]
    # Every later post too.
    assert office.post(f"{url}/api/v1/meetings/{mid}/notices", json={"kind": "reminder"}, timeout=30).status_code == 202
    posts = settled_posts(office, url, mid, 2)
    assert [p["state"] for p in posts] == ["sent", "sent"], posts
    assert len(stand_in.messages) == 2 and stand_in.refusals == [], stand_in.refusals
    # A notice for the member alone (repeated failed log-ins), queued for their private robot, goes
    # to the same chat: with the chat's secret too, and DingTalk accepts it.
    for _ in range(5):
        r = requests.post(f"{url}/api/v1/auth/token", json={"username": "member", "password": "not-the-password"},
                          timeout=30)
        assert r.status_code == 401, r.text
    deadline = time.time() + 60
    while len(stand_in.messages) < 3 and time.time() < deadline:
        time.sleep(0.3)
    assert len(stand_in.messages) == 3 and stand_in.refusals == [], stand_in.refusals


def test_minutes_of_10000_characters_arrive_within_each_platforms_limit(world):
    server, robots = world
    url = server.url
    admin, office = session(url, "admin"), session(url, "wangfang")
    dept = department(admin, url, "纪要组")
    stand_ins = []
    for platform in ("dingtalk", "wecom", "feishu"):
        stand_in, address = robots.add(platform, f"minutes-{platform}")
        robot(admin, url, f"纪要{platform}", platform, address, "department", dept)
        stand_ins.append(stand_in)
    pid = person(admin, url, "scribe", "记录员", dept)
    mid = meeting(office, url, "纪要发布会", [{"kind": "person", "value": pid}])
    minutes = ("本次会议讨论了客户投诉处理流程的改进，决定由质检组牵头。" * 400)[:10_000]
    r = office.put(f"{url}/api/v1/meetings/{mid}/minutes", json={"body": minutes, "decisions": "一、按新流程执行。"},
                   headers={"If-Match": '"0"'}, timeout=30)
    assert r.status_code == 200, r.text
    r = office.post(f"{url}/api/v1/meetings/{mid}/minutes/publish", timeout=30)
    assert r.status_code == 202, r.text
    posts = settled_posts(office, url, mid, 3)
    assert [p["state"] for p in posts] == ["sent"] * 3, posts
    for stand_in in stand_ins:
        assert len(stand_in.messages) == 1 and not stand_in.refusals, (stand_in.platform, stand_in.refusals)
        text = stand_in.text_of(stand_in.messages[0])
        assert "本次会议讨论了客户投诉" in text and "…" in text, stand_in.platform
        assert f"{PUBLIC}/meetings/{mid}" in text or any(
            e.get("href") == f"{PUBLIC}/meetings/{mid}"
            for lang in stand_in.messages[0].get("content", {}).get("post", {}).values()
            for line in lang["content"] for e in line), stand_in.platform
    wecom = stand_ins[1]
    assert len(wecom.messages[0]["text"]["content"].encode()) <= 2048


def test_a_burst_of_60_notices_to_one_dingtalk_robot_is_paced_to_20_a_minute_and_all_arrive(world):
    server, robots = world
    url = server.url
    admin, office = session(url, "admin"), session(url, "wangfang")
    dept = department(admin, url, "例会组")
    stand_in, address = robots.add("dingtalk", "burst")
    robot(admin, url, "例会群", "dingtalk", address, "department", dept)
    pid = person(admin, url, "regular", "常客", dept)
    meetings = [meeting(office, url, f"晨会{i:02d}", [{"kind": "person", "value": pid}], day_offset=18 + i // 8, hour=8 + i % 8)
                for i in range(60)]
    for mid in meetings:
        assert office.post(f"{url}/api/v1/meetings/{mid}/notices", json={"kind": "invitation"}, timeout=30).status_code == 202
    deadline = time.time() + 240
    while len(stand_in.messages) < 60 and time.time() < deadline:
        time.sleep(1)
    assert len(stand_in.messages) == 60, (len(stand_in.messages), stand_in.refusals[:3])
    # The robot never said "too fast" (which would have throttled it for ten minutes).
    assert stand_in.refusals == []
    assert {m["text"]["content"].split("\n")[0] for m in stand_in.messages} == {f"会议通知：晨会{i:02d}" for i in range(60)}
