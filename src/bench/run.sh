#!/usr/bin/env bash
# The performance suite (issue #6) in one command: bash src/bench/run.sh
# Builds the service and target/benchmarks.jar, starts the packaged service on its embedded PostgreSQL, loads the
# dataset through the API, or above 10,000 articles with COPY (once: target/bench/data is reused), starts the raw
# Vert.x reference server, runs the JMH check reference, measures every endpoint with wrk at several concurrencies and
# at a fixed 70% rate, checks the service log for blocked event loops, and writes target/bench/results.md and
# results.json.
# Knobs (environment): see the README's Performance section, or the defaults just below.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

BENCH_SECONDS=${BENCH_SECONDS:-15}               # measured seconds per wrk point and per fixed-rate run
BENCH_WARMUP=${BENCH_WARMUP:-30}                 # unmeasured wrk seconds per endpoint and target first (JIT: C2 needs ~30 s)
BENCH_CONCURRENCY=${BENCH_CONCURRENCY:-"16 64 256"}
BENCH_PASSES=${BENCH_PASSES:-3}                  # measured passes per point: the report gives their median and spread
BENCH_SIZES=${BENCH_SIZES:-}                     # a dataset curve, see below
if [[ -n $BENCH_SIZES ]]; then  # the curve measures the reads
  BENCH_ENDPOINTS=${BENCH_ENDPOINTS:-"claim article search gate similar"}
  BENCH_FANOUT=${BENCH_FANOUT:-0}
fi
BENCH_ENDPOINTS=${BENCH_ENDPOINTS:-"claim article search gate check review similar"}
BENCH_HEAP=${BENCH_HEAP:-"-Xms192m -Xmx192m -XX:+UseParallelGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"}
BENCH_PORT=${BENCH_PORT:-18080}
BENCH_REF_PORT=${BENCH_REF_PORT:-18081}
BENCH_PG_PORT=${BENCH_PG_PORT:-55432}
BENCH_THREADS=${BENCH_THREADS:-2}                # wrk threads (the machine has 2 cores)
BENCH_FIXED_RATE=${BENCH_FIXED_RATE:-0.7}        # fraction of the measured maximum for the latency runs (0: skip)
BENCH_LATENCY_CLIENT=${BENCH_LATENCY_CLIENT:-wrk} # wrk: wrk paced to the rate; open: FixedRateLoad (open loop, a JVM)
BENCH_ARTICLES=${BENCH_ARTICLES:-10000}
BENCH_CLAIMS=${BENCH_CLAIMS:-100000}
# api: DatasetLoader through the API (the service checks every article); copy: BulkDataset, COPY straight into
# PostgreSQL after the service has made the schema (minutes instead of hours at 100,000 articles). Default: api up to
# 10,000 articles, copy above.
BENCH_LOADER=${BENCH_LOADER:-}                   # empty: chosen by size, below
# desk: the read scripts send the bench key, and read what the desk reads (every article and claim: the statements the
# reference server sends); public: anonymous, published articles and reviewed claims only (claims.txt lists unreviewed
# claims too, which then answer 404).
BENCH_READ_AS=${BENCH_READ_AS:-desk}
BENCH_OUT=${BENCH_OUT:-target/bench}           # results, logs, the database and the id files
# Dataset curve: "10000 100000" runs the read endpoints once per article count (claims: BENCH_CLAIMS_PER_ARTICLE per
# article), each size in its own BENCH_OUT (target/bench/size-N, kept for the next run); target/bench/curve.md
# collects their reports.
BENCH_CLAIMS_PER_ARTICLE=${BENCH_CLAIMS_PER_ARTICLE:-10}
BENCH_LOAD_CONCURRENCY=${BENCH_LOAD_CONCURRENCY:-16}
BENCH_SEED=${BENCH_SEED:-42}
BENCH_JMH=${BENCH_JMH:-1}                        # 0: skip the JMH check reference
BENCH_FANOUT=${BENCH_FANOUT:-1}                  # 0: skip the SSE fan-out
BENCH_FANOUT_INTERVALS=${BENCH_FANOUT_INTERVALS:-"100 50"}   # ms between changes; the first is judged, the rest stress
BENCH_BUILD=${BENCH_BUILD:-1}                    # 0: reuse target/ from an earlier build
BENCH_SAVE=${BENCH_SAVE:-0}                      # 1: copy results.md to src/bench/results/latest.md
BENCH_SETTLE=${BENCH_SETTLE:-3}                  # idle seconds before each measured point
BENCH_PROFILE=${BENCH_PROFILE:-1}                # 1: a Flight Recorder profile of the service per endpoint (profile-*.txt)
BENCH_KEY=${BENCH_KEY:-bench-admin-key-0123456789abcdef}   # bootstrap admin key of the bench service only
# The per-caller rate limits (issue #17) are lifted for the bench: it measures capacity from one address and one key,
# which the production defaults rightly limit. The limiter still runs (every request is charged to a huge budget); the
# checker's queue bound and the stream bound keep their defaults, except streams per caller (the fan-out opens 1000).
# 0: run with the production defaults instead.
BENCH_LIFT_LIMITS=${BENCH_LIFT_LIMITS:-1}
# issue #16 (reviews, similar: no ratio target); the run exits 3 when a median ratio misses its target
BENCH_TARGETS=${BENCH_TARGETS:-"claim=0.8 article=0.7 search=0.75 gate=0.7 check=0.85"}

