"""Day-grid server time (Server-Timing header), API and HTML page, on the first seeded day."""
import http.cookiejar
import json
import statistics
import sys
import urllib.parse
import urllib.request

base, day = sys.argv[1], sys.argv[2]
tok = json.load(urllib.request.urlopen(urllib.request.Request(
    base + "/api/v1/auth/token", data=json.dumps({"username": "bench01", "password": "bench-password"}).encode(),
    headers={"Content-Type": "application/json"})))["token"]


def timing(path):
    values = []
    for i in range(35):
        req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + tok})
        with urllib.request.urlopen(req) as r:
            r.read()
            header = r.headers.get("Server-Timing", "app;dur=0")
            if i >= 5:
                values.append(float(header.split("dur=")[1]))
    values.sort()
    return f"{statistics.median(values):.1f}/{values[int(len(values) * 0.95) - 1]:.1f}"


# The HTML page needs a web session: log in through the form with its CSRF cookie.
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/login").read().decode()
csrf = page.split('name="_csrf" value="')[1].split('"')[0]
opener.open(base + "/login", data=urllib.parse.urlencode(
    {"username": "bench01", "password": "bench-password", "_csrf": csrf, "next": "/grid"}).encode()).read()


def page_timing(path):
    values = []
    for i in range(35):
        with opener.open(base + path) as r:
            r.read()
            if i >= 5:
                values.append(float(r.headers.get("Server-Timing", "app;dur=0").split("dur=")[1]))
    values.sort()
    return f"{statistics.median(values):.1f}/{values[int(len(values) * 0.95) - 1]:.1f}"


print(f"{timing('/api/v1/grid?date=' + day):>21} | {page_timing('/grid?date=' + day):>22}")
