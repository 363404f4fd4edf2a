#!/usr/bin/env bash
# Where a 100k instance's resident memory goes, and what JVM flags do to it: one full ingest
# into a fresh store, started as the container image starts Broadsheet (the extracted jar
# and its class cache, src/bench/cds.sh), then a bounded mixed load, then an idle spell.
# After each phase: VmRSS split into the process's own pages (RssAnon) and mapped files
# (RssFile: the search index, the class cache's unwritten pages), the committed heap, and a
# native-memory summary (jcmd VM.native_memory summary; NMT itself takes about 3 MB).
# On 127.0.0.1 only; every process it starts, it stops.
#
#   bash src/bench/rss.sh --corpus target/bench/corpus-100000-s42 --label shipped
#   bash src/bench/rss.sh --corpus DIR --java /usr/lib/jvm/java-17-openjdk-amd64/bin/java --label jdk17
#   bash src/bench/rss.sh --corpus DIR --label trim --jvm '-XX:TrimNativeHeapInterval=5000'
#
# --corpus is the generator's folder (CorpusGenerator's --out: corpus/ and
# mixed-broadsheet.txt). --jvm adds JVM flags after the shipped ones (src/bench/lib.sh), so
# they can override them. --load (2m) is wrk with src/bench/mixed.lua at 16 connections
# over mixed-broadsheet.txt, as run.sh's soak; --settle (60s) is a wait between readiness and
# the load, --idle (60s) the wait after it: spells in which G1 may give heap back
# (-XX:G1PeriodicGCInterval). --cds DIR reuses a class cache that
# cds.sh made for the same jar and JDK (its app/ folder) instead of training one. --port
# (18720, or the next free one) sets apart instances measured side by side.
# Results: one line per phase in OUT/results.tsv, the logs, GC logs and NMT summaries beside.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
JAVA_BIN= JAR= CORPUS= LABEL=run JVM= LOAD=2m IDLE=60 SETTLE=60 CDS= OUT= PORT=18720 STORE= READY_TIMEOUT=1800
while [ $# -gt 0 ]; do
	case "$1" in
		--java) JAVA_BIN=$2; shift 2 ;;
		--jar) JAR=$2; shift 2 ;;
		--corpus) CORPUS=$2; shift 2 ;;
		--label) LABEL=$2; shift 2 ;;
		--jvm) JVM=$2; shift 2 ;;
		--load) LOAD=$2; shift 2 ;;
		--idle) IDLE=${2%s}; shift 2 ;;
		--settle) SETTLE=${2%s}; shift 2 ;;
		--cds) CDS=$2; shift 2 ;;
		--out) OUT=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--store) STORE=$2; shift 2 ;;
		*) echo "usage: bash src/bench/rss.sh --corpus DIR [--java PATH] [--jar JAR] [--label NAME] [--jvm FLAGS] [--load 2m] [--settle 60s] [--idle 60s] [--cds DIR] [--out DIR] [--port 18720] [--store DIR]" >&2; exit 2 ;;
	esac
done
log() { echo "[rss $(date -u +%H:%M:%S)] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

[ -d "$CORPUS/corpus" ] && [ -f "$CORPUS/mixed-broadsheet.txt" ] || die "--corpus must name the generator's folder"
JAVA_BIN=${JAVA_BIN:-$(bench_java)}
JAR=${JAR:-$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v plain | head -1)}
major=$(java_major "$JAVA_BIN")
OUT=${OUT:-$ROOT/target/bench/rss/$LABEL}
rm -rf "$OUT" && mkdir -p "$OUT"
if [ -n "$STORE" ]; then cp -r "$STORE" "$OUT/store" || die "copying $STORE"; fi
java_dir=$(dirname "$(readlink -f "$(command -v "$JAVA_BIN")")")
if [ -z "$CDS" ]; then
	CDS=$ROOT/target/bench/rss/cds-$major
	[ -f "$CDS/app/java.args" ] || image_command "$JAVA_BIN" "$JAR" "$CDS" >/dev/null || die "cds.sh"
fi
app=$CDS/app
[ -f "$app/java.args" ] || app=$CDS
[ -f "$app/java.args" ] || die "no java.args in $CDS"

PID=
stop() {
	stop_process "$PID"
	PID=
}
trap stop EXIT
trap 'exit 143' INT TERM

port=$PORT
while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
ticks=$(getconf CLK_TCK)
kb() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }
results=$OUT/results.tsv
printf 'label\tphase\tRSS (MB)\tanonymous\tfiles\tpeak (VmHWM)\theap committed (MB)\theap used\tCPU (s)\tyoung GCs\tfull GCs\tremark pauses\tnote\tload average\n' >"$results"

