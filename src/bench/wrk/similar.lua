-- GET /api/v1/claims/similar?text=…&limit=10: "has this been checked already?" with a random search term or a pair of
-- them from queries.txt as the text (names, places, topics of the bench claims), over the whole 100k-claim dataset.
-- wrk -t2 -c64 -d15s -s src/bench/wrk/similar.lua http://127.0.0.1:18080 -- target/bench/ids/queries.txt
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local paths = {}

setup = common.setup
done = common.done

function init(args)
  local terms = common.lines(args[1] or "target/bench/ids/queries.txt")
  math.randomseed(3000 + (tid or 0))
  for i = 1, #terms do
    local other = terms[math.random(#terms)]
    paths[#paths + 1] = "/api/v1/claims/similar?limit=10&text=" .. common.urlencode(terms[i] .. " said " .. other)
  end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
