#!/usr/bin/env bash
# What G1 does under one workload once the JIT has settled and the caches are full: one
# instance of the jar on a copy of the store run.sh left (target/bench/run-SIZE/store),
# with a GC log; the long-tail loads (mixed, facets, searches) in turn, 10 s each, SETTLE
# times; then the measured load (searches unless URLS=mixed|facets), after which it
# prints throughput, latency, CPU per request, the CPU ticks of C2's and G1's threads
# (from /proc, per thread) and every kind of GC pause and concurrent cycle in the
# measured window. On 127.0.0.1 only; bounded; stops what it starts.
#
#   bash src/bench/gc-load.sh cached target/broadsheet-0.1.0-SNAPSHOT.jar
#   bash src/bench/gc-load.sh uncached target/broadsheet-0.1.0-SNAPSHOT.jar --spring.cache.type=none
#   JVM='-XX:-G1UseAdaptiveIHOP' bash src/bench/gc-load.sh static-ihop target/broadsheet-0.1.0-SNAPSHOT.jar
#   HISTO=1 SIZE=100000 bash src/bench/gc-load.sh cached-100k target/broadsheet-0.1.0-SNAPSHOT.jar
#
# Arguments: a label (the folder under target/bench/gc-load/), the jar, then application
# arguments. Environment: SIZE (10000), SETTLE (5 rounds of the three loads), DUR (30s),
# URLS, JVM (flags after src/bench/lib.sh's heap and collector flags), HISTO=1 (a class histogram at the end,
# which forces a full collection: the live set), JFR=1 (a recording of the measured load
# with settings=profile, CPU and allocation samples: load.jfr), CACHES=1 (each answer
# cache's hits and misses in the measured load, from /actuator/metrics, then the live set
# after a full collection before and after each cache is emptied through
# /actuator/caches: what each one holds in bytes).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,22p' "$0" >&2; exit 2; }
NAME=$1 JAR=$2; shift 2
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench SIZE=${SIZE:-10000}
CORPUS=$BENCH/corpus-$SIZE-s42 STORE=$BENCH/run-$SIZE/store
[ -d "$STORE" ] || { echo "no $STORE: run bash src/bench/run.sh --sizes $SIZE first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: run.sh installs it" >&2; exit 2; }
W=$BENCH/gc-load/$NAME
rm -rf "$W" && mkdir -p "$W" && cp -r "$STORE" "$W/store"
PORT=18650
while ss -Hltn "sport = :$PORT" | grep -q .; do PORT=$((PORT + 1)); done
# shellcheck disable=SC2086 # flags, split on purpose
java $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS ${JVM:-} "-Xlog:gc*:file=$W/gc.log:uptime" -jar "$JAR" --server.address=127.0.0.1 \
	--server.port=$PORT --spring.datasource.url="jdbc:h2:file:$W/store/broadsheet" \
	--broadsheet.corpus.path="$CORPUS/corpus" ${CACHES:+--management.endpoints.web.exposure.include=health,metrics,caches} \
	"$@" >"$W/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$W/store"' EXIT
for _ in $(seq 1 300); do
	curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
	kill -0 $PID 2>/dev/null || { tail -20 "$W/app.log" >&2; exit 1; }
	sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" || { echo "not ready after 300 s: $W/app.log" >&2; exit 1; }
load() { MIXED_URLS=$CORPUS/$1-broadsheet.txt timeout 300 wrk -t2 -c16 -d"$2" --latency -s "$ROOT/src/bench/mixed.lua" "http://127.0.0.1:$PORT"; }
for _ in $(seq 1 "${SETTLE:-5}"); do
	for urls in mixed facets search; do load $urls 10s >/dev/null; done
