#!/usr/bin/env bash
# Does an NDJSON export of the whole corpus run in constant memory? On 127.0.0.1 only.
#
#   bash src/bench/export-memory.sh                  # 100,000 articles, heap 256 MB
#   bash src/bench/export-memory.sh --count 20000 --heap 96m
#   bash src/bench/export-memory.sh --jar /tmp/base.jar   # another build's jar, for an A/B
#   (--ready-timeout 900: seconds to wait for the ingest; a busy machine needs more)
#
# It generates the corpus (src/bench/CorpusGenerator.java, cached under target/bench/),
# ingests it into a file-mode H2 store with the heap the README recommends (256 MB), then
# restarts Broadsheet on that store with a small heap (--heap, default 256m, serial
# collector, GC log on) and streams /articles?format=ndjson twice: a tenth of the corpus
# (the first year of dates) and all of it. For each it reports the rows and bytes received,
# the time to the first byte of the body (curl's time_starttransfer: how long the client
# waits before anything arrives, and before a client that left could be noticed), the total
# time, and the largest heap left after any collection during the export (the live
# set: what the export holds), next to that of the idle service. If rows accumulated, the
# full export would hold about 600 MB of bodies and die in a 256 MB heap; if memory is
# constant, both exports show about the idle figure. It stops every process it started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench
COUNT=100000
SEED=42
HEAP=256m
READY_TIMEOUT=900
EXPORT_TIMEOUT=900
JAR=

while [ $# -gt 0 ]; do
	case "$1" in
		--count) COUNT=$2; shift 2 ;;
		--heap) HEAP=$2; shift 2 ;;
		--seed) SEED=$2; shift 2 ;;
		--ready-timeout) READY_TIMEOUT=$2; shift 2 ;;
		--jar) JAR=$2; shift 2 ;;
		*) echo "usage: bash src/bench/export-memory.sh [--count N] [--heap 256m] [--seed 42] [--ready-timeout 900] [--jar path]" >&2; exit 2 ;;
	esac
done

log() { echo "[export-memory] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

PID=
stop() {
	stop_process "$PID" 10
	PID=
}
trap stop EXIT

jar=${JAR:-$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [ -n "$JAR" ]; then
	[ -f "$JAR" ] || die "no jar at $JAR"
elif [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
	log "building the jar (./mvnw -B -q -DskipTests package)"
	(cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2) || die "build"
	jar=$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)
fi

dir=$BENCH/corpus-$COUNT-s$SEED
if [ ! -f "$dir/queries.env" ] || [ "$ROOT/src/bench/CorpusGenerator.java" -nt "$dir/queries.env" ]; then
	log "generating $COUNT articles (seed $SEED)"
	java "$ROOT/src/bench/CorpusGenerator.java" --count "$COUNT" --seed "$SEED" --out "$dir" >&2 || die "generator"
fi
run=$BENCH/export-memory-$COUNT
# The store is kept: a run stopped during the ingest resumes it next time (a sync keeps
# what it committed), and a later run only checks the folder.
mkdir -p "$run" && rm -f "$run/gc.log" "$run/results.tsv"

port=18280
while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done

start() {
	local heap=$1 logfile=$2; shift 2
	java "-Xmx$heap" -XX:+UseSerialGC "$@" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$run/store/broadsheet" --broadsheet.corpus.path="$dir/corpus" \
		>"$logfile" 2>&1 &
	PID=$!
	local started
	started=$(date +%s)
	until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$PID" 2>/dev/null || { tail -20 "$logfile" >&2; die "Broadsheet stopped (log: $logfile)"; }
		[ $(($(date +%s) - started)) -lt "$READY_TIMEOUT" ] || die "not ready after ${READY_TIMEOUT}s"
		sleep 0.5
	done
	log "ready after $(($(date +%s) - started)) s (heap $heap)"
}

# Heap after the collections logged from line $1 of the GC log on: the largest, in MB.
largest_after_gc() {
	tail -n +"$1" "$run/gc.log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -1
}

collect() {
	jcmd "$PID" GC.run >/dev/null
	sleep 1
}

log "ingesting into $run/store (heap 256m)"
start 256m "$run/ingest.log"
stop

start "$HEAP" "$run/serve.log" "-Xlog:gc:file=$run/gc.log"
curl -sf "http://127.0.0.1:$port/articles?size=1" >/dev/null
collect
idle=$(largest_after_gc "$(($(wc -l <"$run/gc.log")))")
log "idle: ${idle} MB after a full collection"

results=$run/results.tsv
printf 'export\trows\tMB\tfirst byte (s)\tseconds\tlargest heap after GC (MB)\tidle heap (MB)\n' >"$results"
for query in "from=2016-01-01&to=2016-12-31" ""; do
	collect
	from=$(($(wc -l <"$run/gc.log") + 1))
	out=$run/export.ndjson
	timing=$(curl -sf --max-time "$EXPORT_TIMEOUT" -o "$out" -w '%{time_starttransfer} %{time_total}' \
		"http://127.0.0.1:$port/articles?format=ndjson${query:+&$query}") || die "export of '$query' failed"
	kill -0 "$PID" 2>/dev/null || die "Broadsheet died during the export (log: $run/serve.log)"
	rows=$(wc -l <"$out")
	mb=$(du -b "$out" | awk '{ printf "%.1f", $1 / 1048576 }')
	peak=$(largest_after_gc "$from")
	label=${query:-whole corpus}
	first=${timing% *}
	total=${timing#* }
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rows" "$mb" "$first" "$total" "${peak:-none}" "$idle" >>"$results"
	log "$label: $rows rows, $mb MB in $total s (first byte after $first s); largest heap after a collection ${peak:-none} MB (idle $idle MB)"
	rm -f "$out"
done
collect
log "after: $(largest_after_gc "$(($(wc -l <"$run/gc.log")))") MB after a full collection"
echo
column -t -s $'\t' "$results"
echo "jar: $jar"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
