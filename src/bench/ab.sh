#!/usr/bin/env bash
# Two builds side by side under the same long-tail load: CPU per request of each, in
# alternating rounds (the old build first in odd rounds, the new one in even rounds),
# which a shared machine disturbs less than latency. On 127.0.0.1 only; bounded (a
# warm-up, then ROUNDS × 2 loads of DURATION); stops what it starts.
#
#   bash src/bench/ab.sh --old OLD.jar --new NEW.jar                 # searches, 10k, cache off
#   bash src/bench/ab.sh --old OLD.jar --new NEW.jar --urls mixed --rounds 3
#   bash src/bench/ab.sh --old APP.jar --new APP.jar --new-args '--server.tomcat.threads.max=4'
#   bash src/bench/ab.sh --old APP.jar --new APP.jar --new-jvm '-XX:-G1UseAdaptiveIHOP'
#   bash src/bench/ab.sh --old APP.jar --new APP.jar --old-java /usr/lib/jvm/java-17-openjdk-amd64/bin/java
#   bash src/bench/ab.sh --old APP.jar --new APP.jar --new-cds-jvm '-XX:+UseCompactObjectHeaders'
#
# --warmup (20s) is each build's load before the rounds; on a loaded machine the JIT needs
# longer, or the first rounds measure it compiling.
# --old-args and --new-args add application arguments (space-separated) to one side, and
# --old-jvm and --new-jvm JVM flags (after the default heap and collector flags, so they
# can override them), so one build can be compared with itself under two settings.
# --old-cds-jvm and --new-cds-jvm add JVM flags to that side's class-cache training run
# too (cds.sh's CDS_JVM_FLAGS, which also puts them in its java.args): a flag that changes
# how objects are laid out, such as -XX:+UseCompactObjectHeaders, must be the same in the
# training run and the measured one, or the JVM refuses the AOT cache (and starts without
# it, slowly, which --*-jvm alone would then measure). With --plain-jar they are JVM flags.
# Each side starts as the container image and src/bench/run.sh start Broadsheet: on the
# image's JDK (25) when this machine has one, else on the java on the PATH (BENCH_JAVA picks
# another; src/bench/lib.sh, bench_java), the jar extracted, with the class cache of a
# training run made by src/bench/cds.sh with that side's java (a CDS archive on JDK 17 to
# 24, the AOT cache on 25 and later). --old-java and --new-java pick one side's java, so one
# jar can be compared with itself on two JDKs; --plain-jar starts both with java -jar and no
# class cache (as this script did before serve23).
# Each jar serves its own copy of the store src/bench/run.sh left for that size
# (target/bench/run-SIZE/store) over the generated corpus, with the JVM flags of
# src/bench/lib.sh (-Xmx256m, G1) and,
# unless --cache on, spring.cache.type=none (every request does its work). The load is
# wrk with src/bench/mixed.lua at 16 connections over the generator's URL list
# (search-broadsheet.txt or mixed-broadsheet.txt). CPU per request is the process's user +
# system time over the load (/proc/<pid>/stat) divided by the requests wrk completed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
BENCH=$ROOT/target/bench
SIZE=10000 URLS=search ROUNDS=4 DURATION=15s WARMUP=20s CACHE=off OLD= NEW= OLD_ARGS= NEW_ARGS= OLD_JVM= NEW_JVM=
OLD_JAVA= NEW_JAVA= CLASS_CACHE=1
OLD_CDS_JVM='' NEW_CDS_JVM=''
while [ $# -gt 0 ]; do
	case "$1" in
		--old) OLD=$2; shift 2 ;;
		--new) NEW=$2; shift 2 ;;
		--old-args) OLD_ARGS=$2; shift 2 ;;
		--new-args) NEW_ARGS=$2; shift 2 ;;
		--old-jvm) OLD_JVM=$2; shift 2 ;;
		--new-jvm) NEW_JVM=$2; shift 2 ;;
		--old-cds-jvm) OLD_CDS_JVM=$2; shift 2 ;;
		--new-cds-jvm) NEW_CDS_JVM=$2; shift 2 ;;
		--old-java) OLD_JAVA=$2; shift 2 ;;
		--new-java) NEW_JAVA=$2; shift 2 ;;
		--class-cache) CLASS_CACHE=1; shift ;;
		--plain-jar) CLASS_CACHE=0; shift ;;
		--size) SIZE=$2; shift 2 ;;
		--urls) URLS=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--cache) CACHE=$2; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done
OLD_JAVA=${OLD_JAVA:-$(bench_java)} NEW_JAVA=${NEW_JAVA:-$(bench_java)}
[ -f "$OLD" ] && [ -f "$NEW" ] || { echo "--old and --new must name two jars" >&2; exit 2; }
CORPUS=$BENCH/corpus-$SIZE-s42
STORE=$BENCH/run-$SIZE/store
[ -d "$STORE" ] || { echo "no $STORE: run bash src/bench/run.sh --sizes $SIZE first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: run.sh installs it" >&2; exit 2; }
export MIXED_URLS=$CORPUS/$URLS-broadsheet.txt
[ -f "$MIXED_URLS" ] || { echo "no $MIXED_URLS" >&2; exit 2; }

