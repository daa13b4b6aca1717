-- wrk's summary of one page for `manage.py bench` (ops/bench/wrk.py reads it).
-- wrk --latency prints no p95, so the percentiles come from done(), as one
-- line of JSON after the marker; times are in microseconds. errors.status
-- counts the responses that were neither 2xx nor 3xx.
--
-- Without script arguments every request is for the URL on wrk's command line.
-- With `-- <paths file> <threads>`, each request is for the next path of the
-- file (one a line, on the same host and port), round and round; thread i of
-- n starts i/n of the way through the list, so that the threads do not ask for
-- the same pages at the same time. ops/bench/wrk.py has checked every path.
-- https://github.com/wg/wrk/blob/master/SCRIPTING

-- setup() runs in wrk's main interpreter, once per thread before that thread's init().
local threads_set_up = 0

setup = function(thread)
   thread:set("thread_index", threads_set_up)
   threads_set_up = threads_set_up + 1
end

init = function(args)
   if args[1] == nil then
      return -- no request(): wrk sends its one static request
   end
   local paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no path in " .. args[1])
   end
   local threads = tonumber(args[2]) or 1
   local position = math.floor(thread_index * #paths / threads)
   -- Defined here so that wrk, which asks after init() whether the script has one,
   -- builds each request anew only when there is a list.
   request = function()
      position = position % #paths + 1
      return wrk.format(nil, paths[position])
   end
end

done = function(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
         .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
         .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}}\n',
      summary.requests, summary.duration, summary.bytes,
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
      errors.connect, errors.read, errors.write, errors.status, errors.timeout
   ))
end
