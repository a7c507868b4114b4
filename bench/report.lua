-- Prints one JSON line with the numbers the benchmark reports.
--
-- With BENCH_PATHS naming a file of paths (one a line), each request asks the next one in turn
-- (the pages of many different events: what a page costs when its data is not kept yet).
local paths = {}
local file = os.getenv("BENCH_PATHS") and io.open(os.getenv("BENCH_PATHS"))
if file then
    for line in file:lines() do
        if line ~= "" then paths[#paths + 1] = line end
    end
    file:close()
end
local counter = 0

if #paths > 0 then
    request = function()
        counter = counter + 1
        return wrk.format("GET", paths[(counter % #paths) + 1])
    end
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1000000
    io.write(string.format(
        '{"requests": %d, "rps": %.2f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "errors": %d, "non2xx": %d}\n',
        summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status))
end
