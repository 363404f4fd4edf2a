#!/usr/bin/env bash
# How long a full ingest takes to readiness, in wall time and in CPU time, and the RSS it
# leaves. On 127.0.0.1 only; every process it starts, it stops.
#
#   bash src/bench/ingest.sh                          # 100,000 articles, -Xmx256m, 2 runs
#   bash src/bench/ingest.sh --count 20000 --runs 1 --jfr
#   bash src/bench/ingest.sh --heap 128m --restart    # also a restart with nothing changed
#   bash src/bench/ingest.sh --jar target/broadsheet-0.1.0-SNAPSHOT.jar --corpus DIR
#   bash src/bench/ingest.sh --compare-index --runs 3 # what the full-text index adds
#   bash src/bench/ingest.sh --vocabulary flat        # the corpus of every run before gen55
#
# Each run starts the jar (copied, so that a build meanwhile cannot change it) with
# `-Xmx<heap>` and the collector flags the README recommends (src/bench/lib.sh; `--gc
# serial` or `--gc parallel` for the serial or the parallel collector) on a fresh file-mode H2
# store over the generated corpus of src/bench/run.sh (src/bench/CorpusGenerator.java,
# seed 42, cached under target/bench/), and waits for /actuator/health/readiness = UP.
# Wall time is from the java command to readiness; CPU is the process's user + system
# time at readiness (from /proc/<pid>/stat), which the other load on a shared machine
# disturbs least; <run>-threads.tsv in the run folder splits it by thread name. Sync and
# index are the times the service logged. --jfr records a CPU
# profile (settings=profile) of the first run into the run folder and prints its
# summary (src/bench/jfr-summary.py). BROADSHEET_INGEST_OPTS adds JVM flags to every run
# (after the heap and GC flags, so it can override the heap's; the collector is --gc's,
# as the JVM refuses two), e.g. BROADSHEET_INGEST_OPTS='-Dbroadsheet.corpus.batch-size=100'
# or '-Xmn128m'. BROADSHEET_STORE_URL_OPTS is appended to the store's JDBC URL, for H2's
# settings at open, e.g. ';AUTO_COMPACT_FILL_RATE=0'.
#
# --compare-index also ingests each run without the full-text index (labelled noindex-N,
# in alternating order with ingest-N so that both see the same machine) and prints what
# the index adds to the median ready time and CPU. The index is turned off by
# src/bench/IndexOffForBenchmark.java, compiled here against the jar's classes and loaded
# beside them with Spring Boot's PropertiesLauncher: the application itself has no such
# switch.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench
COUNT=100000
SEED=42
HEAP=256m
RUNS=2
GC=g1
READY_TIMEOUT=1800
JFR=
RESTART=
COMPARE_INDEX=
JAR=
CORPUS=
VOCABULARY=zipf

while [ $# -gt 0 ]; do
	case "$1" in
		--count) COUNT=$2; shift 2 ;;
		--heap) HEAP=$2; shift 2 ;;
		--runs) RUNS=$2; shift 2 ;;
		--seed) SEED=$2; shift 2 ;;
		--jar) JAR=$2; shift 2 ;;
		--corpus) CORPUS=$2; shift 2 ;;
		--vocabulary) VOCABULARY=$2; shift 2 ;;
		--ready-timeout) READY_TIMEOUT=$2; shift 2 ;;
		--jfr) JFR=1; shift ;;
		--gc) GC=$2; shift 2 ;;
		--restart) RESTART=1; shift ;;
		--compare-index) COMPARE_INDEX=1; shift ;;
		*) echo "usage: bash src/bench/ingest.sh [--count N] [--heap 256m] [--runs 2] [--seed 42] [--jar JAR] [--corpus DIR] [--vocabulary zipf|flat] [--gc g1|serial|parallel] [--jfr] [--restart] [--compare-index]" >&2; exit 2 ;;
	esac
done

log() { echo "[ingest] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

PID=
stop() {
	stop_process "$PID"
	PID=
}
trap stop EXIT
trap 'exit 143' INT TERM

case "$GC" in
	g1) read -r -a gc_flags <<<"$RECOMMENDED_GC_FLAGS" ;;
	serial) gc_flags=(-XX:+UseSerialGC) ;;
	parallel) gc_flags=(-XX:+UseParallelGC) ;;
	*) die "--gc is g1, serial or parallel, not '$GC'" ;;
esac

jar=$JAR
if [ -z "$jar" ]; then
	jar=$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v plain | head -1 || true)
	if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
		log "building the jar (./mvnw -B -q -DskipTests package)"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests -Djacoco.skip=true package >&2) || die "build"
		jar=$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)
	fi
fi

corpus=$CORPUS
if [ -z "$corpus" ]; then
	case "$VOCABULARY" in
		zipf) dir=$BENCH/corpus-$COUNT-s$SEED ;;
		flat) dir=$BENCH/corpus-$COUNT-s$SEED-flat ;;
		*) die "--vocabulary is zipf or flat, not '$VOCABULARY'" ;;
	esac
	if [ ! -f "$dir/queries.env" ] || [ "$ROOT/src/bench/CorpusGenerator.java" -nt "$dir/queries.env" ]; then
		log "generating $COUNT articles (seed $SEED, vocabulary $VOCABULARY)"
		java "$ROOT/src/bench/CorpusGenerator.java" --count "$COUNT" --seed "$SEED" --vocabulary "$VOCABULARY" \
			--out "$dir" >&2 || die "generator"
	fi
	corpus=$dir/corpus
