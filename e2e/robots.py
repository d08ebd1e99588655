"""Stand-in group robots for DingTalk, WeCom and Feishu on loopback (R5.2, X2). Each enforces its
platform's documented custom-robot rules and answers as the platform does, so a test sees what an
office would see:

- DingTalk 自定义机器人 (open.dingtalk.com/document/robots/custom-robot-access,
  …/customize-robot-security-settings): `POST /robot/send?access_token=…`; msgtype text/markdown/
  link/actionCard/feedCard; `at.atMobiles` / `at.atUserIds` / `at.isAtAll`; 加签: `timestamp` (ms,
  within an hour) and `sign` = urlencode(base64(HMAC-SHA256(key=secret, msg=timestamp+"\\n"+secret)))
  on the query string, else errcode 310000; at most 20 messages a minute per robot, beyond that
  errcode 130101 and the robot is throttled for 10 minutes; a body over 20,000 bytes is refused.
- WeCom 群机器人 (developer.work.weixin.qq.com/document/path/91770): `POST /cgi-bin/webhook/send?key=…`;
  text content at most 2,048 bytes, markdown 4,096 (errcode 40058); `mentioned_list` /
  `mentioned_mobile_list`; 20 messages a minute (errcode 45009).
- Feishu 自定义机器人 (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): `POST
  /open-apis/bot/v2/hook/…`; msg_type text/post/…; `<at user_id="…">` in text and `{"tag": "at"}` in
  post mention people, `all` the whole group; signature `timestamp` (s) and `sign` =
  base64(HMAC-SHA256(key=timestamp+"\\n"+secret, msg="")) in the body, else code 19021; a body of
  at most 20 KB; 5 messages a second and 100 a minute (code 11232).
- A generic JSON receiver answering whatever it is told to (HTTP status and body).
"""
import base64
import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from server_process import free_port


def dingtalk_sign(secret, timestamp_ms):
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def feishu_sign(secret, timestamp_s):
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


