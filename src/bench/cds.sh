#!/usr/bin/env bash
# Prepares Broadsheet to start the way its container image starts it (docker/Dockerfile):
# the jar extracted into plain jars on a class path, and a class cache from a training run
# (a CDS archive on Java 17 to 24, the JDK AOT cache on 25 and later). Prints the java
# command to start it with; append the application's arguments.
#
#   bash src/bench/cds.sh [JAR] [DIR]    # defaults: target/broadsheet-*.jar, target/bench/cds
#   $(bash src/bench/cds.sh) --broadsheet.corpus.path=...
#
# CDS_JVM_FLAGS adds JVM flags to the training run and to java.args, for flags the cache
# must be made and used with alike (e.g. -Dspring.aot.enabled=true). CDS_TRAINING=ready
# trains with a start that goes to readiness on a file store (src/bench/training-run.sh)
# instead of one that exits once the context is refreshed, as the image does;
# CDS_TRAINING=none makes no class cache at all (the jar extracted, java.args without a
# cache), to tell what the cache does from what the JDK does.
#
# The cache is only valid for this JDK and this jar, from the same paths: run it again
# after every build (it takes one context start, about 10-30 s). A stale or mismatched
# cache is silently ignored by the JVM, so startup is merely slow again, never wrong.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${1:-$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)}
DIR=$(mkdir -p "${2:-$ROOT/target/bench/cds}" && cd "${2:-$ROOT/target/bench/cds}" && pwd)
APP=$DIR/app

rm -rf "$DIR/extracted" "$APP"
# Named as in the image: the extracted application jar takes the name of the jar.
cp "$JAR" "$DIR/broadsheet.jar"
java -Djarmode=tools -jar "$DIR/broadsheet.jar" extract --layers --destination "$DIR/extracted" >&2
rm "$DIR/broadsheet.jar"
mkdir -p "$APP"
# The Dockerfile copies the layers into one folder, least changing first.
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
	if [ -d "$DIR/extracted/$layer" ]; then
		cp -a "$DIR/extracted/$layer/." "$APP/"
	fi
done
rm -rf "$DIR/extracted"

# The training run: the context starts (in-memory H2, the bundled corpus, which it does not
# read) and exits. Absolute paths, as the JVM checks that the class path at run time is the
# one it was trained with. Port 0: a benchmark machine may have 8080 in use.
read -r -a flags <<<"${CDS_JVM_FLAGS:-}"
if java -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
	dump=(-XX:AOTCacheOutput="$APP/broadsheet.aot")
	echo "-XX:AOTCache=$APP/broadsheet.aot" >"$APP/java.args"
else
	dump=(-XX:ArchiveClassesAtExit="$APP/broadsheet.jsa")
	echo "-XX:SharedArchiveFile=$APP/broadsheet.jsa" >"$APP/java.args"
fi
if [ "${CDS_TRAINING:-refresh}" = none ]; then
	: >"$APP/java.args"
elif [ "${CDS_TRAINING:-refresh}" = ready ]; then
	bash "$ROOT/src/bench/training-run.sh" "$ROOT/src/main/resources/corpus" \
		java "${flags[@]}" "${dump[@]}" -jar "$APP/broadsheet.jar" >"$DIR/training.log" 2>&1
else
	java "${flags[@]}" "${dump[@]}" -Dspring.context.exit=onRefresh -jar "$APP/broadsheet.jar" \
		--server.port=0 >"$DIR/training.log" 2>&1
fi
echo '-XX:MaxRAMPercentage=75.0' >>"$APP/java.args"
for flag in "${flags[@]}"; do echo "$flag" >>"$APP/java.args"; done
echo "java @$APP/java.args -jar $APP/broadsheet.jar"
