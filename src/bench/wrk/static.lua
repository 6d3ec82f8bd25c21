-- GET /static on the reference server: a fixed JSON answer, the HTTP ceiling of this machine.
-- wrk -t2 -c64 -d15s -s src/bench/wrk/static.lua http://127.0.0.1:18081
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local req = wrk.format("GET", "/static")

setup = common.setup
done = common.done

function request()
  return req
end
