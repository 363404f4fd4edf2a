#!/usr/bin/env bash
# Broadsheet against json-server 0.17.4 and nginx, in one run, on 127.0.0.1 only.
#
#   bash src/bench/run.sh                      # 1k and 10k articles, results to src/bench/results/
#   bash src/bench/run.sh --sizes 1000,10000,100000
#   bash src/bench/run.sh --smoke              # CI: 1k articles, a few seconds of load, < 2 min
#   bash src/bench/run.sh --sizes 1000,10000,100000 --soak 5m   # and 5 minutes of mixed load at 100k
#
# Options: --sizes N,N,...  --duration 10s  --runs 3  --connections 1,16,64  --warmup 5s
#          --ingest-runs K (default: --runs up to 10k articles, 1 above)  --seed 42
#          --vocabulary zipf|flat: the generator's draw of body words (default zipf, as real
#          text; flat is the draw of every run before gen55, corpora cached apart)
#          --results DIR  --no-sql-check (the smoke run skips it: it costs one more start)
#          --java PATH: the java to start Broadsheet with (see Environment below)
#          --soak DURATION: after the largest size's runs, that long of mixed load at 16
#          connections in 30 s slices, Broadsheet's RSS recorded after each
#          --jit-settle MAX: before the measured loads, each Broadsheet instance serves the
#          long-tail workloads in turn, 10 s at a time, until its C2 compiler threads have used
#          under 3 % of its CPU in three slices in a row (one of each workload), or for MAX at
#          most (e.g. 5m): steady state, as a server that has run for a while serves; without it,
#          the loads after short warm-ups measure a JVM still compiling (C2 takes a quarter of
#          the CPU for the first two minutes of a search load on two cores)
#          --profile: every Broadsheet instance records JFR (settings=default); at the end
#          the serving instances' recordings become flame graphs (HTML, async-profiler's
#          jfr-converter from Maven Central) under RESULTS/flames/: CPU of the ingest up to
#          readiness, CPU and allocation of the loads after it, CPU without the cache
#
# The first endpoints are the long tail: each request a path drawn at random from 30,000 of
# the generator's (src/bench/mixed.lua), the same requests for both servers: "mixed" (author
# pages, list pages, articles: mixed-*.txt), "search" (different queries: search-*.txt) and
# "facets" (the same queries' facets: facets-broadsheet.txt).
# Environment: BROADSHEET_JAVA_OPTS (JVM flags for Broadsheet; the default is below, the
# heap the README recommends for a large corpus). Broadsheet starts as its container image
# starts it: on the image's JDK (25) when this machine has one, else on the java on the
# PATH (--java PATH or BENCH_JAVA picks another: src/bench/lib.sh, bench_java), the jar
# extracted, with the class cache of a training run made with that JDK (src/bench/cds.sh:
# the AOT cache on 25, a CDS archive on 17); --plain-jar starts it with java -jar instead.
# RESULTS.md's header names the JDK and the cache.
#
# It installs what it lacks (wrk, nginx-light, gnuplot-nox from Debian as root; json-server
# from npm under target/bench/tools), builds the jar when the sources are newer, caches the
# generated corpora under target/bench/, stops every server it started on exit, and bounds
# every load loop in time. Exits non-zero when anything in the harness fails.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$ROOT/target/bench
COMMAND="bash src/bench/run.sh${*:+ $*}"

SIZES=1000,10000
DURATION=10s
WARMUP=5s
RUNS=3
CONNECTIONS=1,16,64
INGEST_RUNS=
SEED=42
VOCABULARY=zipf
RESULTS=$ROOT/src/bench/results
SQL_CHECK=1
SMOKE=0
BASE_PORT=18080
RESTART=1
READY_TIMEOUT=900
# The connection count the performance targets are stated at; the uncached series runs at it.
TARGET_CONNECTIONS=16
# The flags the README recommends for a large corpus (src/bench/lib.sh says why).
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
: "${BROADSHEET_JAVA_OPTS=$RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS}"
PLAIN_JAR=0
JSTAT=
SOAK=
PROFILE=0
JIT_SETTLE=
# Renders JFR recordings as flame graphs (async-profiler's converter; it reads the JDK's own
# execution and allocation samples).
JFR_CONVERTER=tools.profiler:jfr-converter:4.5

while [ $# -gt 0 ]; do
	case "$1" in
		--sizes) SIZES=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--runs) RUNS=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--ingest-runs) INGEST_RUNS=$2; shift 2 ;;
		--seed) SEED=$2; shift 2 ;;
		--vocabulary) VOCABULARY=$2; shift 2 ;;
		--results) RESULTS=$2; shift 2 ;;
		--no-sql-check) SQL_CHECK=0; shift ;;
		--plain-jar) PLAIN_JAR=1; shift ;;
		--java) BENCH_JAVA=$2; shift 2 ;;
		--soak) SOAK=$2; shift 2 ;;
		--profile) PROFILE=1; shift ;;
		--jit-settle) JIT_SETTLE=$2; shift 2 ;;
		--smoke)
			SMOKE=1 SIZES=1000 DURATION=2s WARMUP=1s RUNS=1 CONNECTIONS=16 INGEST_RUNS=1 SQL_CHECK=0 RESTART=0
			RESULTS=$BENCH/smoke-results READY_TIMEOUT=180 BASE_PORT=18180
			shift ;;
		-h|--help) sed -n '2,42p' "$0"; exit 0 ;;
		*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
	esac
