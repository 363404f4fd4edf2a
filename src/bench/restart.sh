#!/usr/bin/env bash
# Restarts with nothing changed, two variants alternated (old, new, new, old, old, new, ...):
# the time from the java command to readiness (/actuator/health/readiness UP) and the CPU the
# process had used by then, each start on a fresh copy of the same store. On 127.0.0.1 only;
# every process it starts, it stops. --ingest measures full ingests the same way instead,
# each on an empty store.
#
#   bash src/bench/restart.sh --old OLD.jar --new NEW.jar                   # 10k, 5 rounds
#   bash src/bench/restart.sh --old APP.jar --new APP.jar --new-jvm '-XX:TieredStopAtLevel=1'
#   bash src/bench/restart.sh --old APP.jar --new APP.jar --new-java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   bash src/bench/restart.sh --old APP.jar --new APP.jar --old-java <25> --new-java <25> --new-training none
#   bash src/bench/restart.sh --old A.jar --new B.jar --new-cds-jvm '-Dspring.aot.enabled=true'
#
# Each variant starts as src/bench/run.sh starts Broadsheet, that is as the container image
# does: the jar extracted, with the class cache of a training run (src/bench/cds.sh, made
# here per variant with that variant's java: a CDS archive on 17, the AOT cache on 25), and
# the JVM flags of src/bench/lib.sh (-Xmx256m, G1). --old-jvm and --new-jvm add JVM flags
# to the measured starts only; --old-cds-jvm and --new-cds-jvm to the training run too, and
# to the class cache's java.args (a flag the cache depends on, such as
# -Dspring.aot.enabled=true, must be in both); --old-args and --new-args add application
# arguments; --old-java and --new-java pick the java binary (default: the image's JDK, 25,
# when this machine has one, else the java on the PATH: src/bench/lib.sh, bench_java);
# --old-training and --new-training how the cache is trained (cds.sh's CDS_TRAINING:
# refresh, ready, or none for no cache); --old-cds and --new-cds name the app/ folder of an
# earlier cds.sh instead of a jar, to start as it is. --plain-jar starts java -jar instead,
# without a class cache.
#
# The store is a copy of target/bench/run-SIZE/store (src/bench/run.sh leaves it; --store
# names another), copied again before every start so that no start sees what the one
# before left; the corpus is target/bench/corpus-SIZE-s42/corpus (--corpus). Readiness is
# polled every 50 ms. Besides wall time and CPU, each row has what Spring Boot logged
# ("Started ... in X seconds (process running for Y)": the context's start and the JVM's
# age then) and the sync's own time, so that the difference says what came after the
# context; and the RSS at readiness (as src/bench/run.sh reads it after a full ingest) with
# the collector's pauses up to then, from a GC log of each start (-Xlog:gc, beside its
# log): full collections, and young ones that failed to evacuate (G1 ran out of free
# regions to copy into). Prints one row per start and then the medians, min and max of
# each variant. --ready-timeout (900 s) bounds each start; a 100k --ingest on a loaded
# machine may need more.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench
SIZE=10000 ROUNDS=5 PORT=18710 STORE= CORPUS= OUT= PLAIN_JAR=0 INGEST=0 READY_TIMEOUT=900
declare -A JAR=() JVM=() CDS_JVM=() ARGS=() JAVA=() TRAINING=() CDS=()
while [ $# -gt 0 ]; do
	case "$1" in
		--old | --new) JAR[${1#--}]=$2; shift 2 ;;
		--old-jvm | --new-jvm) v=${1#--}; JVM[${v%-jvm}]=$2; shift 2 ;;
		--old-cds-jvm | --new-cds-jvm) v=${1#--}; CDS_JVM[${v%-cds-jvm}]=$2; shift 2 ;;
		--old-args | --new-args) v=${1#--}; ARGS[${v%-args}]=$2; shift 2 ;;
		--old-java | --new-java) v=${1#--}; JAVA[${v%-java}]=$2; shift 2 ;;
		--old-training | --new-training) v=${1#--}; TRAINING[${v%-training}]=$2; shift 2 ;;
		--old-cds | --new-cds) v=${1#--}; CDS[${v%-cds}]=$2; shift 2 ;;
		--size) SIZE=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--store) STORE=$2; shift 2 ;;
		--corpus) CORPUS=$2; shift 2 ;;
		--out) OUT=$2; shift 2 ;;
		--ready-timeout) READY_TIMEOUT=$2; shift 2 ;;
		--plain-jar) PLAIN_JAR=1; shift ;;
		--ingest) INGEST=1; shift ;;
		-h | --help) sed -n '2,39p' "$0"; exit 0 ;;
		*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