OUT=$BENCH_OUT
IDS=$OUT/ids
JAR=target/benchmarks.jar
CHECK_BODY=src/bench/resources/check-article.json
POINTS=$OUT/points.jsonl
SERVICE_PID=""
REF_PID=""
LOADER_PID=""
REFERENCE="unavailable"

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# Stops what this script started, on success, failure or Ctrl-C: SIGTERM first (the service then stops its
# embedded PostgreSQL cleanly), SIGKILL only after 30 s.
stop() {
  local pid=$1 name=$2
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "$name did not stop in 30 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop "$LOADER_PID" "dataset loader"
  stop "$REF_PID" "reference server"
  stop "$SERVICE_PID" "service"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# grep without -q reads the whole listing: an early exit would fail the pipeline (pipefail) on jar's SIGPIPE.
jar_has() { jar tf "$JAR" | grep -x "io/factcheck/bench/$1.class" >/dev/null; }

# --- 0. the dataset curve: this script once per size -------------------------------------------------------------
if [[ -n $BENCH_SIZES ]]; then
  CURVE=target/bench/curve.md
  mkdir -p target/bench
  printf '# Read endpoints against dataset size (%s)\n\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$CURVE"
  curve_rc=0
  build=$BENCH_BUILD
  for size in $BENCH_SIZES; do
    log "dataset curve: $size articles, $((size * BENCH_CLAIMS_PER_ARTICLE)) claims"
    # shellcheck disable=SC2097,SC2098 # each size's own knobs, the rest inherited
    BENCH_SIZES="" BENCH_BUILD=$build BENCH_OUT=target/bench/size-$size BENCH_ARTICLES=$size \
      BENCH_CLAIMS=$((size * BENCH_CLAIMS_PER_ARTICLE)) BENCH_LOADER=$BENCH_LOADER \
      BENCH_ENDPOINTS=$BENCH_ENDPOINTS BENCH_FANOUT=$BENCH_FANOUT bash "${BASH_SOURCE[0]}" || { curve_rc=$?; log "the run at $size articles failed (exit $curve_rc)"; }
    build=0
    if [[ -f target/bench/size-$size/results.md ]]; then
      printf '## %s articles\n' "$size" >>"$CURVE"
      sed '1d' "target/bench/size-$size/results.md" >>"$CURVE"
      printf '\n' >>"$CURVE"
    fi
  done
  log "curve: $CURVE"
  exit "$curve_rc"
fi

if [[ -z $BENCH_LOADER ]]; then
  BENCH_LOADER=api
  ((BENCH_ARTICLES <= 10000)) || BENCH_LOADER=copy
fi
LOAD_BEFORE=$(cat /proc/loadavg 2>/dev/null || echo unknown)
log "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null), load average before: $LOAD_BEFORE"

# --- 1. tools and build -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  [[ $(id -u) == 0 ]] || die "wrk is missing: apt-get install -y wrk (as root)"
  log "installing wrk"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
command -v curl >/dev/null || die "curl is missing"
command -v jar >/dev/null || die "jar is missing: a JDK (not only a JRE) is needed"

if [[ $BENCH_BUILD == 1 ]]; then
  log "building: ./mvnw -P bench -DskipTests package"
  ./mvnw -q -P bench -DskipTests package || die "build failed"
fi
[[ -f target/quarkus-app/quarkus-run.jar && -f $JAR ]] || die "target/quarkus-app or $JAR missing: build first"
[[ -f $CHECK_BODY ]] || die "$CHECK_BODY missing"

for port in "$BENCH_PORT" "$BENCH_REF_PORT" "$BENCH_PG_PORT"; do
  port_free "$port" || die "port $port is in use (another run?): set BENCH_PORT, BENCH_REF_PORT, BENCH_PG_PORT"
done

# --- 2. the service, on the bench dataset -------------------------------------------------------------------------
mkdir -p "$OUT"
: >"$POINTS"
: >"$OUT/fanout.log"
PARAMS="articles=$BENCH_ARTICLES claims=$BENCH_CLAIMS seed=$BENCH_SEED"
# (api datasets keep the params they were written with, so an existing one is reused)
[[ $BENCH_LOADER == api ]] || PARAMS="$PARAMS loader=$BENCH_LOADER"
if [[ -f $IDS/complete && -d $OUT/data && $(cat "$IDS/params" 2>/dev/null) == "$PARAMS" ]]; then
  LOAD_DATASET=0
else
  # A partial or different dataset is not reused: its ids would not match the database.
  LOAD_DATASET=1
  rm -rf "$OUT/data" "$IDS"
fi

log "starting the service on :$BENCH_PORT (embedded PostgreSQL :$BENCH_PG_PORT, $OUT/data), heap: $BENCH_HEAP"
LIMITS=()
if [[ $BENCH_LIFT_LIMITS == 1 ]]; then
  for class in READ CHECK WRITE; do
    for role in ANONYMOUS EDITOR ADMIN; do
      LIMITS+=("CLAIMS_RATELIMIT_${class}_${role}=1000000000/1m")
    done
  done
  LIMITS+=("CLAIMS_EVENTS_MAX_STREAMS_PER_CALLER=5000")
fi
# shellcheck disable=SC2086 # BENCH_HEAP is a list of JVM flags
env "${LIMITS[@]}" MALLOC_ARENA_MAX=2 CLAIMS_DATA_DIR=$OUT/data CLAIMS_DB_PORT=$BENCH_PG_PORT PORT=$BENCH_PORT CLAIMS_ADMIN_KEY=$BENCH_KEY \
  java $BENCH_HEAP -jar target/quarkus-app/quarkus-run.jar >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
API=http://127.0.0.1:$BENCH_PORT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$API/q/health/ready" && break
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during start-up, see $OUT/service.log"
  sleep 0.5
done
curl -sf -o /dev/null "$API/q/health/ready" || die "the service is not ready after 120 s, see $OUT/service.log"
log "service ready (pid $SERVICE_PID)"

READ_HEADER=()
case $BENCH_READ_AS in
  desk)
    READ_HEADER=(-H "Authorization: Bearer $BENCH_KEY")
    export BENCH_READ_KEY=$BENCH_KEY ;; # common.lua sends it on every read
  public) unset BENCH_READ_KEY ;;
  *) die "BENCH_READ_AS is desk or public, not $BENCH_READ_AS" ;;