# One row: RSS split, the heap as G1 reports it, CPU so far, pauses so far from the GC log,
# and the NMT summary into a file of its own.
record() {
	local phase=$1 note=${2:-} heap
	# "total 262144K, used …" (JDK 17) or "total reserved 262144K, committed 262144K, used …" (25).
	heap=$("$java_dir/jcmd" "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { gsub(/[K,]/, " ")
			for (i = 1; i < NF; i++) {
				if ($i == "total" && $(i + 1) ~ /^[0-9]+$/ || $i == "committed") t = $(i + 1)
				if ($i == "used") u = $(i + 1)
			} }
		END { printf "%.0f\t%.0f", t / 1024, u / 1024 }')
	"$java_dir/jcmd" "$PID" VM.native_memory summary >"$OUT/nmt-$phase.txt" 2>&1 || true
	# Resident pages by what is mapped: the class cache, the index's files, the jars, the rest
	# (heap, metaspace, code, malloc: anonymous); "Anonymous" counts a file's written pages.
	awk '/^[0-9a-f]+-[0-9a-f]+ / { n = $6 == "" ? "(anonymous)" : $6
			if (n ~ /\.(aot|jsa)$/) n = "class cache"; else if (n ~ /\.index\//) n = "search index"; else if (n ~ /\.jar$/) n = "jars"
			else if (n !~ /^\(anonymous\)$|^\[/) n = "other files" }
		/^Rss:/ { rss[n] += $2 } /^Anonymous:/ { anon[n] += $2 }
		END { for (k in rss) if (rss[k] > 1024) printf "%8.1f MB resident, %8.1f MB of it anonymous  %s\n", rss[k] / 1024, anon[k] / 1024, k }' \
		"/proc/$PID/smaps" | sort -rn >"$OUT/smaps-$phase.txt"
	local cpu gcs
	cpu=$(awk -v s="$(process_ticks "$PID")" -v t="$ticks" 'BEGIN { printf "%.1f", s / t }')
	# The line that ends each pause (with the heap's "before->after(committed)"), not its start.
	gcs=$(awk '/->/ && /Pause Young/ { y++ } /->/ && /Pause Full/ { f++ } /->/ && /Pause Remark/ { r++ } END { printf "%d\t%d\t%d", y, f, r }' "$OUT/gc.log")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$LABEL" "$phase" "$(kb VmRSS)" "$(kb RssAnon)" "$(kb RssFile)" "$(kb VmHWM)" \
		"$heap" "$cpu" "$gcs" "$note" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
	log "$phase: RSS $(kb VmRSS) MB (anonymous $(kb RssAnon), files $(kb RssFile)), heap committed/used $heap MB, CPU $cpu s, young/full/remark $gcs${note:+; $note}"
}

# shellcheck disable=SC2086 # flags, split on purpose
"$java_dir/java" "@$app/java.args" $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS -XX:NativeMemoryTracking=summary \
	"-Xlog:gc*=info:file=$OUT/gc.log:uptime,tags" $JVM -jar "$app/broadsheet.jar" \
	--server.address=127.0.0.1 --server.port="$port" \
	--spring.datasource.url="jdbc:h2:file:$OUT/store/broadsheet" --broadsheet.corpus.path="$CORPUS/corpus" >"$OUT/app.log" 2>&1 &
PID=$!
started=$(date +%s.%N)
log "$LABEL: JDK $major ($java_dir), flags: $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS $(tr '\n' ' ' <"$app/java.args")$JVM"
until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$PID" 2>/dev/null || { tail -20 "$OUT/app.log" >&2; die "Broadsheet stopped (log: $OUT/app.log)"; }
	[ "$(echo "$(date +%s.%N) - $started < $READY_TIMEOUT" | bc)" = 1 ] || die "not ready after ${READY_TIMEOUT}s"
	sleep 0.25
done
ready=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
record ready "ready after $ready s"
sleep "$SETTLE"
record settled "${SETTLE} s after readiness, no request yet"

before=$(process_ticks "$PID")
out=$(MIXED_URLS=$CORPUS/mixed-broadsheet.txt wrk -t2 -c16 -d"$LOAD" --timeout 5s --latency -s "$ROOT/src/bench/mixed.lua" \
	"http://127.0.0.1:$port/" 2>&1) || die "wrk: $out"
after=$(process_ticks "$PID")
echo "$out" >"$OUT/wrk.txt"
requests=$(awk '/requests in/ { print $1 }' <<<"$out")
note=$(awk -v t="$((after - before))" -v n="$requests" -v hz="$ticks" -v rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")" \
	-v p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
	'BEGIN { printf "mixed %s: %s req/s, p99 %s, CPU %.3f ms a request", "'"$LOAD"'", rps, p99, t * 1000 / hz / n }')
record loaded "$note"
sleep "$IDLE"
record idle "after ${IDLE} s without requests"
stop
column -t -s $'\t' "$results" >&2
