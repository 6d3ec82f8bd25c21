-- GET /api/v1/articles/{id}/gate with a random id per request.
-- wrk -t2 -c64 -d15s -s src/bench/wrk/gate.lua http://127.0.0.1:18080 -- target/bench/ids/articles.txt
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local ids

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1] or "target/bench/ids/articles.txt")
  math.randomseed(1000 + (tid or 0))
end

function request()
  return wrk.format("GET", "/api/v1/articles/" .. ids[math.random(#ids)] .. "/gate")
end