done

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

case "$VOCABULARY" in
	zipf) CORPUS_SUFFIX= ;;
	flat) CORPUS_SUFFIX=-flat ;;
	*) die "--vocabulary is zipf or flat, not '$VOCABULARY'" ;;
esac

# --- servers we start, stopped on exit -------------------------------------------------
PIDS=()
declare -A SERVER_PID=()
# Broadsheet gets up to 60 s to close its store cleanly (a killed H2 file store would make
# the next start recover it, and the restart figure would include that); then SIGKILL.
stop_pid() {
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for i in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
	log "process $pid still running 60 s after SIGTERM: killing it"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -----------------------------------------------------------------------------
ensure_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
	command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
	command -v curl >/dev/null || missing+=(curl)
	command -v node >/dev/null || missing+=(nodejs)
	command -v npm >/dev/null || missing+=(npm)
	if [ ${#missing[@]} -gt 0 ]; then
		[ "$(id -u)" = 0 ] || die "missing ${missing[*]}; run as root or install them"
		log "installing ${missing[*]} from Debian"
		apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >&2 \
			|| die "apt-get install ${missing[*]}"
	fi
	NGINX=$(command -v nginx || echo /usr/sbin/nginx)
	JSON_SERVER=$BENCH/tools/node_modules/json-server/lib/cli/bin.js
	if [ ! -f "$JSON_SERVER" ]; then
		log "installing json-server 0.17.4 under target/bench/tools"
		mkdir -p "$BENCH/tools"
		npm install --prefix "$BENCH/tools" --no-audit --no-fund --loglevel=error json-server@0.17.4 >&2 \
			|| die "npm install json-server@0.17.4"
	fi
}

ensure_jar() {
	local jar
	jar=$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v plain | head -1 || true)
	if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
		log "building the jar (./mvnw -B -q -DskipTests package)"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2) || die "build"
		jar=$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)
	fi
	# A copy, so that a rebuild during a long run does not change the jar under test; a
	# rename, so that a run still using the previous copy keeps reading its own file.
	mkdir -p "$BENCH"
	if ! cmp -s "$jar" "$BENCH/broadsheet.jar"; then
		cp "$jar" "$BENCH/broadsheet.jar.$$" && mv -f "$BENCH/broadsheet.jar.$$" "$BENCH/broadsheet.jar"
	fi
	JAR=$BENCH/broadsheet.jar
}

