-- wrk script: a large meeting's arrival burst (R5.6): each request checks one person in with
-- the meeting's check-in token, cycling through the people's API tokens (a repeat keeps the first
-- time and still answers 200). TOKENS, MEETING, CHECKIN and NTHREADS come from the params file.
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
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. TOKENS[(g % #TOKENS) + 1] }
  return wrk.format("POST", "/api/v1/meetings/" .. MEETING .. "/check-in", headers, '{"token":"' .. CHECKIN .. '"}')
end

local non200 = 0
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors_status=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.status))
end