esac
if [[ $LOAD_DATASET == 1 && $BENCH_LOADER == copy ]]; then
  log "loading the dataset with COPY: $PARAMS"
  java -Xmx1g -cp "$JAR" io.factcheck.bench.BulkDataset --pg-port "$BENCH_PG_PORT" --out "$IDS" \
    --articles "$BENCH_ARTICLES" --claims "$BENCH_CLAIMS" --seed "$BENCH_SEED" > >(tee "$OUT/load.log" >&2) 2>&1 &
  LOADER_PID=$!
  wait "$LOADER_PID" || die "dataset load failed, see $OUT/load.log"
  LOADER_PID=""
  echo "$PARAMS" >"$IDS/params"
  log "data directory: $(du -sh "$OUT/data" | cut -f1)"
elif [[ $LOAD_DATASET == 1 ]]; then
  [[ $BENCH_LOADER == api ]] || die "BENCH_LOADER is api or copy, not $BENCH_LOADER"
  log "loading the dataset through the API: $PARAMS"
  # In the background with wait, so a SIGTERM to this script runs the trap at once (bash defers traps until a
  # foreground child ends) and the trap stops the loader too.
  java -cp "$JAR" io.factcheck.bench.DatasetLoader --api "$API" --key "$BENCH_KEY" --out "$IDS" \
    --articles "$BENCH_ARTICLES" --claims "$BENCH_CLAIMS" --concurrency "$BENCH_LOAD_CONCURRENCY" \
    --seed "$BENCH_SEED" > >(tee "$OUT/load.log" >&2) 2>&1 &
  LOADER_PID=$!
  wait "$LOADER_PID" || die "dataset load failed, see $OUT/load.log"
  LOADER_PID=""
  echo "$PARAMS" >"$IDS/params"
