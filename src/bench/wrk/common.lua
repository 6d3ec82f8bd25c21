-- Shared by the endpoint scripts: id files, per-thread seeding, and a done() that prints one JSON line
-- ("BENCH_JSON {...}") for run.sh, so nothing scrapes wrk's human-readable output.
local common = {}

local thread_count = 0

-- run.sh's BENCH_READ_AS=desk: reads send the bench key and see what the desk sees (drafts and unreviewed claims
-- included); without it they are anonymous and see published articles and reviewed claims only.
local read_key = os.getenv("BENCH_READ_KEY")
if read_key and read_key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. read_key
end

-- Runs in the main Lua state once per thread before it starts; the id lets each thread seed its own sequence.
function common.setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end

function common.lines(path)
  local items = {}
  local file = assert(io.open(path, "r"), "cannot read " .. tostring(path))
  for line in file:lines() do
    if line ~= "" then
      items[#items + 1] = line
    end
  end
  file:close()
  assert(#items > 0, path .. " is empty")
  return items
end

function common.urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function common.read(path)
  local file = assert(io.open(path, "rb"), "cannot read " .. tostring(path))
  local content = file:read("*a")
  file:close()
  return content
end

-- Latencies are in microseconds; errors.status counts answers with status > 399 (wrk's definition).
function common.done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"rps":%.1f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end

-- The GET scripts: each request asks for path(id) with an id drawn at random (per-thread seed) from an id file,
-- the first script argument or the default. Sets the script's init and request.
function common.random_get(default_ids, path)
  local ids
  init = function(args)
    ids = common.lines(args[1] or default_ids)
    math.randomseed(1000 + (tid or 0))
  end
  request = function()
    return wrk.format("GET", path(ids[math.random(#ids)]))
  end
end

-- Paced runs (run.sh's latency at 70% of the best rate): every connection waits BENCH_DELAY_MS between its requests.
-- wrk calls a global delay() before each request of a connection, and times a request from its write, not the wait.
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if pause then
  delay = function() return pause end
end

return common