done
for v in old new; do
	# The image's JDK when this machine has one (src/bench/lib.sh, bench_java).
	JAVA[$v]=${JAVA[$v]:-$(bench_java)}
	[ -f "${JAR[$v]:-}" ] || [ -d "${CDS[$v]:-}" ] || { echo "--$v must name a jar (or --$v-cds a folder cds.sh made)" >&2; exit 2; }
done
STORE=${STORE:-$BENCH/run-$SIZE/store}
CORPUS=${CORPUS:-$BENCH/corpus-$SIZE-s42/corpus}
[ -f "$STORE/broadsheet.mv.db" ] || { echo "no store at $STORE: run bash src/bench/run.sh --sizes $SIZE first" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
OUT=${OUT:-$BENCH/restart-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"

log() { printf '[restart %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

PID=
stop() {
	stop_process "$PID" 60
	PID=
}
trap 'stop; rm -rf "$OUT/store"' EXIT
trap 'exit 130' INT TERM
while ss -Hltn "sport = :$PORT" | grep -q .; do PORT=$((PORT + 1)); done

# The command each variant starts with, made once: the extracted jar and its class cache.
declare -A COMMAND=()
for v in old new; do
	java_bin=${JAVA[$v]}
	if [ -n "${CDS[$v]:-}" ]; then
		# A folder cds.sh made before (its app/): the jar and the cache as they are.
		COMMAND[$v]="$java_bin @${CDS[$v]}/java.args $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS ${JVM[$v]:-} -jar ${CDS[$v]}/broadsheet.jar"
	elif [ "$PLAIN_JAR" = 1 ]; then
		cp "${JAR[$v]}" "$OUT/$v.jar"
		COMMAND[$v]="$java_bin $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS ${JVM[$v]:-} -jar $OUT/$v.jar"
	else
		log "$v: extracting ${JAR[$v]} and training its class cache with $($java_bin -version 2>&1 | head -1)"
		java_dir=$(dirname "$(readlink -f "$(command -v "$java_bin")")")
		cds=$(PATH=$java_dir:$PATH CDS_JVM_FLAGS=${CDS_JVM[$v]:-} CDS_TRAINING=${TRAINING[$v]:-} bash "$ROOT/src/bench/cds.sh" "${JAR[$v]}" "$OUT/$v-cds") \
			|| die "cds.sh for $v"
		# "java @java.args -jar app.jar": our flags after the image's, so that they win.
		COMMAND[$v]="${cds/ -jar / $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS ${JVM[$v]:-} -jar }"
		COMMAND[$v]="$java_dir/${COMMAND[$v]}"
	fi
	log "$v starts as: ${COMMAND[$v]} ${ARGS[$v]:-}"
done

ticks=$(getconf CLK_TCK)
results=$OUT/restarts.tsv
printf 'round\tvariant\tready (s)\tCPU at ready (s)\tcontext started (s)\tJVM age then (s)\tsync (ms)\tRSS at ready (MB)\tfull GCs (pause s)\tyoung GCs failed to evacuate\tload average\n' >"$results"

# One start on a fresh copy of the store: a row of the results.
measure() {
	local round=$1 v=$2 logfile=$OUT/$2-$1.log started ready cpu
	rm -rf "$OUT/store"
	if [ "$INGEST" = 1 ]; then mkdir "$OUT/store"; else cp -a "$STORE" "$OUT/store"; fi
	sync
	started=$(date +%s.%N)
	# shellcheck disable=SC2086 # flags and arguments, split on purpose
	${COMMAND[$v]/ -jar / -Xlog:gc:file=$OUT/$v-$round-gc.log -jar } --server.address=127.0.0.1 --server.port="$PORT" \
		--spring.datasource.url="jdbc:h2:file:$OUT/store/broadsheet" --broadsheet.corpus.path="$CORPUS" \
		${ARGS[$v]:-} >"$logfile" 2>&1 &
	PID=$!
	until curl -sf --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$PID" 2>/dev/null || { tail -20 "$logfile" >&2; die "$v stopped before it was ready (log: $logfile)"; }
		awk -v s="$started" -v n="$(date +%s.%N)" -v l="$READY_TIMEOUT" 'BEGIN { exit !(n - s < l) }' \
			|| die "$v not ready after $READY_TIMEOUT s"
		sleep 0.05
	done
	local now_epoch
	now_epoch=$(date +%s.%N)
	ready=$(awk -v s="$started" -v n="$now_epoch" 'BEGIN { printf "%.2f", n - s }')
	# For src/bench/restart-phases.py: when the command started and when readiness answered.
	printf '%s %s\n' "$started" "$now_epoch" >"$OUT/$v-$round.times"
	cpu=$(awk -v s="$(process_ticks "$PID")" -v t="$ticks" 'BEGIN { printf "%.2f", s / t }')
	local rss
	rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
	# Where that CPU went, by thread (numbers dropped, so that pools add up): main, the
	# JIT's compilers, the collector's threads.
	thread_table "$PID" | awk -F'\t' -v t="$ticks" '{ s[$1] += $2 } END { for (n in s) if (s[n] > 0) printf "%.2f\t%s\n", s[n] / t, n }' \
		| sort -rn >"$OUT/$v-$round-threads.tsv"
	stop
	# The pauses up to the stop ("Pause Full (G1 Compaction Pause) 239M->121M(247M) 1047.781ms",
	# "Pause Young (Normal) (G1 Evacuation Pause) (Evacuation Failure: Allocation) ...").
	local full failed
	full=$(awk '/Pause Full/ { n++; s += $NF } END { printf "%d (%.1f)", n, s / 1000 }' "$OUT/$v-$round-gc.log")
	failed=$(grep -c 'Pause Young.*Evacuation Failure' "$OUT/$v-$round-gc.log" || true)
	if [ "$INGEST" = 1 ]; then
		grep -q 'articles ([1-9][0-9,]* added' "$logfile" || die "$v-$round added no article: not a full ingest"
	else
		grep -q 'articles (0 added, 0 updated' "$logfile" || die "$v-$round changed the store: not a restart with nothing changed"
	fi
	local context age sync
	read -r context age < <(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1 \2/p' "$logfile")
	sync=$(sed -n 's/.*synced in \([^:]*\):.*/\1/p' "$logfile" | tail -1)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$v" "$ready" "$cpu" "${context:-?}" "${age:-?}" "${sync:-?}" \
		"$rss" "$full" "$failed" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
	log "round $round $v: ready $ready s, CPU $cpu s, context ${context:-?} s (JVM age ${age:-?} s), sync ${sync:-?}, RSS $rss MB, full GCs $full, failed evacuations $failed, load $(cut -d' ' -f1 /proc/loadavg)"
}

for round in $(seq "$ROUNDS"); do
	if [ $((round % 2)) = 1 ]; then order=(old new); else order=(new old); fi
	for v in "${order[@]}"; do measure "$round" "$v"; done
done

# Medians, min and max of ready time, CPU and RSS per variant.
for v in old new; do
	for column in 3 4 8; do
		awk -F'\t' -v v="$v" -v c="$column" 'NR > 1 && $2 == v { print $c }' "$results" | sort -n | awk -v v="$v" -v c="$column" '
			{ x[NR] = $1 } END {
				m = (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
				u = (c == 8 ? " MB" : " s")
				printf "%s %s: median %.2f%s, min %.2f, max %.2f (%d starts)\n", v, (c == 3 ? "ready" : c == 4 ? "CPU at ready" : "RSS at ready"), m, u, x[1], x[NR], NR }'
	done
done | tee "$OUT/summary.txt"
log "results in $results"
