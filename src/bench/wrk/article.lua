-- GET /api/v1/articles/{id}?include=claims with a random id per request.
-- wrk -t2 -c64 -d15s -s src/bench/wrk/article.lua http://127.0.0.1:18080 -- target/bench/ids/articles.txt
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")

setup = common.setup
done = common.done
common.random_get("target/bench/ids/articles.txt", function(id) return "/api/v1/articles/" .. id .. "?include=claims" end)
