-- Paces each wrk connection so that all of them together send about BENCH_RATE requests per second
-- (wrk calls delay() before every request; with C connections each waits C / RATE seconds).
-- With BENCH_ETAG set, every request revalidates with If-None-Match.
local rate = tonumber(os.getenv("BENCH_RATE") or "200")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "10")
local pause_ms = 1000 * connections / rate
local etag = os.getenv("BENCH_ETAG")
if etag and etag ~= "" then
  wrk.headers["If-None-Match"] = etag
end

function delay()
  return pause_ms
end