else
  log "reusing the dataset in $OUT/data: $(cat "$IDS/complete")"
  first=$(head -n 1 "$IDS/claims.txt")
  curl -sf -o /dev/null "${READ_HEADER[@]}" "$API/api/v1/claims/$first" \
    || die "claim $first of $IDS/claims.txt is not in the database (or not public: BENCH_READ_AS=$BENCH_READ_AS)"
fi

# --- 3. the references --------------------------------------------------------------------------------------------
if jar_has ReferenceServer; then
  log "starting the reference server on :$BENCH_REF_PORT"
  java -Xmx256m -cp "$JAR" io.factcheck.bench.ReferenceServer --http-port "$BENCH_REF_PORT" \
    --pg-port "$BENCH_PG_PORT" --admin-key "$BENCH_KEY" >"$OUT/reference.log" 2>&1 &
  REF_PID=$!
  for _ in $(seq 1 120); do
    grep -q "Reference server listening on $BENCH_REF_PORT" "$OUT/reference.log" && break
    kill -0 "$REF_PID" 2>/dev/null || die "the reference server exited, see $OUT/reference.log"
    sleep 0.5
  done
  grep -q "Reference server listening on $BENCH_REF_PORT" "$OUT/reference.log" \
    || die "the reference server did not start in 60 s, see $OUT/reference.log"
  REFERENCE="available"
else
  log "reference unavailable: io.factcheck.bench.ReferenceServer is not in $JAR (service figures only)"
fi
REF=http://127.0.0.1:$BENCH_REF_PORT

if [[ $BENCH_JMH == 1 ]] && [[ " $BENCH_ENDPOINTS " == *" check "* ]]; then
  # The checker alone, without HTTP: one thread, then one per core (what the service's checker pool runs)
  for threads in 1 "$(nproc)"; do
    log "JMH: the check article against the shipped knowledge, $threads thread(s)"
    java -jar "$JAR" ShippedCheckBenchmark -f 1 -t "$threads" -wi 3 -w 2 -i 5 -r 2 -rf json -rff "$OUT/jmh-$threads.json" \
      >"$OUT/jmh-$threads.log" 2>&1 || die "JMH failed, see $OUT/jmh-$threads.log"
    grep -E '^ShippedCheckBenchmark|Benchmark +Mode' "$OUT/jmh-$threads.log" >&2 || true
  done
fi

# --- 4. measurements ----------------------------------------------------------------------------------------------
script_args() {  # the id file (and for reviews the thread count and key) each script reads
  case $1 in
    claim | review) printf '%s\n' "$IDS/claims.txt" ;;
    article | gate) printf '%s\n' "$IDS/articles.txt" ;;
    search | similar) printf '%s\n' "$IDS/queries.txt" ;;
    check) printf '%s\n' "$CHECK_BODY" ;;
  esac
  if [[ $1 == review ]]; then printf '%s\n%s\n' "$BENCH_THREADS" "$BENCH_KEY"; fi
}