fi
[ -d "$corpus" ] || die "no corpus folder at $corpus"

run=$BENCH/ingest-$COUNT-$HEAP
rm -rf "$run" && mkdir -p "$run"
cp "$jar" "$run/broadsheet.jar"
jar=$run/broadsheet.jar
# How each run starts the application: the jar as users run it, or (--compare-index's
# noindex runs) with the index that indexes nothing beside it.
launch=(-jar "$jar")
if [ -n "$COMPARE_INDEX" ]; then
	mkdir -p "$run/app" "$run/index-off"
	(cd "$run/app" && jar xf "$jar" BOOT-INF/classes BOOT-INF/lib) || die "unpacking the jar"
	javac -nowarn --release 17 -cp "$run/app/BOOT-INF/classes:$run/app/BOOT-INF/lib/*" -d "$run/index-off" \
		"$ROOT/src/bench/IndexOffForBenchmark.java" || die "compiling IndexOffForBenchmark"
	rm -rf "$run/app"
fi

port=18480
while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
ticks=$(getconf CLK_TCK)

results=$run/results.tsv
printf 'run\tready (s)\tingest (s)\tCPU (s)\tindexing thread CPU (s)\tsync (ms)\tindex (ms)\tRSS (MB)\tfull GCs (s)\tyoung GCs (s)\tconcurrent-cycle pauses (s)\tload average\n' >"$results"

