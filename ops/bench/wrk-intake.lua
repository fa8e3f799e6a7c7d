-- wrk script for ops/bench/compare.sh: one report of one URL per request, each URL different
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "en"
local counter = 0

function request()
  counter = counter + 1
  local body = '{"urls":["http://bench.example/' .. math.random(1, 1000000000) .. '/' .. counter
      .. '"],"whereFound":"website","feedback":"receipt"}'
  return wrk.format(nil, nil, nil, body)
end
