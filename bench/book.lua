-- wrk script: each request books a distinct one-hour slot (never conflicting).
-- ROOMS, TOKENS, BASE and NTHREADS come from the params file scripts/bench.sh writes (first argument).
local threads = {}
local counter = 0
local thread_id = 0
local nthreads = 1

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])
  thread_id = tonumber(tid) or 0
  nthreads = tonumber(NTHREADS) or 1
end

function request()
  local g = counter * nthreads + thread_id
  counter = counter + 1
  local room = ROOMS[(g % #ROOMS) + 1]
  local slot = math.floor(g / #ROOMS)
  local start = BASE + slot * 3600
  local body = string.format('{"roomId":"%s","startsAt":"%s","endsAt":"%s","purpose":"meeting","headcount":4,"title":"bench"}',
    room, os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 3600))
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. TOKENS[(g % #TOKENS) + 1] }
  return wrk.format("POST", "/api/v1/bookings", headers, body)
end

local non201 = 0
function response(status, headers, body)
  if status ~= 201 then non201 = non201 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors_status=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.status))
end