# Starts Broadsheet on the store, waits for readiness, records one row and stops it.
measure() {
	local label=$1 store=$2; shift 2
	local logfile=$run/$label.log
	# shellcheck disable=SC2086 # flags, split on purpose
	java "-Xmx$HEAP" "${gc_flags[@]}" "-Xlog:gc:file=$run/$label-gc.log" ${BROADSHEET_INGEST_OPTS:-} "$@" "${launch[@]}" \
		--server.address=127.0.0.1 --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$store${BROADSHEET_STORE_URL_OPTS:-}" --broadsheet.corpus.path="$corpus" >"$logfile" 2>&1 &
	PID=$!
	local started ready
	started=$(date +%s.%N)
	until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$PID" 2>/dev/null || { tail -20 "$logfile" >&2; die "Broadsheet stopped during '$label' (log: $logfile)"; }
		[ "$(echo "$(date +%s.%N) - $started < $READY_TIMEOUT" | bc)" = 1 ] || die "not ready after ${READY_TIMEOUT}s"
		sleep 0.25
	done
	ready=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
	local cpu rss
	cpu=$(awk -v s="$(process_ticks "$PID")" -v t="$ticks" 'BEGIN { printf "%.1f", s / t }')
	rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
	# The CPU of the thread(s) indexing the sync's batches (search-index-sync, which
	# /proc cuts to 15 characters): the share of the ingest the index takes.
	local index_cpu
	index_cpu=$(awk -v s="$(thread_ticks "$PID" search-index-sy)" -v t="$ticks" 'BEGIN { printf "%.1f", s / t }')
	# Every thread's CPU at readiness, summed by name with digits dropped (G1's workers,
	# the store's writer, the indexing thread): where an ingest's CPU went. Lucene's merge
	# threads and the catch-up's indexing pool end when done: their CPU is only in the
	# process's total, so the last line is the total less the live threads'.
	# C1 and C2 kept apart: only a trailing number goes.
	thread_table "$PID" | awk -F'\t' -v t="$ticks" -v cpu="$cpu" '{ s[$1] += $2; all += $2 }
		END {
			for (n in s) if (s[n] > 0) printf "%.1f\t%s\n", s[n] / t, n
			printf "%.1f\t(threads that had ended)\n", cpu - all / t
		}' | sort -rn >"$run/$label-threads.tsv"
	stop
	local sync index
	sync=$(grep -o 'synced in [^:]*' "$logfile" | tail -1 | sed 's/synced in //')
	# (No such line without the index: --compare-index's noindex runs.)
	index=$({ grep -o 'Search index \(caught up\|already serves\)[^:]*: [0-9]* articles indexed' "$logfile" || true; } | tail -1 \
		| sed 's/.* in \([0-9]*\) ms: \([0-9]*\) articles indexed/\1 ms, \2 articles/; s/Search index already serves.*/nothing to do/')
	# Pauses from the GC log, up to the stop: "Pause Full (Allocation Failure) 239M->121M(247M) 1047.781ms".
	# A heap histogram taken meanwhile (jcmd GC.class_histogram) forces a full GC of its
	# own; those are left out.
	local gcs
	# G1's concurrent cycles pause too, for their remark and clean-up.
	gcs=$(awk '/Pause Full/ && !/Heap Inspection/ { f++; fs += $NF } /Pause Young/ { y++; ys += $NF }
		/Pause (Remark|Cleanup)/ { c++; cs += $NF }
		END { printf "%d (%.1f)\t%d (%.1f)\t%d (%.1f)", f, fs / 1000, y, ys / 1000, c, cs / 1000 }' "$run/$label-gc.log")
	# From the sync's first line to the watch that starts once the sync and the index's
	# catch-up are done: the ingest without the JVM's and Spring's start.
	local ingest
	ingest=$(awk '/IngestProgress.*: syncing/ && !s { s = $1 } /LiveCorpus.*Watching corpus/ { e = $1 } END { print s, e }' "$logfile" \
		| { read -r from to; if [ -n "$to" ]; then awk -v a="$(date -d "$from" +%s.%N)" -v b="$(date -d "$to" +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; else echo '?'; fi; })
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$ready" "$ingest" "$cpu" "$index_cpu" "${sync:-?}" "${index:-?}" "$rss" "$gcs" \
		"$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
	log "$label: ready after $ready s (ingest $ingest s), $cpu s of CPU ($index_cpu s indexing the sync's batches); sync ${sync:-?}; index ${index:-?}; RSS $rss MB; full, young GCs, concurrent-cycle pauses (s) ${gcs//$'\t'/, }; load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# One ingest without the index, on a store of its own, removed afterwards.
measure_without_index() {
	local i=$1
	log "full ingest $i of $RUNS without the index"
	launch=(-Dloader.path="$run/index-off" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher)
	measure "noindex-$i" "$run/noindex-$i/broadsheet"
	launch=(-jar "$jar")
	if grep -q 'Search index caught up' "$run/noindex-$i.log"; then
		die "noindex-$i indexed: IndexOffForBenchmark was not loaded"
	fi
	rm -rf "$run/noindex-$i"
}

for i in $(seq "$RUNS"); do
	store=$run/store-$i/broadsheet
	# Odd runs without the index first, even runs after: neither always meets a
	# machine that has just warmed up or calmed down.
	if [ -n "$COMPARE_INDEX" ] && [ $((i % 2)) = 1 ]; then measure_without_index "$i"; fi
	log "full ingest $i of $RUNS: $COUNT articles from $corpus (heap $HEAP)"
	if [ "$i" = 1 ] && [ -n "$JFR" ]; then
		measure "ingest-$i" "$store" "-XX:StartFlightRecording=filename=$run/ingest.jfr,settings=profile"
	else
		measure "ingest-$i" "$store"
	fi
	if [ -n "$RESTART" ]; then
		log "restart $i with nothing changed"
		measure "restart-$i" "$store"
	fi
	if [ -n "$COMPARE_INDEX" ] && [ $((i % 2)) = 0 ]; then measure_without_index "$i"; fi
	# Each run's store is a few hundred MB at 100k: only the last is kept.
	[ "$i" = "$RUNS" ] || rm -rf "$run/store-$i"
done

echo
column -t -s $'\t' "$results"
awk -F'\t' 'NR > 1 && $1 ~ /^ingest/ { r[++n] = $2; c[n] = $4 }
	function median(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	END { if (n) printf "median of %d full ingests: ready %.1f s, CPU %.1f s\n", n, median(r, n), median(c, n) }' "$results"
if [ -n "$COMPARE_INDEX" ]; then
	awk -F'\t' 'NR > 1 && $1 ~ /^ingest/ { r[++n] = $2; g[n] = $3; c[n] = $4 }
		NR > 1 && $1 ~ /^noindex/ { nr[++m] = $2; ng[m] = $3; nc[m] = $4 }
		function median(a, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		END {
			printf "median of %d ingests with the index: ready %.1f s, ingest %.1f s, CPU %.1f s\n", n, median(r, n), median(g, n), median(c, n)
			printf "median of %d ingests without it: ready %.1f s, ingest %.1f s, CPU %.1f s\n", m, median(nr, m), median(ng, m), median(nc, m)
			printf "the index adds %+.1f %% to the ready time, %+.1f %% to the ingest and %+.1f %% to the CPU (medians)\n",
				(median(r, n) / median(nr, m) - 1) * 100, (median(g, n) / median(ng, m) - 1) * 100, (median(c, n) / median(nc, m) - 1) * 100
		}' "$results"
fi
echo "heap $HEAP, $GC collector${BROADSHEET_INGEST_OPTS:+, $BROADSHEET_INGEST_OPTS}; machine: $(nproc) cores; $(java -version 2>&1 | head -1); results in $results"
if [ -n "$JFR" ]; then
	jfr print --events jdk.ExecutionSample --stack-depth 200 "$run/ingest.jfr" >"$run/samples.txt"
	{
		python3 "$ROOT/src/bench/jfr-ingest-phases.py" "$run/samples.txt"
		python3 "$ROOT/src/bench/jfr-summary.py" 'extract=\.extract\.' 'lucene=org\.apache\.lucene' 'h2=org\.h2\.' \
			'hibernate=org\.hibernate' <"$run/samples.txt"
	} >"$run/ingest-jfr.txt"
	log "JFR summary in $run/ingest-jfr.txt"
fi
