-- POST /api/v1/claims/{id}/reviews (answered 201) with the bench key.
-- wrk -t2 -c64 -d15s -s src/bench/wrk/review.lua http://127.0.0.1:18080 -- target/bench/ids/claims.txt <threads> <key>
-- Each thread walks its own share of the claims in a shuffled order instead of drawing at random: two reviews of one
-- claim in flight at once race on the claim's version and one is answered 409, which is not what is measured.
local common = dofile((os.getenv("BENCH_WRK_DIR") or "src/bench/wrk") .. "/common.lua")
local mine = {}
local position = 0
local headers
local body = '{"verdict":"OUTDATED","confidence":0.9,"summary":"Left office before the article\'s date; ' ..
  'the title needs former.","correction":"former Prime Minister","evidence":[{"url":' ..
  '"https://example.org/evidence/bench","title":"Official record"}],"reviewer":"Bench desk"}'

setup = common.setup
done = common.done

function init(args)
  local ids = common.lines(args[1] or "target/bench/ids/claims.txt")
  local threads = tonumber(args[2] or "1")
  local key = args[3] or os.getenv("BENCH_KEY") or error("no bench key: pass it after the thread count")
  for i = (tid or 1), #ids, threads do
    mine[#mine + 1] = ids[i]
  end
  math.randomseed(2000 + (tid or 0))
  for i = #mine, 2, -1 do
    local j = math.random(i)
    mine[i], mine[j] = mine[j], mine[i]
  end
  headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}
end

function request()
  position = position % #mine + 1
  return wrk.format("POST", "/api/v1/claims/" .. mine[position] .. "/reviews", headers, body)
end