# A port nobody listens on, from a base upwards.
free_port() {
	local port=$1
	while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
	echo "$port"
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Waits until URL answers 200 (and, with a pattern, a body matching it); bounded.
wait_for() {
	local url=$1 pattern=${2:-} pid=$3 limit=$4 started
	started=$(date +%s)
	while :; do
		if body=$(curl -sf --max-time 2 "$url" 2>/dev/null) && { [ -z "$pattern" ] || grep -q "$pattern" <<<"$body"; }; then
			return 0
		fi
		kill -0 "$pid" 2>/dev/null || return 1
		[ $(($(date +%s) - started)) -lt "$limit" ] || return 1
		sleep 0.1
	done
}

rss_mb() { awk -v f="$2" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# The JVM's collections so far, "young-count young-seconds full-count full-seconds
# concurrent-count concurrent-seconds all-seconds" (jstat's YGC YGCT FGC FGCT CGC CGCT GCT,
# found by name; CGC counts the pauses of G1's concurrent cycles, "-" with the serial
# collector), or nothing without jstat.
gc_counts() {
	[ -n "$JSTAT" ] || return 0
	"$JSTAT" -gc "$1" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
		NR == 2 { print $col["YGC"], $col["YGCT"], $col["FGC"], $col["FGCT"], $col["CGC"], $col["CGCT"], $col["GCT"] }'
}

# Seconds the JVM has spent in garbage collection so far (the last of gc_counts), or "?".
gc_seconds() {
	local counts
	counts=$(gc_counts "$1")
	if [ -n "$counts" ]; then echo "${counts##* }"; else echo '?'; fi
}

# What the collections between two gc_counts cost: counts, total and mean pause.
gc_between() {
	[ -n "$1" ] && [ -n "$2" ] || { echo '?'; return; }
	awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ");
		yc = y[1] - x[1]; yt = (y[2] - x[2]) * 1000; fc = y[3] - x[3]; ft = (y[4] - x[4]) * 1000;
		cc = y[5] - x[5]; ct = (y[6] - x[6]) * 1000;
		printf "%d young collections (%.0f ms, %.1f ms each), %d full (%.0f ms%s)%s", yc, yt, (yc ? yt / yc : 0), fc, ft,
			(fc ? sprintf(", %.0f ms each", ft / fc) : ""),
			(cc > 0 ? sprintf(", %d pauses of concurrent cycles (%.0f ms)", cc, ct) : "") }'
}

# Resident memory split into the process's own pages (heap, metaspace, code, stacks: RssAnon)
# and pages of mapped files (the search index, read through mmap: RssFile), which the kernel
# can drop and read again.
rss_split() { echo "RSS $(rss_mb "$1" VmRSS) MB: anonymous $(rss_mb "$1" RssAnon) MB, files $(rss_mb "$1" RssFile) MB"; }

# --- Broadsheet --------------------------------------------------------------------------
# Starts Broadsheet on the corpus and store; sets BS_PID and READY_SECONDS.
start_broadsheet() {
	local corpus=$1 store=$2 logfile=$3; shift 3
	local started java=$BROADSHEET_JAVA
	started=$(now)
	if [ "$PROFILE" = 1 ]; then
		# One recording per instance, beside its log; written when the instance stops.
		java=${java/ -jar / -XX:StartFlightRecording=filename=${logfile%.log}.jfr,settings=default,dumponexit=true -jar }
	fi
	# shellcheck disable=SC2086
	$java \
		--server.address=127.0.0.1 --server.port="$BS_PORT" \
		--spring.datasource.url="jdbc:h2:file:$store/broadsheet" \
		--broadsheet.corpus.path="$corpus" "$@" >"$logfile" 2>&1 &
	BS_PID=$!
	PIDS+=("$BS_PID")
	wait_for "http://127.0.0.1:$BS_PORT/actuator/health/readiness" '"UP"' "$BS_PID" "$READY_TIMEOUT" \
		|| { tail -30 "$logfile" >&2; die "Broadsheet did not become ready (log: $logfile)"; }
	READY_SECONDS=$(elapsed "$started" "$(now)")
	# Where the recording's ingest ends and its serving begins (jfr-converter's --from/--to).
	awk -v s="$READY_SECONDS" 'BEGIN { printf "%d\n", s * 1000 }' >"${logfile%.log}.ready-ms"
}

# --- flame graphs (--profile) ------------------------------------------------------------
# One recording's samples between two times (ms from its start) as an HTML flame graph.
flame() {
	local jfr=$1 kind=$2 range=$3 out=$4 title=$5 events="--$2"
	# The JDK samples only running Java threads; jfr-converter 4.5 draws nothing for --cpu
	# alone from such a recording, and everything with the state named.
	[ "$kind" = cpu ] && events="--cpu --state runnable"
	# shellcheck disable=SC2086
	java -jar "$BENCH/tools/jfr-converter.jar" $events --simple --norm --minwidth 0.1 $range \
		--title "$title" "$jfr" "$out" >/dev/null || die "jfr-converter $jfr"
}
flame_graphs() {
	local size run_dir ready serving flames=$RESULTS/flames
	if [ ! -f "$BENCH/tools/jfr-converter.jar" ]; then
		log "fetching $JFR_CONVERTER from Maven Central"
		(cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="$JFR_CONVERTER" -DoutputDirectory="$BENCH/tools" \
			-Dmdep.stripVersion=true >&2) || die "fetching $JFR_CONVERTER"
	fi
	rm -rf "$flames" && mkdir -p "$flames"
	for size in ${SIZES//,/ }; do
		run_dir=$BENCH/run-$size
		# The last full ingest's recording, up to readiness; the cached loads (and the soak)
		# ran on the restart after it (on the ingest's instance when there is none).
		ingest=$(ls "$run_dir"/ingest-*.jfr | sort -V | tail -1)
		serving=$(ls "$run_dir"/restart-*.jfr 2>/dev/null | sort -V | tail -1)
		serving=${serving:-$ingest}
		log "$size articles: flame graphs from $(basename "$ingest"), $(basename "$serving") and uncached.jfr"
		flame "$ingest" cpu "--to $(cat "${ingest%.jfr}.ready-ms")" "$flames/$size-ingest-cpu.html" \
			"$size articles: full ingest to ready, CPU"
		ready=$(cat "${serving%.jfr}.ready-ms")
		flame "$serving" cpu "--from $ready" "$flames/$size-serving-cpu.html" "$size articles: loads with the answer cache, CPU"
		flame "$serving" alloc "--from $ready" "$flames/$size-serving-alloc.html" "$size articles: loads with the answer cache, allocation"
		ready=$(cat "$run_dir/uncached.ready-ms")
		flame "$run_dir/uncached.jfr" cpu "--from $ready" "$flames/$size-uncached-cpu.html" \
			"$size articles: loads without the answer cache, CPU"
	done
}

# --- wrk -----------------------------------------------------------------------------------
# CPU time (user + system) of a process and its children (nginx workers), in clock ticks.
cpu_ticks() {
	local pid total=0
	for pid in "$1" $(pgrep -P "$1" || true); do
		total=$((total + $(process_ticks "$pid" 2>/dev/null || echo 0)))
	done
	echo "$total"
}

# Runs wrk and appends one line to $DATA: size server endpoint connections run rps p50 p99 errors
# cpu-ms-per-request. The server's CPU time per request, from /proc, is the figure least
# disturbed by other load on a shared machine.
to_ms() {
	awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
	       if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
	       printf "%.3f", v }' <<<"$1"
}
load() {
	local size=$1 server=$2 endpoint=$3 conns=$4 run=$5 url=$6 duration=$7 header=${8:-}
	local threads=$((conns < 2 ? conns : 2)) out rps p50 p99 errors pid=${SERVER_PID[$server]} before after requests cpu
	local gc_before=
	local script=() urls=
	# The long-tail workloads draw each request from the generator's list of paths.
	case $endpoint in
		mixed | search | facets)
			urls=$WORKLOADS/$endpoint-$([ "$server" = json-server ] && echo json-server || echo broadsheet).txt
			script=(-s "$ROOT/src/bench/mixed.lua") ;;
	esac
	before=$(cpu_ticks "$pid")
	[ "$server" = json-server ] || [ "$server" = nginx ] || gc_before=$(gc_counts "$pid")
	out=$(MIXED_URLS=$urls timeout 120 wrk -t"$threads" -c"$conns" -d"$duration" --timeout 5s --latency "${script[@]}" \
		${header:+-H "$header"} "$url" 2>&1) || die "wrk on $url: $out"
	after=$(cpu_ticks "$pid")
	[ "$run" = warmup ] && return 0
	requests=$(awk '/requests in/ { print $1 }' <<<"$out")
	cpu=$(awk -v t="$((after - before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
		'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n; else print "" }')
	rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
		END { print n + 0 }' <<<"$out")
	[ -n "$rps" ] || die "wrk printed no rate for $url: $out"
	if [ "$server" != json-server ] && grep -q 'Non-2xx' <<<"$out"; then die "$server answered errors on $url: $out"; fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$server" "$endpoint" "$conns" "$run" "$rps" "$p50" "$p99" \
		"$errors" "$cpu" >>"$DATA"
	log "  $server $endpoint c=$conns: $rps req/s, p50 $p50 ms, p99 $p99 ms, CPU $cpu ms/req$([ "$errors" = 0 ] || echo ", $errors errors")"
	# The long tail's p99 is where collections show: a request that arrives during a pause
	# waits for it.
	case $endpoint in
		mixed | search)
			if [ -n "$gc_before" ]; then
				printf '%s	gc-%s-%s-c%s	%s
