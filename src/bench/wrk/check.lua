-- POST /api/v1/check with the fixed ~5 KB article (src/bench/resources/check-article.json, the one JMH checks too).
-- wrk -t2 -c64 -d15s -s src/bench/wrk/check.lua http://127.0.0.1:18080 -- src/bench/resources/check-article.json
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local req

setup = common.setup
done = common.done

function init(args)
  local body = common.read(args[1] or "src/bench/resources/check-article.json")
  -- The request never changes: format it once.
  req = wrk.format("POST", "/api/v1/check", {["Content-Type"] = "application/json"}, body)
end

function request()
  return req
end
