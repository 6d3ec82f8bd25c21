-- GET /api/v1/claims?q=…&limit=20: full-text search with a random term from queries.txt (each fills a 20-row page).
-- wrk -t2 -c64 -d15s -s src/bench/wrk/search.lua http://127.0.0.1:18080 -- target/bench/ids/queries.txt
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local paths = {}

setup = common.setup
done = common.done

function init(args)
  for _, q in ipairs(common.lines(args[1] or "target/bench/ids/queries.txt")) do
    paths[#paths + 1] = "/api/v1/claims?limit=20&q=" .. common.urlencode(q)
  end
  math.randomseed(1000 + (tid or 0))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
