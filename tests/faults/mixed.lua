-- wrk script: each request takes a random path from the file named by $URLS (one path a line,
-- repeated to weight it), and every answer is sorted by status class. A 5xx, a socket error or a
-- body that mentions a locked database is a failure; a 404 is expected only while an import is
-- still bringing the decisions in. done() prints one "key value" line each, for the calling script.

local paths = {}
for line in io.lines(os.getenv("URLS")) do
  if line ~= "" then paths[#paths + 1] = line end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  counts = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, locked = 0 }
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  local class = "s" .. math.floor(status / 100)
  counts[class] = (counts[class] or 0) + 1
  if body and string.find(body, "locked", 1, true) then counts.locked = counts.locked + 1 end
end

function done(summary, latency, requests)
  local total = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, locked = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  local e = summary.errors
  io.write(string.format("requests %d\nseconds %.1f\nrps %.1f\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("status2xx %d\nstatus3xx %d\nstatus4xx %d\nstatus5xx %d\nlocked %d\n", total.s2, total.s3, total.s4, total.s5, total.locked))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("socket_detail connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("p50_ms %.1f\np90_ms %.1f\np99_ms %.1f\nmax_ms %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
