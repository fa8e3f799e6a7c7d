-- wrk script for ops/bench/compare.sh: claim-next as one analyst (BENCH_TOKEN). Each thread writes the id of
-- every report a 201 handed out to BENCH_CLAIMS_DIR/claims-<thread>.txt, so the script can count reports
-- handed to two claimers.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
end

function init(args)
  claims = io.open(os.getenv("BENCH_CLAIMS_DIR") .. "/claims-" .. number .. ".txt", "w")
end

function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id"%s*:%s*"([0-9a-f-]+)"')
    claims:write((id or "unreadable") .. "\n")
    claims:flush()
  end
end