# wrk at one concurrency; prints the JSON line of the script's done(); wrk needs at least one connection per thread.
run_wrk() {
  local url=$1 endpoint=$2 connections=$3 seconds=$4 output args=() threads=$BENCH_THREADS
  ((connections >= threads)) || threads=$connections
  mapfile -t args < <(script_args "$endpoint")
  output=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "src/bench/wrk/$endpoint.lua" \
    "$url" -- "${args[@]}" 2>&1) || { printf '%s\n' "$output" >&2; return 1; }
  grep '^BENCH_JSON ' <<<"$output" | sed 's/^BENCH_JSON //' || { printf '%s\n' "$output" >&2; return 1; }
}

# wrk paced to a rate: each of PACED_CONNECTIONS connections waits between requests; a 5 s probe measures the
# latency the wait must leave room for, then the measured run. Prints the fixed-rate JSON fields BenchReport reads.
PACED_CONNECTIONS=64
paced_wrk() {
  local url=$1 endpoint=$2 rate=$3 delay probe rps json
  delay=$(awk -v c=$PACED_CONNECTIONS -v r="$rate" 'BEGIN { printf "%d", c * 1000 / r }')
  probe=$(BENCH_DELAY_MS=$delay run_wrk "$url" "$endpoint" $PACED_CONNECTIONS 5) || return 1
  rps=$(sed -n 's/.*"rps":\([0-9.]*\).*/\1/p' <<<"$probe")
  # cycle = c / achieved = delay + latency: keep the latency, shorten the wait to reach the rate
  delay=$(awk -v c=$PACED_CONNECTIONS -v r="$rate" -v a="$rps" -v d="$delay" \
    'BEGIN { n = c * 1000 / r - (c * 1000 / a - d); printf "%d", (n < 0 ? 0 : n + 0.5) }')
  json=$(BENCH_DELAY_MS=$delay run_wrk "$url" "$endpoint" $PACED_CONNECTIONS "$BENCH_SECONDS") || return 1
  awk -v r="$rate" -v d="$delay" -v j="$json" 'BEGIN {
    match(j, /"rps":[0-9.]+/); rps = substr(j, RSTART + 6, RLENGTH - 6)
    match(j, /"p50":[0-9]+/); p50 = substr(j, RSTART + 6, RLENGTH - 6)
    match(j, /"p99":[0-9]+/); p99 = substr(j, RSTART + 6, RLENGTH - 6)
    match(j, /"max":[0-9]+/); mx = substr(j, RSTART + 6, RLENGTH - 6)
    match(j, /"status":[0-9]+/); st = substr(j, RSTART + 9, RLENGTH - 9)
    n = split("connect read write timeout", k, " "); e = 0
    for (i = 1; i <= n; i++) { if (match(j, "\"" k[i] "\":[0-9]+")) e += substr(j, RSTART + length(k[i]) + 3, RLENGTH - length(k[i]) - 3) }
    printf "{\"client\":\"wrk-paced\",\"delayMs\":%d,\"targetRate\":%s,\"achievedRate\":%s,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.1f,\"non2xx\":%d,\"errors\":%d}\n",
      d, r, rps, p50 / 1000, p99 / 1000, mx / 1000, st, e }'
}

# Unmeasured: JIT compilation and connection pools settle before the first measured point.
warm() {
  local target=$1 url=$2 endpoint=$3
  log "$target $endpoint: warm-up ${BENCH_WARMUP}s"
  run_wrk "$url" "$endpoint" 64 "$BENCH_WARMUP" >/dev/null || die "wrk failed on $target $endpoint"
}

# One measured pass: each concurrency once. BEST keeps the best rate of a target's endpoint for its fixed-rate run.
declare -A BEST
points() {
  local target=$1 url=$2 endpoint=$3 pass=$4 c json rps concurrency=$BENCH_CONCURRENCY
  # similar's target is a latency (p99 < 100 ms): one connection too, the wait one desk user sees
  [[ $endpoint != similar ]] || concurrency="1 $concurrency"
  for c in $concurrency; do
    # Requests of the previous point that wrk abandoned at its end still run on the server (up to 64 × a similar
    # search, a second or more): let them finish, or this point's first requests wait behind them.
    sleep "$BENCH_SETTLE"
    json=$(run_wrk "$url" "$endpoint" "$c" "$BENCH_SECONDS") || die "wrk failed on $target $endpoint"
    rps=$(sed -n 's/.*"rps":\([0-9.]*\).*/\1/p' <<<"$json")
    log "$target $endpoint pass $pass c=$c: $rps req/s"
    printf '{"kind":"wrk","pass":%d,"target":"%s","endpoint":"%s","concurrency":%d,"result":%s}\n' \
      "$pass" "$target" "$endpoint" "$c" "$json" >>"$POINTS"
    BEST[$target.$endpoint]=$(awk -v a="${BEST[$target.$endpoint]:-0}" -v b="$rps" 'BEGIN { print (b > a) ? b : a }')
  done
}

