#!/usr/bin/env bash
# Does the search index fit a small heap at 100k articles, and does a restart skip it? On
# 127.0.0.1 only.
#
#   bash src/bench/index-memory.sh                   # 100,000 articles, heap 128 MB
#   bash src/bench/index-memory.sh --count 20000 --heap 256m
#   (--jfr: record a JFR CPU profile of the full ingest, into the run folder)
#
# It generates the corpus (src/bench/CorpusGenerator.java, cached under target/bench/) and,
# with the given heap and the serial collector, GC log on, starts Broadsheet three times
# on a file-mode H2 store, waiting each time for readiness:
#   1. full ingest: an empty store, so the sync stores every file and the index is built;
#   2. restart: nothing changed, so the sync only checks the folder and the index, kept
#      beside the store (<store>.index), is already at the current version;
#   3. rebuild: the index folder deleted, the store kept, so the index is built again
#      from the store alone.
# For each it reports the seconds to readiness, the sync and index times the service
# logged, the largest heap left after a full collection (the live set; after a young one
# the old generation may still hold garbage), and the full collections and all pauses,
# then stops the process. An out-of-memory error stops the script with the log's tail.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench
COUNT=100000
SEED=42
HEAP=128m
READY_TIMEOUT=1800
JFR=

while [ $# -gt 0 ]; do
	case "$1" in
		--count) COUNT=$2; shift 2 ;;
		--heap) HEAP=$2; shift 2 ;;
		--seed) SEED=$2; shift 2 ;;
		--ready-timeout) READY_TIMEOUT=$2; shift 2 ;;
		--jfr) JFR=1; shift ;;
		*) echo "usage: bash src/bench/index-memory.sh [--count N] [--heap 128m] [--seed 42] [--ready-timeout 1800] [--jfr]" >&2; exit 2 ;;
	esac
done

log() { echo "[index-memory] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

PID=
stop() {
	stop_process "$PID"
	PID=
}
trap stop EXIT
trap 'exit 143' INT TERM

jar=$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
	log "building the jar (./mvnw -B -q -DskipTests package)"
	(cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2) || die "build"
	jar=$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)
fi

dir=$BENCH/corpus-$COUNT-s$SEED
if [ ! -f "$dir/queries.env" ] || [ "$ROOT/src/bench/CorpusGenerator.java" -nt "$dir/queries.env" ]; then
	log "generating $COUNT articles (seed $SEED)"
	java "$ROOT/src/bench/CorpusGenerator.java" --count "$COUNT" --seed "$SEED" --out "$dir" >&2 || die "generator"
fi
run=$BENCH/index-memory-$COUNT-$HEAP
rm -rf "$run" && mkdir -p "$run"
# A copy, so that a build running meanwhile cannot rewrite the jar under the service.
cp "$jar" "$run/broadsheet.jar"
jar=$run/broadsheet.jar
store=$run/store/broadsheet

port=18380
while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done

results=$run/results.tsv
printf 'start\tready (s)\tsync\tindex\tlive set: largest heap after a full GC (MB)\tfull GCs\tGC pauses (s)\n' >"$results"

# Starts Broadsheet with the heap, waits for readiness, records one row and stops it.
measure() {
	local label=$1; shift
	local logfile=$run/$label.log gc=$run/$label-gc.log
	java "-Xmx$HEAP" -XX:+UseSerialGC -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$run" \
		"-Xlog:gc:file=$gc" "$@" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$store" --broadsheet.corpus.path="$dir/corpus" \
		>"$logfile" 2>&1 &
	PID=$!
	local started ready
	started=$(date +%s.%N)
	until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$PID" 2>/dev/null || { tail -20 "$logfile" >&2; die "Broadsheet stopped during '$label' (log: $logfile)"; }
		grep -q OutOfMemoryError "$logfile" && { grep -m3 OutOfMemoryError "$logfile" >&2; die "out of memory during '$label' with -Xmx$HEAP (log: $logfile)"; }
		[ "$(echo "$(date +%s.%N) - $started < $READY_TIMEOUT" | bc)" = 1 ] || die "not ready after ${READY_TIMEOUT}s"
		sleep 0.5
	done
	ready=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
	stop
	local sync index peak
	sync=$(sed -n 's/.*synced in \([^:]*\):.*/\1/p' "$logfile" | tail -1)
	index=$(grep -o 'Search index \(caught up\|already serves\).*' "$logfile" | tail -1 \
		| sed 's/Search index caught up with corpus version [^ ]* in \([0-9]*\) ms: \([0-9]*\) articles indexed.*/\2 articles in \1 ms/; s/Search index already serves.*/nothing to do/')
	local full pauses
	peak=$(grep 'Pause Full' "$gc" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -1)
	full=$(grep -c 'Pause Full' "$gc" || true)
	pauses=$(sed -n 's/.*Pause.* \([0-9.]*\)ms$/\1/p' "$gc" | awk '{ s += $1 } END { printf "%.1f", s / 1000 }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$ready" "${sync:-?}" "${index:-?}" "${peak:-none}" "$full" "$pauses" >>"$results"
	log "$label: ready after $ready s; sync ${sync:-?}; index: ${index:-?}; live set ${peak:-?} MB; $full full GCs, ${pauses} s of pauses"
}

log "full ingest of $COUNT articles into $run/store (heap $HEAP)"
measure ingest ${JFR:+-XX:StartFlightRecording=filename=$run/ingest.jfr,settings=profile}
[ -d "$store.index" ] || die "no index beside the store at $store.index"
log "restart with nothing changed"
measure restart
log "rebuild: index deleted, store kept"
rm -rf "$store.index"
measure rebuild

echo
column -t -s $'\t' "$results"
echo "heap $HEAP, serial GC; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