class Robot:
    """One group's robot: what it accepted (`messages`) and what it refused (`refusals`)."""

    def __init__(self, platform, token, secret=None, answer=None):
        self.platform, self.token, self.secret = platform, token, secret
        self.answer = answer or (200, {})
        self.messages, self.refusals, self.calls = [], [], deque()
        self.throttled_until = 0.0

    # --- rate windows ---------------------------------------------------------------------
    def over_rate(self, now):
        """Counts this call; whether it breaks the platform's window."""
        while self.calls and self.calls[0] <= now - 60:
            self.calls.popleft()
        self.calls.append(now)
        if self.platform in ("dingtalk", "wecom"):
            return len(self.calls) > 20
        if self.platform == "feishu":
            return len(self.calls) > 100 or sum(1 for t in self.calls if t > now - 1) > 5
        return False

    def mentions(self, body):
        """Who a message mentions, as the platform would render it."""
        if self.platform == "dingtalk":
            at = body.get("at") or {}
            return {"mobiles": list(at.get("atMobiles") or []), "users": list(at.get("atUserIds") or []),
                    "all": bool(at.get("isAtAll"))}
        if self.platform == "wecom":
            part = body.get(body.get("msgtype"), {})
            users, mobiles = list(part.get("mentioned_list") or []), list(part.get("mentioned_mobile_list") or [])
            return {"mobiles": mobiles, "users": users, "all": "@all" in users + mobiles}
        if self.platform == "feishu":
            users = []
            if body.get("msg_type") == "text":
                text = (body.get("content") or {}).get("text", "")
                import re
                users = re.findall(r'<at user_id="([^"]*)"', text)
            elif body.get("msg_type") == "post":
                for lang in (body.get("content", {}).get("post") or {}).values():
                    for line in lang.get("content", []):
                        users += [e.get("user_id") for e in line if e.get("tag") == "at"]
            return {"mobiles": [], "users": [u for u in users if u != "all"], "all": "all" in users}
        return {"mobiles": [], "users": [], "all": False}

    def text_of(self, body):
        """The message's visible text (for assertions)."""
        if self.platform in ("dingtalk", "wecom"):
            kind = body.get("msgtype")
            part = body.get(kind) or {}
            return part.get("content") or part.get("text") or ""
        if self.platform == "feishu":
            if body.get("msg_type") == "text":
                return (body.get("content") or {}).get("text", "")
            out = []
            for lang in (body.get("content", {}).get("post") or {}).values():
                out.append(lang.get("title", ""))
                for line in lang.get("content", []):
                    out.append("".join(e.get("text", "") or e.get("user_name", "") for e in line))
            return "\n".join(out)
        return json.dumps(body, ensure_ascii=False)

    # --- the platforms ----------------------------------------------------------------------
    def handle(self, query, raw, now):
        """(HTTP status, answer) for one POST, recording it."""
        try:
            body = json.loads(raw)
        except ValueError:
            return self.refuse(400, self.error(40000, "body is not JSON"), None)
        if self.platform == "generic":
            self.messages.append(body)
            return self.answer
        if self.platform == "dingtalk":
            return self.dingtalk(query, raw, body, now)
        if self.platform == "wecom":
            return self.wecom(raw, body, now)
        return self.feishu(raw, body, now)

    def error(self, code, message):
        if self.platform == "feishu":
            return {"code": code, "msg": message, "data": {}}
        return {"errcode": code, "errmsg": message}

    def refuse(self, status, answer, body):
        self.refusals.append((answer, body))
        return status, answer

    def dingtalk(self, query, raw, body, now):
        if query.get("access_token") != [self.token]:
            return self.refuse(200, self.error(300001, "token is not exist"), body)
        if now < self.throttled_until:
            return self.refuse(200, self.error(130101, "send too fast, exceed 20 times per minute"), body)
        if self.over_rate(now):
            self.throttled_until = now + 600
            return self.refuse(200, self.error(130101, "send too fast, exceed 20 times per minute"), body)
        if self.secret:
            stamp, sign = (query.get("timestamp") or [""])[0], (query.get("sign") or [""])[0]
            if not stamp.isdigit() or abs(int(stamp) / 1000 - now) > 3600 or sign != dingtalk_sign(self.secret, stamp):
                return self.refuse(200, self.error(310000, "sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"), body)
        if len(raw) > 20000:
            return self.refuse(200, self.error(460101, "message too long, exceed 20000 bytes"), body)
        kind = body.get("msgtype")
        if kind not in ("text", "markdown", "link", "actionCard", "feedCard"):
            return self.refuse(200, self.error(40035, "缺少参数 msgtype"), body)
        part = body.get(kind) or {}
        if kind == "text" and not isinstance(part.get("content"), str) or kind == "markdown" and not (
                isinstance(part.get("title"), str) and isinstance(part.get("text"), str)):
            return self.refuse(200, self.error(40035, "缺少参数 content"), body)
        self.messages.append(body)
        return 200, {"errcode": 0, "errmsg": "ok"}

    def wecom(self, raw, body, now):
        if self.over_rate(now):
            return self.refuse(200, self.error(45009, "api freq out of limit"), body)
        kind = body.get("msgtype")
        if kind not in ("text", "markdown", "image", "news", "file"):
            return self.refuse(200, self.error(40008, "invalid message type"), body)
        content = (body.get(kind) or {}).get("content")
        if kind in ("text", "markdown"):
            if not isinstance(content, str) or not content:
                return self.refuse(200, self.error(44004, "empty content"), body)
            limit = 2048 if kind == "text" else 4096
            if len(content.encode()) > limit:
                return self.refuse(200, self.error(40058, f"content exceed max length {limit}"), body)
        self.messages.append(body)
        return 200, {"errcode": 0, "errmsg": "ok"}

    def feishu(self, raw, body, now):
        if len(raw) > 20 * 1024:
            return self.refuse(400, self.error(9499, "request body too large, exceeds 20KB"), body)
        if self.secret:
            stamp, sign = str(body.get("timestamp", "")), body.get("sign", "")
            if not stamp.isdigit() or abs(int(stamp) - now) > 3600 or sign != feishu_sign(self.secret, stamp):
                return self.refuse(200, self.error(19021, "sign match fail or timestamp is not within one hour from current time"), body)
        if self.over_rate(now):
            return self.refuse(200, self.error(11232, "frequency limited psm[lark.oapi.app_platform_runtime]appID[0]"), body)
        kind = body.get("msg_type")
        content = body.get("content") or {}
        if kind == "text" and not isinstance(content.get("text"), str):
            return self.refuse(200, self.error(19002, "params error, msg_type need text"), body)
        if kind == "post":
            post = content.get("post") or {}
            ok = bool(post) and all(isinstance(lang.get("content"), list) and all(
                isinstance(line, list) and all(e.get("tag") in ("text", "a", "at", "img") for e in line)
                for line in lang["content"]) for lang in post.values())
            if not ok:
                return self.refuse(200, self.error(19002, "params error, post content"), body)
        elif kind not in ("text", "image", "share_chat", "interactive"):
            return self.refuse(200, self.error(19002, "params error, unknown msg_type"), body)
        self.messages.append(body)
        return 200, {"code": 0, "msg": "success", "data": {}, "StatusCode": 0, "StatusMessage": "success"}


class Robots:
    """An HTTP server holding any number of stand-in robots; `add` returns a robot and its URL."""

    def __init__(self):
        self.by_key, self.lock = {}, threading.Lock()
        robots = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                parts = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(parts.query)
                token = (query.get("access_token") or query.get("key") or [parts.path.rsplit("/", 1)[-1]])[0]
                with robots.lock:
                    robot = robots.by_key.get(token)
                    status, answer = (404, {"error": "no such robot"}) if robot is None else robot.handle(query, raw, time.time())
                data = json.dumps(answer, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, platform, name, secret=None, answer=None):
        token = f"{platform}-{name}-{len(self.by_key)}"
        robot = Robot(platform, token, secret, answer)
        with self.lock:
            self.by_key[token] = robot
        url = {"dingtalk": f"{self.base}/robot/send?access_token={token}",
               "wecom": f"{self.base}/cgi-bin/webhook/send?key={token}",
               "feishu": f"{self.base}/open-apis/bot/v2/hook/{token}",
               "generic": f"{self.base}/hooks/{token}"}[platform]
        return robot, url

    def stop(self):
        self.server.shutdown()
