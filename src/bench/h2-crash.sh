#!/usr/bin/env bash
# Kills an H2 writer with SIGKILL at a random moment and checks that the store it left
# holds every transaction whole (src/bench/H2CrashHarness.java), CYCLES times for each
# H2 version, alternating versions every 5 cycles. A store found broken is started anew,
# and so is every fifth one, so that each kill is of a small store.
#
#   bash src/bench/h2-crash.sh 2.4.240 2.5.252            # 40 rounds of 5 kills each
#   ROUNDS=10 BATCH=50 REPEAT=60 bash src/bench/h2-crash.sh 2.4.240
#   SETTINGS=';AUTO_COMPACT_FILL_RATE=0' bash src/bench/h2-crash.sh 2.4.240   # H2's settings at open
#
# Each version's jar must be in the local Maven repository
# (./mvnw dependency:get -Dartifact=com.h2database:h2:VERSION). Prints one line per kill
# (version, cycle, last commit the writer printed, OK/BROKEN/EMPTY with the counts) and
# a tally per version at the end. Writes under target/h2-crash/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$ROOT/target/h2-crash
ROUNDS=${ROUNDS:-40} BATCH=${BATCH:-500} REPEAT=${REPEAT:-100}
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" "$ROOT/src/bench/H2CrashHarness.java"
OUT=$WORK/results.txt
: > "$OUT"

cycles() {
	local version=$1 jar=~/.m2/repository/com/h2database/h2/$1/h2-$1.jar
	local run="java -XX:TieredStopAtLevel=1 -cp $jar:$WORK/classes -Dbatch=$BATCH -Drepeat=$REPEAT -Dsettings=${SETTINGS:-} H2CrashHarness"
	local store=$WORK/store-$version
	rm -rf "$store"; mkdir -p "$store"
	for i in 1 2 3 4 5; do
		$run write "$store/db" > "$store/writer.log" 2>&1 &
		local writer=$!
		# Killed 0.2-2.2 s after its first commit, however long the JVM took to start.
		for _ in $(seq 1 300); do grep -q committed "$store/writer.log" && break; sleep 0.1; done
		sleep "$(awk -v r=$RANDOM 'BEGIN { print 0.2 + (r % 2000) / 1000 }')"
		kill -9 $writer; wait $writer 2>/dev/null || true
		local result
		result=$($run check "$store/db" 2>&1 | tr '\n' ' ')
		echo "$version $i $(tail -1 "$store/writer.log") :: $result" | tee -a "$OUT"
		if [[ $result == *BROKEN* ]] || (( i == 5 )); then rm -rf "$store"; mkdir -p "$store"; fi
	done
}

for _ in $(seq 1 "$ROUNDS"); do
	for version in "$@"; do
		cycles "$version"
	done
done
for version in "$@"; do
	echo "$version: $(grep -c "^$version .*:: OK" "$OUT") OK, $(grep -c "^$version .*:: BROKEN" "$OUT") broken," \
		"$(grep -c "^$version .*:: EMPTY" "$OUT") empty"
done
