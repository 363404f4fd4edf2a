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
