"""Writes bench/params.lua: 32 bench users' tokens and the bench rooms' ids."""
import json
import sys
import time
import urllib.request

base = sys.argv[1]


def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.load(r)


tokens = [call("POST", "/api/v1/auth/token", {"username": f"bench{i:02d}", "password": "bench-password"})["token"]
          for i in range(1, 33)]
rooms = [r["id"] for r in call("GET", "/api/v1/rooms?building=Bench", token=tokens[0])]
# Slots start 400 days ahead, past every seeded booking, on the hour.
base_time = (int(time.time()) // 86400 + 400 + int(sys.argv[2] if len(sys.argv) > 2 else 0)) * 86400
print("ROOMS = {" + ",".join(f'"{r}"' for r in rooms) + "}")
print("TOKENS = {" + ",".join(f'"{t}"' for t in tokens) + "}")
print(f"BASE = {base_time}")
print("NTHREADS = 2")