' "$size" "$server" "$endpoint" "$conns" \
					"$(gc_between "$gc_before" "$(gc_counts "$pid")") in $duration" >>"$NOTES"
			fi ;;
	esac
}

check_ok() {
	local url=$1 pattern=$2 body
	body=$(curl -sf --max-time 60 "$url") || die "GET $url failed"
	grep -q -- "$pattern" <<<"$body" || die "GET $url: expected '$pattern' in ${body:0:300}"
}

# Statements per request, from the SQL logs of Hibernate and of Spring's JdbcTemplate (the
# plain JDBC reads), on an extra start (nothing changed), without the answer cache: with
# it, a repeated request costs none.
sql_check() {
	local corpus=$1 store=$2 dir=$3 url n before
	local logfile=$dir/sql-check.log
	start_broadsheet "$corpus" "$store" "$logfile" --logging.level.org.hibernate.SQL=debug \
		--logging.level.org.springframework.jdbc.core.JdbcTemplate=debug --spring.cache.type=none
	for url in "/articles?author=$BENCH_AUTHOR_SLUG" "/articles?date=$BENCH_MONTH" "/articles?page=$BENCH_DEEP_PAGE" \
		"/articles/$BENCH_ARTICLE_ID" "/authors"; do
		curl -sf --max-time 60 "http://127.0.0.1:$BS_PORT$url" >/dev/null || die "GET $url"
		before=$(statements_logged "$logfile")
		curl -sf --max-time 60 "http://127.0.0.1:$BS_PORT$url" >/dev/null || die "GET $url"
		sleep 0.5
		n=$(( $(statements_logged "$logfile") - before ))
		printf '%s\t%s\n' "$url" "$n" >>"$SQLCOUNT"
		log "  $url: $n SQL statements"
	done
	stop_pid "$BS_PID"
}

# One line per statement a request thread ran (not the replicas' background version check):
# Hibernate's, and JdbcTemplate's with the statement in brackets (its "Executing prepared SQL
# query" line before it has none).
statements_logged() {
	grep -E 'exec-[0-9]+\] ' "$1" | grep -cE 'org\.hibernate\.SQL|Executing (prepared )?SQL (statement|query|update) \[' || true
}

