#!/usr/bin/env bash
# What the benchmark scripts share; they source it.

# The JVM flags the README recommends for a large corpus on a small machine (Memory and
# startup): a heap sized for the store rather than for the machine (the JVM's default is a
# quarter of the RAM, which it fills before collecting much); G1 rather than the serial
# collector, whose back-to-back full collections at 100k articles stall every request; and
# no class unloading in G1's remark pause. That unloading walks every loaded class and all
# compiled code (some 24,000 classes here) at the end of each concurrent cycle, and was
# 90-97 % of every remark pause (28-132 ms) under a search load; the application loads no
# classes once warm, so there is nothing for it to find (HISTORY.md, cache16). A full
# collection still unloads classes.
RECOMMENDED_HEAP=-Xmx256m
RECOMMENDED_GC_FLAGS="-XX:+UseG1GC -XX:-ClassUnloadingWithConcurrentMark"

# The major version of the java $1 ("17", "25").
java_major() {
	"$1" -version 2>&1 | awk -F'"' 'NR == 1 { split($2, v, "."); print v[1] == 1 ? v[2] : v[1] }'
}

# The java the benchmarks start Broadsheet with: BENCH_JAVA when set; otherwise, as the
# container image runs Broadsheet on the JDK its Dockerfile names (RUNTIME_IMAGE,
# eclipse-temurin:25-jre), a java of that major version when this machine has one (the
# java on the PATH, else one under /usr/lib/jvm); otherwise the java on the PATH.
bench_java() {
	if [ -n "${BENCH_JAVA:-}" ]; then echo "$BENCH_JAVA"; return; fi
	local dockerfile image_major candidate
	dockerfile=$(dirname "${BASH_SOURCE[0]}")/../../docker/Dockerfile
	image_major=$(sed -n 's/^ARG RUNTIME_IMAGE=[^:]*:\([0-9][0-9]*\).*/\1/p' "$dockerfile" 2>/dev/null)
	if [ -n "$image_major" ]; then
		for candidate in "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
			if [ -x "$candidate" ] && [ "$(java_major "$candidate")" = "$image_major" ]; then
				echo "$candidate"
				return
			fi
		done
	fi
	echo java
}

# The command that starts JAR as the container image starts it, with the java $1 (a name on
# the PATH or a path): src/bench/cds.sh, run with that JDK first on the PATH, extracts $2
# into the folder $3 and trains its class cache (a CDS archive on JDK 17 to 24, the AOT
# cache on 25 and later); prints "JDK/bin/java @DIR/app/java.args -jar DIR/app/broadsheet.jar".
# CDS_TRAINING and CDS_JVM_FLAGS pass through to cds.sh.
image_command() {
	local java_dir command
	java_dir=$(dirname "$(readlink -f "$(command -v "$1")")") || return 1
	command=$(PATH=$java_dir:$PATH bash "$(dirname "${BASH_SOURCE[0]}")/cds.sh" "$2" "$3") || return 1
	echo "$java_dir/$command"
}

# Stops process $1 if it still runs: SIGTERM, so that Spring closes the store and the index
# as in a real shutdown, up to $2 seconds (default 30) for it to exit, then SIGKILL; reaps it
# when it is this shell's child. The scripts' EXIT traps call it, so that every process a
# benchmark starts, it stops.
stop_process() {
	local pid=$1 tenths=$((${2:-30} * 10))
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq "$tenths"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# The CPU ticks (user + system) of process $1, all its threads, from /proc/<pid>/stat,
# counted after the name's closing parenthesis like the threads' below.
process_ticks() {
	awk '{ match($0, /\(.*\)/); split(substr($0, RSTART + RLENGTH + 1), f, " "); print f[12] + f[13] }' /proc/"$1"/stat
}

# The CPU ticks (user + system) of the threads of process $1 whose name starts with $2 (all
# of them when $2 is empty), from /proc/<pid>/task/*/stat. The fields are counted after the
# name's closing parenthesis, because thread names hold spaces ("GC Thread#0", "C2
# CompilerThre"). A thread that ends meanwhile is left out.
thread_ticks() {
	awk -v prefix="${2:-}" '{ match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2)
		split(substr($0, RSTART + RLENGTH + 1), f, " ")
		if (index(name, prefix) == 1) ticks += f[12] + f[13] }
		END { print ticks + 0 }' /proc/"$1"/task/*/stat 2>/dev/null
}

# The CPU ticks of each thread of process $1, one "name<TAB>ticks" line per thread, with the
# name's trailing number dropped so that pools add up ("GC Thread#0" and "#1" become one).
thread_table() {
	awk '{ match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2); sub(/[0-9]+$/, "", name)
		split(substr($0, RSTART + RLENGTH + 1), f, " ")
		printf "%s\t%d\n", name, f[12] + f[13] }' /proc/"$1"/task/*/stat 2>/dev/null
}