# The latency at a fixed share of the best measured rate.
fixed() {
  local target=$1 url=$2 endpoint=$3 best=${BEST[$1.$3]:-0} rate connections json
  # The static document is the HTTP ceiling, a rate: one JVM client cannot hold 70% of it on the same two cores.
  if [[ $endpoint == static ]] || ! awk -v f="$BENCH_FIXED_RATE" 'BEGIN { exit !(f > 0) }'; then
    return 0
  fi
  rate=$(awk -v m="$best" -v f="$BENCH_FIXED_RATE" 'BEGIN { r = m * f; printf "%.0f", (r < 1 ? 1 : r) }')
  connections=$(tr ' ' '\n' <<<"$BENCH_CONCURRENCY" | sort -n | tail -n 1)
  log "$target $endpoint: fixed rate $rate req/s ($BENCH_FIXED_RATE of $best, $BENCH_LATENCY_CLIENT client)"
  if [[ $BENCH_LATENCY_CLIENT == wrk ]]; then
    json=$(paced_wrk "$url" "$endpoint" "$rate") || die "the paced run failed on $target $endpoint"
  else
    json=$(java -Xmx256m -cp "$JAR" io.factcheck.bench.FixedRateLoad --url "$url" --endpoint "$endpoint" \
      --rate "$rate" --seconds "$BENCH_SECONDS" --warmup 5 --connections "$connections" --ids "$IDS" \
      --key "$BENCH_KEY" --check-body "$CHECK_BODY" | grep '^{' | tail -n 1) \
      || die "the fixed-rate run failed on $target $endpoint"
  fi
  printf '{"kind":"fixed","target":"%s","endpoint":"%s","result":%s}\n' "$target" "$endpoint" "$json" >>"$POINTS"
}