WORK=$(mktemp -d)
declare -A PID PORT=([old]=18601 [new]=18602)
stop() {
	for v in old new; do [ -n "${PID[$v]:-}" ] && kill "${PID[$v]}" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$WORK"
}
trap stop EXIT
extra=()
[ "$CACHE" = on ] || extra+=(--spring.cache.type=none)
for v in old new; do
	cp -r "$STORE" "$WORK/store-$v"
	jar=$([ $v = old ] && echo "$OLD" || echo "$NEW")
	read -r -a own <<<"$([ $v = old ] && echo "$OLD_ARGS" || echo "$NEW_ARGS")"
	read -r -a jvm <<<"$([ $v = old ] && echo "$OLD_JVM" || echo "$NEW_JVM")"
	java_bin=$([ $v = old ] && echo "$OLD_JAVA" || echo "$NEW_JAVA")
	cds_jvm=$([ $v = old ] && echo "$OLD_CDS_JVM" || echo "$NEW_CDS_JVM")
	if [ "$CLASS_CACHE" = 1 ]; then
		# "JDK/bin/java @app/java.args -jar app/broadsheet.jar", the image's flags first
		# (with --*-cds-jvm's, which cds.sh writes into java.args).
		command=$(CDS_JVM_FLAGS=$cds_jvm image_command "$java_bin" "$jar" "$WORK/cds-$v") || { echo "cds.sh failed for $v" >&2; exit 1; }
		read -r -a launch <<<"$command"
		start=("${launch[@]:0:2}")
		jar=${launch[-1]}
	else
		read -r -a plain <<<"$cds_jvm"
		start=("$java_bin" ${plain[@]+"${plain[@]}"})
	fi
	echo "$v: $("${start[0]}" -version 2>&1 | head -1)$([ "$CLASS_CACHE" = 1 ] && echo ", ${start[1]}")" >&2
	# shellcheck disable=SC2086 # flags, split on purpose
	"${start[@]}" $RECOMMENDED_HEAP $RECOMMENDED_GC_FLAGS ${jvm[@]+"${jvm[@]}"} -jar "$jar" --server.address=127.0.0.1 --server.port="${PORT[$v]}" \
		--spring.datasource.url="jdbc:h2:file:$WORK/store-$v/broadsheet" \
		--broadsheet.corpus.path="$CORPUS/corpus" "${extra[@]}" ${own[@]+"${own[@]}"} >"$WORK/$v.log" 2>&1 &
	PID[$v]=$!
done
for v in old new; do
	for _ in $(seq 1 300); do
		curl -sf -o /dev/null "http://127.0.0.1:${PORT[$v]}/actuator/health/readiness" && break
		kill -0 "${PID[$v]}" 2>/dev/null || { echo "$v ended before it was ready: $WORK/$v.log" >&2; cat "$WORK/$v.log" >&2; exit 1; }
		sleep 1
	done
	timeout 120 wrk -t2 -c16 -d"$WARMUP" -s "$ROOT/src/bench/mixed.lua" "http://127.0.0.1:${PORT[$v]}" >/dev/null
done
ticks_per_s=$(getconf CLK_TCK)
declare -A RESULTS P50 P99
# wrk's latencies ("812.00us", "10.31ms", "1.02s") in milliseconds.
latency_ms() {
	awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
		if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.2f", v }' <<<"$1"
}
for r in $(seq 1 "$ROUNDS"); do
	# Both orders: odd rounds load the old build first, even rounds the new one.
	order="old new"
	[ $((r % 2)) = 1 ] || order="new old"
	for v in $order; do
		before=$(process_ticks "${PID[$v]}")
		out=$(timeout 300 wrk -t2 -c16 -d"$DURATION" --latency -s "$ROOT/src/bench/mixed.lua" "http://127.0.0.1:${PORT[$v]}")
		after=$(process_ticks "${PID[$v]}")
		requests=$(awk '/requests in/ {print $1}' <<<"$out")
		ms=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_s" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
		p50=$(latency_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
		p99=$(latency_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
		RESULTS[$v]="${RESULTS[$v]:-} $ms" P50[$v]="${P50[$v]:-} $p50" P99[$v]="${P99[$v]:-} $p99"
		echo "round $r $v: $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, p50 $p50 ms, p99 $p99 ms, CPU $ms ms/request, load $(cut -d' ' -f1 /proc/loadavg)"
	done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# What each side keeps: its RSS after the rounds, then the heap still used after a full
# collection (jcmd GC.run, of that side's JDK) and the RSS after it.
for v in old new; do
	jcmd=$(dirname "$(readlink -f "$(command -v "$([ $v = old ] && echo "$OLD_JAVA" || echo "$NEW_JAVA")")")")/jcmd
	rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/${PID[$v]}/status")
	live='?'
	if [ -x "$jcmd" ] && "$jcmd" "${PID[$v]}" GC.run >/dev/null 2>&1; then
		live=$("$jcmd" "${PID[$v]}" GC.heap_info 2>/dev/null | awk '/ used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); printf "%.1f", v / 1024; exit } }')
	fi
	echo "$v: RSS after the rounds $rss MB; heap used after a full collection ${live:-?} MB, RSS then $(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/${PID[$v]}/status") MB"
done
for v in old new; do
	# shellcheck disable=SC2086 # the rounds' figures, one word each
	echo "$v: CPU per request$(printf ' %s' ${RESULTS[$v]}) ms, median $(median "${RESULTS[$v]}"); p50 median $(median "${P50[$v]}") ms, p99 median $(median "${P99[$v]}") ms"
done