# Mixed load for $SOAK in 30 s slices on the running Broadsheet; its RSS after each slice
# (the first after a warm-up slice) goes to the notes, for the memory-growth target.
soak() {
	local size=$1 bs=$2 total slices i samples=() gc_start
	total=$(to_seconds "$SOAK")
	slices=$(( (total + 29) / 30 ))
	log "$size articles: soak, $SOAK of mixed load in $slices slices of 30 s"
	load "$size" broadsheet mixed "$TARGET_CONNECTIONS" warmup "$bs/" 30s
	samples+=("$(rss_mb "$BS_PID" VmRSS)")
	gc_start=$(gc_counts "$BS_PID")
	for i in $(seq "$slices"); do
		load "$size" broadsheet mixed "$TARGET_CONNECTIONS" warmup "$bs/" 30s
		samples+=("$(rss_mb "$BS_PID" VmRSS)")
		log "  RSS after slice $i: ${samples[-1]} MB"
	done
	printf '%s\trss-soak\t%s\n' "$size" "$(IFS=,; echo "${samples[*]}")" >>"$NOTES"
	printf '%s\tgc-after-soak\t%s s in GC since start; during the soak after its warm-up slice: %s\n' "$size" \
		"$(gc_seconds "$BS_PID")" "$(gc_between "$gc_start" "$(gc_counts "$BS_PID")")" >>"$NOTES"
	printf '%s\trss-after-soak\t%s\n' "$size" "$(rss_split "$BS_PID")" >>"$NOTES"
}
# CPU ticks of a process's C2 compiler threads and of all its threads: "c2 all".
c2_ticks() { echo "$(thread_ticks "$1" C2)" "$(thread_ticks "$1")"; }
# --jit-settle: the long-tail workloads in turn, 10 s each, until the C2 compiler threads
# used under 3 % of the process's CPU in three slices in a row, or JIT_SETTLE at most.
settle_jit() {
	local size=$1 server=$2 bs=$3 max waited=0 quiet=0 i=0 e before after share
	local workloads=(mixed search facets)
	max=$(to_seconds "$JIT_SETTLE")
	log "$size articles: $server: long-tail loads until the JIT settles (at most $JIT_SETTLE)"
	while [ "$quiet" -lt 3 ] && [ "$waited" -lt "$max" ]; do
		e=${workloads[$((i % 3))]}
		i=$((i + 1))
		before=$(c2_ticks "${SERVER_PID[$server]}")
		load "$size" "$server" "$e" "$TARGET_CONNECTIONS" warmup "$bs/" 10s
		after=$(c2_ticks "${SERVER_PID[$server]}")
		waited=$((waited + 10))
		share=$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); t = y[2] - x[2]
			printf "%.1f", (t > 0) ? 100 * (y[1] - x[1]) / t : 0 }')
		if awk -v s="$share" 'BEGIN { exit !(s < 3) }'; then quiet=$((quiet + 1)); else quiet=0; fi
	done
	log "  $server: $waited s of long-tail load; C2 $share % of the CPU in the last 10 s$([ "$quiet" -ge 3 ] || echo ', not settled')"
	printf '%s\tjit-settle-%s\t%s s of long-tail load; C2 %s %% of the CPU in the last 10 s slice%s\n' "$size" "$server" \
		"$waited" "$share" "$([ "$quiet" -ge 3 ] || echo ' (not settled)')" >>"$NOTES"
}
to_seconds() {
	awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
	       if (u == "m") v *= 60; else if (u == "h") v *= 3600; printf "%d", v }' <<<"$1"
}