# The service's CPU per endpoint, recorded over its measured passes (JFR's sampling costs about 1%): why a target is
# missed, in profile-<endpoint>.txt (ProfileSummary) beside the recording.
profile_start() {
  [[ $BENCH_PROFILE == 1 ]] || return 0
  jcmd "$SERVICE_PID" JFR.start name="$1" settings=profile >/dev/null || log "no profile of $1 (jcmd failed)"
}
profile_stop() {
  [[ $BENCH_PROFILE == 1 ]] || return 0
  local dir=$OUT
  [[ $dir == /* ]] || dir=$PWD/$OUT
  jcmd "$SERVICE_PID" JFR.stop name="$1" filename="$dir/profile-$1.jfr" >/dev/null || return 0
  java -cp "$JAR" io.factcheck.bench.ProfileSummary "$OUT/profile-$1.jfr" >"$OUT/profile-$1.txt" 2>&1 \
    || log "the profile of $1 could not be read, see $OUT/profile-$1.txt"
}

# Service and reference passes alternate, so that a change in the machine's load falls on both sides of a ratio.
for endpoint in $BENCH_ENDPOINTS; do
  [[ $endpoint != static && -f src/bench/wrk/$endpoint.lua ]] \
    || die "unknown endpoint $endpoint in BENCH_ENDPOINTS (static is measured on the reference server only)"
  # The reference server has no /claims/similar (issue 15: no ratio target, a latency one).
  with_reference=0
  [[ $REFERENCE == available && $endpoint != similar ]] && with_reference=1
  warm service "$API" "$endpoint"
  [[ $with_reference == 0 ]] || warm reference "$REF" "$endpoint"
  profile_start "$endpoint"
  for pass in $(seq 1 "$BENCH_PASSES"); do
    points service "$API" "$endpoint" "$pass"
    [[ $with_reference == 0 ]] || points reference "$REF" "$endpoint" "$pass"
  done
  profile_stop "$endpoint"
  fixed service "$API" "$endpoint"
  [[ $with_reference == 0 ]] || fixed reference "$REF" "$endpoint"
done
if [[ $REFERENCE == available ]]; then
  warm reference "$REF" static
  for pass in $(seq 1 "$BENCH_PASSES"); do
    points reference "$REF" static "$pass"
  done
fi

# --- 5. live updates, blocked threads, memory ---------------------------------------------------------------------
FANOUT_RC=""
if [[ $BENCH_FANOUT == 1 ]] && jar_has StreamFanOut; then
  # The first interval is judged (p99 < 100 ms, no loss); the others are stress points, failed only by a loss. One
  # warm-up round first, like wrk's warm-up: the stream path and the client's parser are compiled by then.
  warmup=1
  for interval in $BENCH_FANOUT_INTERVALS; do
    limit=100
    [[ -z $FANOUT_RC ]] || limit=3600000
    log "SSE fan-out: 1000 subscribers, 100 changes every $interval ms (p99 limit $limit ms)"
    set +e
    fanout=$(java -cp "$JAR" io.factcheck.bench.StreamFanOut --api "$API" --key "$BENCH_KEY" \
      --claims "$IDS/claims.txt" --subscribers 1000 --changes 100 --interval-ms "$interval" \
      --warmup-rounds "$warmup" --p99-limit-ms "$limit" 2>>"$OUT/fanout.log")
    rc=$?
    set -e
    warmup=0
    [[ -n $FANOUT_RC && $FANOUT_RC != 0 ]] || FANOUT_RC=$rc
    fanout=$(grep '^{' <<<"$fanout" | tail -n 1 || true)
    printf '{"kind":"fanout","exitCode":%d,"result":%s}\n' "$rc" "${fanout:-null}" >>"$POINTS"
  done
else
  log "SSE fan-out skipped (BENCH_FANOUT=0 or io.factcheck.bench.StreamFanOut not in $JAR)"
fi

BLOCKED=$(grep -cE 'has been blocked for|Thread blocked' "$OUT/service.log" || true)
RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE_PID/status")
HWM_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVICE_PID/status")
stop "$REF_PID" "reference server"
stop "$SERVICE_PID" "service"
REF_PID=""
SERVICE_PID=""

# --- 6. results ---------------------------------------------------------------------------------------------------
set +e
java -cp "$JAR" io.factcheck.bench.BenchReport --dir "$OUT" --heap "$BENCH_HEAP" --rss-kb "$RSS_KB" \
  --load-before "$LOAD_BEFORE" --load-after "$(cat /proc/loadavg 2>/dev/null || echo unknown)" \
  --hwm-kb "$HWM_KB" --blocked "$BLOCKED" --reference "$REFERENCE" --targets "$BENCH_TARGETS" \
  --fixed-rate "$BENCH_FIXED_RATE" --seconds "$BENCH_SECONDS" --concurrency "$BENCH_CONCURRENCY" \
  --reads "$BENCH_READ_AS" --data-size "$(du -sh "$OUT/data" 2>/dev/null | cut -f1)"
REPORT_RC=$?
set -e
[[ -f $OUT/results.md ]] || die "no results written"
if [[ $BENCH_SAVE == 1 ]]; then
  mkdir -p src/bench/results
  cp "$OUT/results.md" src/bench/results/latest.md
  log "saved src/bench/results/latest.md"
fi
log "results: $OUT/results.md, $OUT/results.json"
if [[ $BLOCKED != 0 ]]; then
  grep -E 'has been blocked for|Thread blocked' "$OUT/service.log" | head -n 5 >&2
  die "$BLOCKED Vert.x blocked-thread warnings in $OUT/service.log: something blocks an event loop"
fi
[[ -z $FANOUT_RC || $FANOUT_RC == 0 ]] || die "the SSE fan-out failed (exit $FANOUT_RC), see $OUT/fanout.log"
[[ $REPORT_RC != 2 ]] || die "requests failed (non-2xx or socket errors): see the errors column"
[[ $REPORT_RC != 3 ]] || die "a median ratio missed its target: see the met? column"
[[ $REPORT_RC == 0 ]] || die "the report failed (exit $REPORT_RC)"
log "done"
