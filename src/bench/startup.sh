#!/usr/bin/env bash
# Start-up of the world knowledge (issue #11): how long the packaged service takes from the knowledge loader's first
# step to a compiled checker, on the three ways a service starts:
#   first    an empty data directory (every row inserted; the checker compiles while they are)
#   restart  the same directory again (the version is stored: one query, then the compile)
#   upgrade  a directory whose knowledge marker was renamed, so the same file loads again over the stored rows (the
#            path of a new knowledge version: every row compared)
# Each start's log gives "read in N ms and stored in N ms" (or "checked in N ms") and "Checker ready N ms"; their sum
# is the figure. Usage: ./mvnw -DskipTests package && bash src/bench/startup.sh [runs per kind, default 5]
# Writes target/bench/startup.md. Run nothing else meanwhile: on two cores the neighbours show in every figure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

RUNS=${1:-5}
PORT=${STARTUP_PORT:-38080}
PG_PORT=${STARTUP_PG_PORT:-57432}
OUT=target/bench/startup
JAR=target/quarkus-app/quarkus-run.jar
JDBC=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
[[ -f $JAR ]] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"

# start DATADIR LOG: starts the service, waits until it is ready, stops it; prints the knowledge figure in ms
start() {
  MALLOC_ARENA_MAX=2 CLAIMS_DATA_DIR=$1 CLAIMS_DB_PORT=$PG_PORT PORT=$PORT java -jar "$JAR" >"$2" 2>&1 &
  local pid=$!
  for _ in $(seq 1 480); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
    sleep 0.25
  done
  if [[ -n ${RENAME:-} ]]; then
    java -cp "$JDBC" src/bench/startup/RenameKnowledgeMarker.java "$PG_PORT"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local read stored checked ready
  read=$(sed -n 's/.*read in \([0-9]*\) ms and stored in.*/\1/p' "$2")
  stored=$(sed -n 's/.*and stored in \([0-9]*\) ms.*/\1/p' "$2")
  checked=$(sed -n 's/.*loaded before (checked in \([0-9]*\) ms).*/\1/p' "$2")
  ready=$(sed -n 's/.*Checker ready \([0-9]*\) ms.*/\1/p' "$2")
  echo $(( ${read:-0} + ${stored:-0} + ${checked:-0} + ${ready:?no Checker ready line in $2} ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A FIGURES
for i in $(seq 1 "$RUNS"); do
  first=$(start "$OUT/data-$i" "$OUT/first-$i.log")
  # the restart renames the marker once it is ready, for the upgrade start after it
  restart=$(RENAME=1 start "$OUT/data-$i" "$OUT/restart-$i.log")
  upgrade=$(start "$OUT/data-$i" "$OUT/upgrade-$i.log")
  FIGURES[first]+="$first " FIGURES[restart]+="$restart " FIGURES[upgrade]+="$upgrade "
  echo "run $i: first $first ms, restart $restart ms, upgrade $upgrade ms"
done

{
  echo "# Start-up of the knowledge, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| start | runs (ms) | median |"
  echo "|---|---|---:|"
  for kind in first restart upgrade; do
    echo "| $kind | ${FIGURES[$kind]% } | $(tr ' ' '\n' <<<"${FIGURES[$kind]}" | grep . | median) ms |"
  done
} | tee target/bench/startup.md
