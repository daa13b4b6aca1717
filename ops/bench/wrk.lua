-- wrk's summary of one page for `manage.py bench` (ops/bench/wrk.py reads it).
-- wrk --latency prints no p95, so the percentiles come from done(), as one
-- line of JSON after the marker; times are in microseconds. errors.status
-- counts the responses that were neither 2xx nor 3xx.
-- https://github.com/wg/wrk/blob/master/SCRIPTING

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
