-- wrk script for bench/run-all.sh. Without arguments: wrk's own requests, and a JSON summary at
-- the end. With `-- FILE PREFIX`: each request is PREFIX followed by the next line of FILE,
-- URL-encoded (the search load: /recherche?q= and the committed list of queries), each thread
-- starting at its own place in the list.
local paths = {}
local next_path = 1
local threads = 0

local function encode(s)
  return (s:gsub("([^%w%-_%.~])", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  if args[1] == nil then return end
  for line in io.lines(args[1]) do
    if line:match("%S") then paths[#paths + 1] = args[2] .. encode(line) end
  end
  next_path = (id * 7) % #paths + 1
end

function request()
  if #paths == 0 then return wrk.format() end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

-- One JSON line on stdout, latencies in milliseconds (wrk counts microseconds); non-2xx/3xx
-- responses and socket errors are counted as errors.
function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