done
uptime_s() { jcmd $PID VM.uptime | tail -1 | awk '{print $1}'; }
# G1's threads: "GC Thread#n" (pauses) and "G1 Conc#n", "G1 Refine#n", "G1 Main Marker"...
gc_threads() { echo $(($(thread_ticks $PID G1) + $(thread_ticks $PID GC))); }
[ -z "${JFR:-}" ] || jcmd $PID JFR.start name=load settings=profile >/dev/null
CACHE_NAMES="http-responses articles article-pages article-facets author-pages archives"
# "name hits misses" per cache, from the cumulative counters.
cache_gets() {
	for c in $CACHE_NAMES; do
		echo "$c $(for r in hit miss; do curl -sf "http://127.0.0.1:$PORT/actuator/metrics/cache.gets?tag=cache:$c&tag=result:$r" |
			python3 -c 'import json, sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))' 2>/dev/null || echo 0; done | tr '\n' ' ')"
	done
}
live_mb() { jcmd $PID GC.class_histogram | tail -1 | awk '{printf "%.1f", $3 / 1048576}'; }
[ -z "${CACHES:-}" ] || cache_gets >"$W/gets0.txt"
up0=$(uptime_s) cpu0=$(process_ticks $PID) c20=$(thread_ticks $PID C2) gc0=$(gc_threads)
out=$(load "${URLS:-search}" "${DUR:-30s}")
[ -z "${JFR:-}" ] || jcmd $PID JFR.stop name=load filename="$W/load.jfr" >/dev/null
cpu1=$(process_ticks $PID) c21=$(thread_ticks $PID C2) gc1=$(gc_threads) up1=$(uptime_s)
n=$(awk '/requests in/ {print $1}' <<<"$out")
echo "$NAME: $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, p50 $(awk '$1 == "50%" {print $2}' <<<"$out"), p99 $(awk '$1 == "99%" {print $2}' <<<"$out"), CPU $(awk -v t=$((cpu1 - cpu0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.3f", t * 1000 / hz / n}') ms/request; C2 $((c21 - c20)) and G1 $((gc1 - gc0)) of $((cpu1 - cpu0)) ticks; load $(cut -d' ' -f1 /proc/loadavg)"
python3 - "$W/gc.log" "$up0" "$up1" <<'PY'
import re, sys
log, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
kinds = {}
for line in open(log):
    m = re.match(r'\[(\d+\.\d+)s\].*GC\(\d+\) (Pause .*?) (\d+)M->(\d+)M\(\d+M\) (\d+\.\d+)ms', line)
    if m and start <= float(m.group(1)) <= end:
        k = kinds.setdefault(m.group(2), [0, 0.0])
        k[0] += 1; k[1] += float(m.group(5))
    m = re.match(r'\[(\d+\.\d+)s\].*GC\(\d+\) (Concurrent (?:Mark|Undo) Cycle) (\d+\.\d+)ms', line)
    if m and start <= float(m.group(1)) <= end:
        k = kinds.setdefault(m.group(2), [0, 0.0])
        k[0] += 1; k[1] += float(m.group(3))
for name, (count, ms) in sorted(kinds.items()):
    print(f"  {name}: {count}, {ms:.1f} ms in all, {ms / count:.2f} ms each")
PY
if [ -n "${CACHES:-}" ]; then
	cache_gets >"$W/gets1.txt"
	echo "  cache hits and misses in the measured load:"
	awk 'NR == FNR {h[$1] = $2; m[$1] = $3; next} {dh = $2 - h[$1]; dm = $3 - m[$1]
		if (dh + dm > 0) printf "    %s: %d hits, %d misses (%.1f %%)\n", $1, dh, dm, 100 * dh / (dh + dm)}' "$W/gets0.txt" "$W/gets1.txt"
	before=$(live_mb)
	echo "  live after a full collection: $before MB"
	for c in $CACHE_NAMES; do
		curl -sf -X DELETE -o /dev/null "http://127.0.0.1:$PORT/actuator/caches/$c" || continue
		after=$(live_mb)
		echo "    $c emptied: $after MB ($(awk -v a="$before" -v b="$after" 'BEGIN {printf "%.1f", a - b}') MB held)"
		before=$after
	done
fi
if [ -n "${HISTO:-}" ]; then
	jcmd $PID GC.class_histogram >"$W/histogram.txt"
	echo "  live after a full collection: $(tail -1 "$W/histogram.txt" | awk '{printf "%.1f MB", $3 / 1048576}') (histogram in $W/histogram.txt)"
fi