# --- one corpus size ------------------------------------------------------------------------
bench_size() {
	local size=$1 dir=$BENCH/corpus-$size-s$SEED$CORPUS_SUFFIX run_dir=$BENCH/run-$size
	local corpus=$dir/corpus ingest_runs i conns run
	if [ ! -f "$dir/queries.env" ] || [ "$ROOT/src/bench/CorpusGenerator.java" -nt "$dir/queries.env" ]; then
		log "generating $size articles (seed $SEED, vocabulary $VOCABULARY)"
		java "$ROOT/src/bench/CorpusGenerator.java" --count "$size" --seed "$SEED" --vocabulary "$VOCABULARY" \
			--out "$dir" >&2 || die "generator"
	fi
	# shellcheck disable=SC1091
	source "$dir/queries.env"
	WORKLOADS=$dir MIXED_BS=$dir/mixed-broadsheet.txt
	local workload
	for workload in mixed-broadsheet mixed-json-server search-broadsheet search-json-server facets-broadsheet; do
		[ -s "$dir/$workload.txt" ] || die "no $dir/$workload.txt: regenerate the corpus (rm -rf $dir)"
	done
	local corpus_mb
	corpus_mb=$(du -sb "$corpus" | awk '{ printf "%.1f", $1 / 1048576 }')
	rm -rf "$run_dir" && mkdir -p "$run_dir"
	ingest_runs=${INGEST_RUNS:-$([ "$size" -le 10000 ] && echo "$RUNS" || echo 1)}

	for i in $(seq "$ingest_runs"); do
		local store=$run_dir/store
		rm -rf "$store"
		log "$size articles: full ingest $i/$ingest_runs ($corpus_mb MB)"
		start_broadsheet "$corpus" "$store" "$run_dir/ingest-$i.log"
		local full=$READY_SECONDS rss hwm sync_ms ingested
		rss=$(rss_mb "$BS_PID" VmRSS)
		hwm=$(rss_mb "$BS_PID" VmHWM)
		sync_ms=$(curl -sf "http://127.0.0.1:$BS_PORT/corpus" | grep -o '"durationMillis":[0-9]*' | cut -d: -f2)
		ingested=$(curl -sf "http://127.0.0.1:$BS_PORT/corpus" | grep -o '"ingested":[0-9]*' | cut -d: -f2)
		[ "$ingested" = "$size" ] || die "ingested $ingested of $size articles"
		printf '%s\trss-after-ingest-%s\t%s; %s s in GC\n' "$size" "$i" "$(rss_split "$BS_PID")" "$(gc_seconds "$BS_PID")" >>"$NOTES"
		if [ "$RESTART" = 0 ]; then
			# Smoke: one start is enough to check the harness; the load runs on it.
			printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t\n' "$size" "$i" "$corpus_mb" "$full" "$sync_ms" "$rss" "$hwm" >>"$INGEST"
			break
		fi
		stop_pid "$BS_PID"
		log "  ready in $full s (sync $sync_ms ms), RSS $rss MB (peak $hwm MB)"
		log "$size articles: restart $i/$ingest_runs, nothing changed"
		start_broadsheet "$corpus" "$store" "$run_dir/restart-$i.log"
		local restart=$READY_SECONDS restart_sync
		restart_sync=$(curl -sf "http://127.0.0.1:$BS_PORT/corpus" | grep -o '"durationMillis":[0-9]*' | cut -d: -f2)
		log "  ready in $restart s (sync $restart_sync ms)"
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$i" "$corpus_mb" "$full" "$sync_ms" "$rss" "$hwm" \
			"$restart" "$restart_sync" >>"$INGEST"
		[ "$i" = "$ingest_runs" ] || stop_pid "$BS_PID"
	done

	local bs=http://127.0.0.1:$BS_PORT
	check_ok "$bs/articles?author=$BENCH_AUTHOR_SLUG" '"totalElements"'
	check_ok "$bs/articles?date=$BENCH_MONTH" "\"publishedDate\":\"$BENCH_MONTH"
	check_ok "$bs/articles?page=$BENCH_DEEP_PAGE" '"id"'
	check_ok "$bs/articles/$BENCH_ARTICLE_ID" '"body"'
	check_ok "$bs/authors" '"articleCount"'
	local path
	# The first requests of the long-tail list answer (an author the extractor missed is an
	# empty page, which is an answer too).
	for path in $(head -n 3 "$MIXED_BS"); do check_ok "$bs$path" '"id"\|"content"'; done
	for path in $(head -n 3 "$dir/search-broadsheet.txt"); do check_ok "$bs$path" '"content"'; done
	for path in $(head -n 3 "$dir/facets-broadsheet.txt"); do check_ok "$bs$path" '"authors"'; done
	# A repeated request that the client may cache: with the ETag of the first answer,
	# Broadsheet answers 304 without running the query (when the build has HTTP caching).
	local etag status
	etag=$(curl -sf -D - -o /dev/null "$bs/articles?author=$BENCH_AUTHOR_SLUG" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
	if [ -n "$etag" ]; then
		status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$bs/articles?author=$BENCH_AUTHOR_SLUG")
		[ "$status" = 304 ] || die "If-None-Match: $etag gave $status, not 304"
	fi

	# nginx serves one of Broadsheet's own responses as a static file.
	local www=$run_dir/www ngx=$run_dir/nginx
	mkdir -p "$www" "$ngx"
	curl -sf "$bs/articles?author=$BENCH_AUTHOR_SLUG" >"$www/articles-author.json"
	chmod -R a+rX "$run_dir"
	cat >"$ngx/nginx.conf" <<-EOF
		daemon off;
		worker_processes auto;
		pid $ngx/nginx.pid;
		error_log $ngx/error.log warn;
		events { worker_connections 1024; }
		http {
		    access_log off;
		    default_type application/json;
		    sendfile on;
		    client_body_temp_path $ngx/client_body;
		    proxy_temp_path $ngx/proxy;
		    fastcgi_temp_path $ngx/fastcgi;
		    uwsgi_temp_path $ngx/uwsgi;
		    scgi_temp_path $ngx/scgi;
		    server {
		        listen 127.0.0.1:$NG_PORT;
		        root $www;
		    }
		}
	EOF
	"$NGINX" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" >"$ngx/stdout.log" 2>&1 &
	local ng_pid=$!
	PIDS+=("$ng_pid")
	wait_for "http://127.0.0.1:$NG_PORT/articles-author.json" '"content"' "$ng_pid" 30 || die "nginx did not start"

	log "starting json-server 0.17.4 on db.json"
	node "$JSON_SERVER" --host 127.0.0.1 --port "$JS_PORT" --quiet "$dir/db.json" >"$run_dir/json-server.log" 2>&1 &
	local js_pid=$! js=http://127.0.0.1:$JS_PORT js_ok=1
	PIDS+=("$js_pid")
	if ! wait_for "$js/articles/$BENCH_ARTICLE_ID" '"body"' "$js_pid" 600; then
		local why db_bytes
		db_bytes=$(stat -c %s "$dir/db.json")
		why=$(tail -1 "$run_dir/json-server.log" | tr '\t' ' ')
		# json-server reads db.json into one string; V8 strings stop at 2^29 - 24 characters.
		[ "$db_bytes" -lt 536870888 ] || why="db.json is $db_bytes bytes, over V8's string limit of 536,870,888 characters (\"Cannot create a string longer than 0x1fffffe8 characters\")"
		log "json-server could not serve $size articles: $why"
		printf '%s\tjson-server\tdid not start: %s\n' "$size" "$why" >>"$NOTES"
		js_ok=0
	else
		check_ok "$js/articles?author=$BENCH_AUTHOR_QUERY" "\"author\": \"$BENCH_AUTHOR_NAME\""
		check_ok "$js/articles?date_like=$BENCH_MONTH" "\"date\": \"$BENCH_MONTH"
		check_ok "$js/articles?_page=$((BENCH_DEEP_PAGE + 1))&_limit=20" '"body"'
	fi

	# Full text: 30,000 different queries (search-*.txt, facets-broadsheet.txt); json-server's
	# q is a substring scan of every field of every article.
	SERVER_PID=([broadsheet]=$BS_PID [json-server]=$js_pid [nginx]=$ng_pid)
	local -A BS_URL=([mixed]="$bs/" [author]="$bs/articles?author=$BENCH_AUTHOR_SLUG" [month]="$bs/articles?date=$BENCH_MONTH"
		[deep-page]="$bs/articles?page=$BENCH_DEEP_PAGE" [by-id]="$bs/articles/$BENCH_ARTICLE_ID" [authors]="$bs/authors"
		[search]="$bs/" [facets]="$bs/")
	local -A JS_URL=([mixed]="$js/" [author]="$js/articles?author=$BENCH_AUTHOR_QUERY" [month]="$js/articles?date_like=$BENCH_MONTH"
		[deep-page]="$js/articles?_page=$((BENCH_DEEP_PAGE + 1))&_limit=20" [by-id]="$js/articles/$BENCH_ARTICLE_ID"
		[search]="$js/")
	# The endpoints that query the store; the 304 (cached, below) never reaches it.
	local queried=(mixed author month deep-page by-id authors search facets) e
	local endpoints=("${queried[@]}")
	local -A HEADER=()
	if [ -n "$etag" ]; then
		endpoints+=(cached)
		BS_URL[cached]=${BS_URL[author]}
		HEADER[cached]="If-None-Match: $etag"
	fi
	printf '%s\turls\tBroadsheet %s; json-server %s; nginx %s\n' "$size" \
		"author=$BENCH_AUTHOR_SLUG ($BENCH_AUTHOR_ARTICLES articles), date=$BENCH_MONTH, page=$BENCH_DEEP_PAGE, id=$BENCH_ARTICLE_ID${etag:+, cached = the author page with If-None-Match: $etag}" \
		"author=$BENCH_AUTHOR_NAME, date_like=$BENCH_MONTH, _page=$((BENCH_DEEP_PAGE + 1))&_limit=20" \
		"/articles-author.json ($(stat -c %s "$www/articles-author.json") bytes, the Broadsheet author page)" >>"$NOTES"

	if [ -n "$JIT_SETTLE" ]; then settle_jit "$size" broadsheet "$bs"; fi
	log "$size articles: warm-up ($WARMUP per endpoint and server)"
	for e in "${endpoints[@]}"; do
		load "$size" broadsheet "$e" 16 warmup "${BS_URL[$e]}" "$WARMUP" "${HEADER[$e]:-}"
		if [ "$js_ok" = 1 ] && [ -n "${JS_URL[$e]:-}" ]; then load "$size" json-server "$e" 16 warmup "${JS_URL[$e]}" "$WARMUP"; fi
	done
	load "$size" nginx static 16 warmup "http://127.0.0.1:$NG_PORT/articles-author.json" "$WARMUP"

	for run in $(seq "$RUNS"); do
		for conns in ${CONNECTIONS//,/ }; do
			log "$size articles: run $run/$RUNS, $conns connection(s), $DURATION each"
			for e in "${endpoints[@]}"; do
				load "$size" broadsheet "$e" "$conns" "$run" "${BS_URL[$e]}" "$DURATION" "${HEADER[$e]:-}"
				if [ "$js_ok" = 1 ] && [ -n "${JS_URL[$e]:-}" ]; then
					load "$size" json-server "$e" "$conns" "$run" "${JS_URL[$e]}" "$DURATION"
				fi
			done
			load "$size" nginx static "$conns" "$run" "http://127.0.0.1:$NG_PORT/articles-author.json" "$DURATION"
		done
	done

	printf '%s\trss-after-load\t%s (peak %s MB); %s s in GC since start\n' "$size" "$(rss_split "$BS_PID")" \
		"$(rss_mb "$BS_PID" VmHWM)" "$(gc_seconds "$BS_PID")" >>"$NOTES"
	if [ -n "$SOAK" ] && [ "$size" = "${SIZES##*,}" ]; then
		soak "$size" "$bs"
	fi
	stop_pid "$js_pid"
	stop_pid "$ng_pid"
	stop_pid "$BS_PID"

	# wrk repeats one URL, so Broadsheet answers all but the first request from its answer
	# cache. The same requests again with the cache off show what every first request (or a
	# corpus of queries too varied to cache) costs: each one queries the store.
	log "$size articles: Broadsheet without its answer cache (spring.cache.type=none), $TARGET_CONNECTIONS connections"
	start_broadsheet "$corpus" "$run_dir/store" "$run_dir/uncached.log" --spring.cache.type=none
	SERVER_PID[broadsheet-uncached]=$BS_PID
	if [ -n "$JIT_SETTLE" ]; then settle_jit "$size" broadsheet-uncached "$bs"; fi
	for e in "${queried[@]}"; do
		load "$size" broadsheet-uncached "$e" "$TARGET_CONNECTIONS" warmup "${BS_URL[$e]}" "$WARMUP"
	done
	for run in $(seq "$RUNS"); do
		for e in "${queried[@]}"; do
			load "$size" broadsheet-uncached "$e" "$TARGET_CONNECTIONS" "$run" "${BS_URL[$e]}" "$DURATION"
		done
	done
	printf '%s\trss-after-load-uncached\t%s (peak %s MB); %s s in GC since start\n' "$size" "$(rss_split "$BS_PID")" \
		"$(rss_mb "$BS_PID" VmHWM)" "$(gc_seconds "$BS_PID")" >>"$NOTES"
	stop_pid "$BS_PID"
	if [ "$SQL_CHECK" = 1 ] && [ ! -s "$SQLCOUNT" ]; then
		log "$size articles: SQL statements per request"
		sql_check "$corpus" "$run_dir/store" "$run_dir"
	fi
}

# --- main ----------------------------------------------------------------------------------
main() {
	local started_at size
	started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	ensure_tools
	ensure_jar
	JAVA_BIN=$(bench_java)
	"$JAVA_BIN" -version >/dev/null 2>&1 || die "no java at $JAVA_BIN"
	# The JDK's own jstat: another version's may not read the JVM's counters.
	JSTAT=$(dirname "$(readlink -f "$(command -v "$JAVA_BIN")")")/jstat
	[ -x "$JSTAT" ] || JSTAT=$(command -v jstat || true)
	log "Broadsheet's JDK: $("$JAVA_BIN" -version 2>&1 | head -2 | tail -1) ($JAVA_BIN)"
	local cache='none (java -jar)'
	if [ "$PLAIN_JAR" = 1 ]; then
		BROADSHEET_JAVA="$JAVA_BIN $BROADSHEET_JAVA_OPTS -jar $JAR"
	else
		log "preparing the extracted jar and its class cache, as the image does (src/bench/cds.sh)"
		local java_cmd
		java_cmd=$(image_command "$JAVA_BIN" "$JAR" "$BENCH/cds") || die "cds.sh"
		if grep -q AOTCache "$BENCH/cds/app/java.args"; then cache='the JDK AOT cache'; else cache='a CDS archive'; fi
		# "java @java.args -jar app.jar": our flags after the image's, so that they win.
		BROADSHEET_JAVA="${java_cmd/ -jar / $BROADSHEET_JAVA_OPTS -jar }"
	fi
	log "Broadsheet starts as: $BROADSHEET_JAVA"
	BS_PORT=$(free_port "$BASE_PORT")
	JS_PORT=$(free_port $((BS_PORT + 1)))
	NG_PORT=$(free_port $((JS_PORT + 1)))
	local out=$BENCH/out$([ "$SMOKE" = 1 ] && echo -smoke)
	rm -rf "$out" && mkdir -p "$out"
	DATA=$out/load.tsv INGEST=$out/ingest.tsv NOTES=$out/notes.tsv SQLCOUNT=$out/sql.tsv
	: >"$DATA" && : >"$INGEST" && : >"$NOTES" && : >"$SQLCOUNT"
	log "ports: Broadsheet $BS_PORT, json-server $JS_PORT, nginx $NG_PORT; sizes $SIZES; $RUNS run(s) of $DURATION at $CONNECTIONS connections"
	for size in ${SIZES//,/ }; do
		bench_size "$size"
	done

	{
		echo "command=$COMMAND"
		echo "started=$started_at"
		echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
		echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
		echo "nproc=$(nproc)"
		echo "cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
		echo "ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
		echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
		echo "jdk=$("$JAVA_BIN" -version 2>&1 | head -2 | tail -1) ($JAVA_BIN)"
		echo "java_opts=${BROADSHEET_JAVA_OPTS:-(none)}"
		echo "launch=$([ "$PLAIN_JAR" = 1 ] && echo 'java -jar' || echo "extracted jar with $cache from a training run, as the image (src/bench/cds.sh)")"
		echo "node=$(node --version)"
		echo "nginx=$("$NGINX" -v 2>&1 | sed 's/.*: //')"
		echo "wrk=$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
		echo "duration=$DURATION"
		echo "warmup=$WARMUP"
		echo "jit_settle=${JIT_SETTLE:-none}"
		echo "runs=$RUNS"
		echo "connections=$CONNECTIONS"
		echo "seed=$SEED"
		echo "vocabulary=$VOCABULARY"
		echo "smoke=$SMOKE"
		echo "soak=${SOAK:-none}"
		echo "profile=$([ "$PROFILE" = 1 ] && echo "JFR settings=default per instance, flame graphs in flames/" || echo none)"
	} >"$out/meta.properties"

	mkdir -p "$RESULTS/raw"
	cp "$DATA" "$INGEST" "$NOTES" "$SQLCOUNT" "$out/meta.properties" "$RESULTS/raw/"
	java "$ROOT/src/bench/Report.java" "$out" "$RESULTS" || die "report"
	[ "$PROFILE" = 0 ] || flame_graphs
	gnuplot "$out/throughput.gnuplot" || die "gnuplot"
	cat "$RESULTS/RESULTS.md"
	log "results in $RESULTS"
}

main
